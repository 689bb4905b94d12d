package dev.migralint.schema;

import dev.migralint.change.IndexKind;
import java.util.List;

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
}
