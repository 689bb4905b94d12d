package dev.migralint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.DataType;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.source.SourceSpan;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records whose equals and hashCode are written out (for start-up speed) must still compare every component: a
 * component added later and forgotten there fails here.
 */
class WrittenOutEqualsTest {
    @ParameterizedTest
    @ValueSource(classes = {SourceSpan.class, Index.class, ForeignKey.class, DataType.class})
    void equalsAndHashCodeUseEveryComponent(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] base = Arrays.stream(components).map(c -> value(c.getType(), 0)).toArray();
        Object a = canonical.newInstance(base);
        Object b = canonical.newInstance(base.clone());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(null).isNotEqualTo("text");
        for (int i = 0; i < components.length; i++) {
            Object[] changed = base.clone();
            changed[i] = value(components[i].getType(), 1);
            if (type == SourceSpan.class && i == 0) {
                changed[i] = 4; // a start after the end is no span
            }
            assertThat(canonical.newInstance(changed)).as(components[i].getName()).isNotEqualTo(a);
        }
    }

    /** Two different values of a component type. */
    private static Object value(Class<?> type, int which) {
        if (type == int.class) {
            return 5 + which;
        }
        if (type == boolean.class) {
            return which == 1;
        }
        if (type == String.class) {
            return which == 0 ? "a" : "b";
        }
        if (type == List.class) {
            return List.of(which == 0 ? "x" : "y");
        }
        if (type == Optional.class) {
            return which == 0 ? Optional.empty() : Optional.of("utf8mb4");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[which];
        }
        throw new IllegalArgumentException("no sample values for " + type);
    }
}
