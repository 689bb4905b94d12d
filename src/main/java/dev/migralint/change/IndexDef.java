package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/**
 * An index or UNIQUE constraint. An unnamed one gets its name from the server, so {@code name} may be empty. An
 * expression part of the key is kept as its text in parentheses ({@code (lower("email"))}); {@code partial} is a
 * PostgreSQL index with a WHERE clause, which covers only some rows.
 */
public record IndexDef(Optional<String> name, List<String> columns, IndexKind kind, boolean partial) {
    public IndexDef {
        columns = List.copyOf(columns);
    }

    public IndexDef(Optional<String> name, List<String> columns, IndexKind kind) {
        this(name, columns, kind, false);
    }

    /** Whether uniqueness over these columns can be relied on for every row. */
    public boolean plainColumns() {
        return !partial && columns.stream().noneMatch(c -> c.startsWith("("));
    }
}
