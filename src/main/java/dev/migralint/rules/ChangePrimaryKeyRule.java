package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Flags replacing the primary key of an existing table: a full table rebuild, foreign keys to it may need the old
 * key, and if the statements fail half-way the table is left without one (Prisma's own warning).
 */
public final class ChangePrimaryKeyRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("change-primary-key", Category.LOST_GUARANTEE, Severity.WARNING,
            "Replacing a primary key rebuilds the table and can leave it without a key");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<DroppedPrimaryKey> dropped = DroppedPrimaryKey.of(change, ctx);
        if (dropped.isEmpty() || dropped.get().replacement().isEmpty()) {
            return;
        }
        DroppedPrimaryKey d = dropped.get();
        List<String> after = d.replacement().get().columns();
        if (sameColumns(d.before(), after, ctx)) {
            return; // the key stays (Prisma restates it to change the column's type): what that costs, others say
        }
        // one ALTER TABLE is one operation: it fails as a whole, and the table keeps its old key
        boolean oneStatement = ctx.statementChanges().stream().anyMatch(c -> c == d.replacement().get());
        ctx.report("the primary key of " + d.table() + " changes"
                        + (d.before().isEmpty() ? "" : " from " + Tables.columns(d.before())) + " to "
                        + Tables.columns(after) + ": the table is rebuilt"
                        + (oneStatement ? "" : ", and if the migration fails between the drop and the add, the "
                        + "table is left without a primary key"),
                (oneStatement ? "" : "Drop and add the key in one ALTER TABLE statement. ")
                        + "Check the new columns hold no duplicates or NULLs, and run it when the table can be locked "
                        + "for a rebuild.");
    }

    /** The same columns in the same order, as the dialect compares column names. */
    private static boolean sameColumns(List<String> a, List<String> b, RuleContext ctx) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            boolean same = ctx.dialect().isPostgresFamily() ? a.get(i).equals(b.get(i))
                    : a.get(i).equalsIgnoreCase(b.get(i));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
