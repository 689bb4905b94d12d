package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/** A foreign key from {@code columns} to {@code referencedTable(referencedColumns)}. */
public record ForeignKeyDef(Optional<String> name, List<String> columns, String referencedTable,
                            List<String> referencedColumns, Optional<String> onDelete, Optional<String> onUpdate) {
    public ForeignKeyDef {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
