package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.DataChange;
import dev.migralint.change.ModifyColumn;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags making an existing nullable column NOT NULL: existing NULLs make the statement fail half-way, and old code
 * may still write NULL. Silent when the same migration backfilled the column first with an UPDATE that provably
 * covers every NULL (no WHERE, or {@code WHERE col IS NULL}).
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
        Optional<ExistingColumnChange> existing = ExistingColumnChange.of(change, ctx);
        if (existing.isEmpty() || ctx.emptiedInThisMigration(existing.get().change().table())) {
            return; // an emptied table holds no NULL, as after a backfill
        }
        ModifyColumn mc = existing.get().change();
        boolean makesRequired = mc.alteration() instanceof ColumnAlteration.SetNotNull
                || mc.alteration() instanceof ColumnAlteration.Redefine r && !r.after().nullable();
        if (!makesRequired || !existing.get().before().nullable() || backfilled(mc, ctx)) {
            return;
        }
        String table = Quoting.quote(mc.table(), ctx.dialect());
        String column = Quoting.quote(mc.column(), ctx.dialect());
        String error = ctx.dialect().isPostgresFamily() ? "error 23502"
                : "MySQL error 1138, MariaDB 1265; MySQL DDL is not transactional, so the migration is left failed";
        ctx.report("column " + mc.table() + "." + mc.column() + " becomes NOT NULL: existing NULLs make this fail ("
                        + error + "), and code that still writes NULL breaks",
                "Backfill first in this migration (UPDATE " + table + " SET " + column + " = … WHERE " + column
                        + " IS NULL), after deploying code that never writes NULL. Count them: SELECT COUNT(*) FROM "
                        + table + " WHERE " + column + " IS NULL;");
    }

    /** An earlier UPDATE of this migration that sets the column on every row, or on every NULL row. */
    private static boolean backfilled(ModifyColumn mc, RuleContext ctx) {
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof DataChange dc && dc.kind() == DataChange.Kind.UPDATE && dc.table().equals(mc.table())
                    && dc.setColumns().stream().anyMatch(s -> s.equalsIgnoreCase(mc.column()))) {
                if (dc.where().isEmpty() || isNullTest(dc.where().get(), mc.column())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNullTest(String where, String column) {
        String w = where.replaceAll("[`\"\\s]+", " ").strip().toUpperCase(Locale.ROOT);
        return w.equals(column.toUpperCase(Locale.ROOT) + " IS NULL");
    }
}
