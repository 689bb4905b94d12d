package dev.migralint.schema;

import dev.migralint.change.IndexKind;
import java.util.List;
import java.util.Objects;

/** An index or UNIQUE constraint of a table. Unnamed ones get the name the server would give them. */
public record Index(String name, List<String> columns, IndexKind kind, boolean partial) {
    public Index {
        columns = List.copyOf(columns);
    }

    public Index(String name, List<String> columns, IndexKind kind) {
        this(name, columns, kind, false);
    }

    /** A unique index that guarantees one row per value of its plain columns (not partial, no expressions). */
    public boolean guaranteesUniqueColumns() {
        return unique() && !partial && columns.stream().noneMatch(c -> c.startsWith("("));
    }

    public boolean unique() {
        return kind.isUnique();
    }

    // written out for start-up speed, like SourceSpan's
    @Override
    public boolean equals(Object o) {
        return o instanceof Index i && partial == i.partial && kind == i.kind && name.equals(i.name)
                && columns.equals(i.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, kind, partial);
    }
}
