package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataChange;
import dev.migralint.change.ModifyColumn;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import java.util.Optional;

/**
 * Flags making a nullable column NOT NULL where NULLs may be left: an existing column (existing NULLs make the
 * statement fail half-way, and old code may still write NULL), or one added earlier in this migration to an existing
 * table without a default (every row already there holds NULL). Silent when the same migration first cleared the
 * NULLs with an UPDATE or DELETE that reaches every one of them ({@link dev.migralint.change.RowsReached}).
 */
public final class SetNotNullRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("set-not-null", Category.BACKWARDS_INCOMPATIBLE,
            Severity.WARNING, "Making a column NOT NULL fails on existing NULLs and breaks code that writes NULL");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof ModifyColumn mc) || !makesRequired(mc) || ctx.createdInThisMigration(mc.table())) {
            return;
        }
        Optional<Column> before = ctx.schema().column(mc.table(), mc.column());
        if (before.isEmpty() || !before.get().nullable()) {
            return;
        }
        boolean added = ctx.columnAddedInThisMigration(mc.table(), mc.column());
        if (!nullsMayRemain(mc, added, ctx)) {
            return;
        }
        // a statement the replay cannot read (a DO block, a function) may fill the column: say nothing false
        if (added && ctx.namedByUnmodelledStatement(mc.table())) {
            return;
        }
        Optional<DataChange> unproven = added ? lastFillOf(mc, ctx) : Optional.empty();
        String table = Quoting.quote(mc.table(), ctx.dialect());
        String column = Quoting.quote(mc.column(), ctx.dialect());
        String error = ctx.dialect().isPostgresFamily() ? "error 23502"
                : "MySQL error 1138, MariaDB 1265; MySQL DDL is not transactional, so the migration is left failed";
        String backfill = "UPDATE " + table + " SET " + column + " = … WHERE " + column + " IS NULL";
        if (added && unproven.isPresent()) {
            ctx.report("column " + mc.table() + "." + mc.column() + " was added in this migration without a default "
                            + "and becomes NOT NULL, but the UPDATE that fills it is not shown to reach every row (a "
                            + "join, a FROM list, a LIMIT or a WHERE that leaves rows out): a row it misses fails "
                            + "this (" + error + ")",
                    "Count the rows it would leave NULL before deploying: SELECT COUNT(*) FROM " + table + " WHERE "
                            + column + " IS NULL; (run after the same UPDATE on a copy), or fill them with a "
                            + "plain " + backfill + ".");
            return;
        }
        if (added) {
            ctx.report("column " + mc.table() + "." + mc.column() + " was added in this migration without a default "
                            + "and becomes NOT NULL: every row already in " + mc.table() + " holds NULL there, so this "
                            + "fails on a non-empty table (" + error + ")",
                    "Add the column NOT NULL with a DEFAULT, or fill every row first (" + backfill + "; a WHERE that "
                            + "leaves rows out proves nothing). Count them: SELECT COUNT(*) FROM " + table + ";");
            return;
        }
        ctx.report("column " + mc.table() + "." + mc.column() + " becomes NOT NULL: existing NULLs make this fail ("
                        + error + "), and code that still writes NULL breaks",
                "Backfill first in this migration (" + backfill + "), after deploying code that never writes NULL. "
                        + "Count them: SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NULL;");
    }

    /** NOT NULL afterwards; made AUTO_INCREMENT as well, MySQL numbers the NULL rows instead of failing. */
    private static boolean makesRequired(ModifyColumn mc) {
        return mc.alteration() instanceof ColumnAlteration.SetNotNull
                || mc.alteration() instanceof ColumnAlteration.Redefine r && !r.after().nullable()
                && !r.after().autoIncrement();
    }

    /**
     * Whether a NULL may be left in the column, from this migration's earlier changes to its table. An existing
     * column may hold NULLs from the start; one added here holds NULL in every row already there unless it was added
     * with a default (or is filled by the server). An UPDATE that sets it on every NULL row, or a DELETE that removes
     * them all (TRUNCATE too), clears them; an INSERT since may bring new ones.
     */
    private static boolean nullsMayRemain(ModifyColumn mc, boolean added, RuleContext ctx) {
        boolean mayRemain = !added;
        boolean rowsMayExist = true; // a column added to an emptied table holds no NULL: there are no rows
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof AddColumn add && add.table().equals(mc.table())
                    && add.column().name().equalsIgnoreCase(mc.column())) {
                mayRemain = rowsMayExist && !filledByTheServer(add.column());
            } else if (c instanceof DataChange dc && dc.table().equals(mc.table())) {
                if (empties(dc)) {
                    rowsMayExist = false;
                }
                if (clearsNulls(dc, mc.column())) {
                    mayRemain = false;
                } else if (dc.kind() == DataChange.Kind.INSERT) {
                    mayRemain = true;
                    rowsMayExist = true;
                }
            }
        }
        return mayRemain;
    }

    /** A TRUNCATE, or a DELETE sure to reach every row. */
    private static boolean empties(DataChange dc) {
        return dc.kind() == DataChange.Kind.TRUNCATE
                || dc.kind() == DataChange.Kind.DELETE && dc.reached().everyRow();
    }

    /** The last UPDATE of this migration that sets the column without being shown to reach all its NULL rows. */
    private static Optional<DataChange> lastFillOf(ModifyColumn mc, RuleContext ctx) {
        Optional<DataChange> last = Optional.empty();
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof DataChange dc && dc.table().equals(mc.table()) && dc.kind() == DataChange.Kind.UPDATE
                    && dc.setColumns().stream().anyMatch(s -> s.equalsIgnoreCase(mc.column()))) {
                last = Optional.of(dc);
            }
        }
        return last;
    }

    /** An added column the rows already there get a value in: a default, a sequence, a generated expression. */
    private static boolean filledByTheServer(ColumnDef column) {
        return column.defaultValue().isPresent() || column.autoIncrement() || column.generated();
    }

    private static boolean clearsNulls(DataChange dc, String column) {
        boolean fills = dc.kind() == DataChange.Kind.UPDATE
                && dc.setColumns().stream().anyMatch(s -> s.equalsIgnoreCase(column));
        boolean removes = dc.kind() == DataChange.Kind.DELETE || dc.kind() == DataChange.Kind.TRUNCATE;
        return (fills || removes) && dc.reached().everyNullOf(column);
    }
}
