package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.CheckCondition;
import dev.migralint.change.CheckCondition.And;
import dev.migralint.change.CheckCondition.Comparison;
import dev.migralint.change.CheckCondition.IsNull;
import dev.migralint.change.CheckCondition.Not;
import dev.migralint.change.CheckCondition.Opaque;
import dev.migralint.change.CheckCondition.Operand;
import dev.migralint.change.CheckCondition.Or;
import dev.migralint.rules.CheckOnExistingRows.Nulls;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CheckOnExistingRowsTest {
    /** {@code fresh} was just added (all NULL), {@code req} is NOT NULL, {@code any} may hold anything. */
    private static final Function<String, Nulls> NULLS = c -> Map.of("fresh", Nulls.ALL, "req", Nulls.NONE)
            .getOrDefault(c, Nulls.SOME);

    private static boolean canFail(CheckCondition c) {
        return CheckOnExistingRows.canFail(c, NULLS);
    }

    private static Comparison gt(String column) {
        return new Comparison(new Operand.ColumnRef(column), new Operand.Value("0"));
    }

    @Test
    void nullTestsOfKnownColumnsAreDecided() {
        assertThat(canFail(new IsNull("fresh", false))).isFalse();
        assertThat(canFail(new IsNull("req", true))).isFalse();
        assertThat(canFail(new IsNull("fresh", true))).isTrue();
        assertThat(canFail(new IsNull("any", false))).isTrue();
    }

    @Test
    void aComparisonWithNullIsUnknownWhichACheckAccepts() {
        assertThat(canFail(gt("fresh"))).isFalse();
        assertThat(canFail(new Comparison(new Operand.Value("1"), new Operand.NullLiteral()))).isFalse();
        assertThat(canFail(gt("req"))).isTrue();
        assertThat(canFail(new Not(gt("fresh")))).isFalse(); // NOT unknown is unknown
    }

    @Test
    void connectivesFollowThreeValuedLogic() {
        assertThat(canFail(new Or(new IsNull("fresh", false), new Opaque("f(x)")))).isFalse();
        assertThat(canFail(new Or(new IsNull("any", true), new IsNull("any", false)))).isTrue(); // no row is known
        assertThat(canFail(new And(new IsNull("req", true), gt("fresh")))).isFalse();
        assertThat(canFail(new And(new IsNull("req", true), new Opaque("f(x)")))).isTrue();
        assertThat(canFail(new Not(new Or(new IsNull("fresh", true), new IsNull("req", false))))).isFalse();
        assertThat(canFail(new Not(new IsNull("fresh", false)))).isTrue();
    }
}
