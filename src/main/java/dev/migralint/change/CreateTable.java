package dev.migralint.change;

import java.util.List;
import java.util.Optional;

public record CreateTable(String table, List<ColumnDef> columns, List<IndexDef> indexes, List<String> primaryKey,
                          Optional<String> primaryKeyName, List<ForeignKeyDef> foreignKeys, boolean ifNotExists)
        implements Change {
    public CreateTable {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }
}
