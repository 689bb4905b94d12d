package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataChange;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.rule.RuleContext;
import dev.migralint.schema.Table;

/** What the rows already there hold in a column this migration added. */
final class AddedColumn {
    private AddedColumn() {
    }

    /**
     * The column was added earlier in this migration, nullable, without a default and not generated, and neither
     * rows of the table were written nor the column changed since: every existing row holds NULL there.
     */
    static boolean allNull(Table table, String column, RuleContext ctx) {
        boolean allNull = false;
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof AddColumn add && add.table().equals(table.name())
                    && table.sameColumn(add.column().name(), column)) {
                ColumnDef def = add.column();
                allNull = def.nullable() && def.defaultValue().isEmpty() && !def.autoIncrement() && !def.generated();
            } else if (c instanceof DataChange dc && dc.table().equals(table.name())
                    || c instanceof ModifyColumn mc && mc.table().equals(table.name())
                    && table.sameColumn(mc.column(), column)
                    || c instanceof RenameColumn rc && rc.table().equals(table.name())
                    && (table.sameColumn(rc.from(), column) || table.sameColumn(rc.to(), column))) {
                allNull = false; // rows were written since, or the column changed: it may hold values now
            }
        }
        return allNull;
    }
}
