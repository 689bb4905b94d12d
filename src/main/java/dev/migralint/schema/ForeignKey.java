package dev.migralint.schema;

import java.util.List;

public record ForeignKey(String name, String table, List<String> columns, String referencedTable,
                         List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
