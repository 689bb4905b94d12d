package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/** An index or UNIQUE constraint. An unnamed one gets its name from the server, so {@code name} may be empty. */
public record IndexDef(Optional<String> name, List<String> columns, IndexKind kind) {
    public IndexDef {
        columns = List.copyOf(columns);
    }
}
