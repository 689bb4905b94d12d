package dev.migralint.schema;

import java.util.List;
import java.util.Objects;

public record ForeignKey(String name, String table, List<String> columns, String referencedTable,
                         List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    // written out for start-up speed, like SourceSpan's
    @Override
    public boolean equals(Object o) {
        return o instanceof ForeignKey f && name.equals(f.name) && table.equals(f.table) && columns.equals(f.columns)
                && referencedTable.equals(f.referencedTable) && referencedColumns.equals(f.referencedColumns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, table, columns, referencedTable, referencedColumns);
    }
}
