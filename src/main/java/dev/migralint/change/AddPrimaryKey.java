package dev.migralint.change;

import java.util.List;
import java.util.Optional;

public record AddPrimaryKey(String table, Optional<String> name, List<String> columns) implements Change {
    public AddPrimaryKey {
        columns = List.copyOf(columns);
    }
}
