package dev.migralint.schema;

import dev.migralint.change.IndexKind;
import java.util.List;

/** An index or UNIQUE constraint of a table. Unnamed ones get the name the server would give them. */
public record Index(String name, List<String> columns, IndexKind kind) {
    public Index {
        columns = List.copyOf(columns);
    }

    public boolean unique() {
        return kind.isUnique();
    }
}
