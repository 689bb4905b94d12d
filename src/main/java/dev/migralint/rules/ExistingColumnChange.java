package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.ModifyColumn;
import dev.migralint.rule.RuleContext;
import dev.migralint.schema.Column;
import java.util.Optional;

/** A {@link ModifyColumn} of a column that existed before this migration, with the column as it was. */
record ExistingColumnChange(ModifyColumn change, Column before) {

    /** Empty for other changes, columns added in this migration, and columns the history does not know. */
    static Optional<ExistingColumnChange> of(Change change, RuleContext ctx) {
        if (!(change instanceof ModifyColumn mc) || ctx.columnAddedInThisMigration(mc.table(), mc.column())) {
            return Optional.empty();
        }
        return ctx.schema().column(mc.table(), mc.column()).map(before -> new ExistingColumnChange(mc, before));
    }
}
