package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
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
        ctx.report("the primary key of " + d.table() + " changes"
                        + (d.before().isEmpty() ? "" : " from " + Tables.columns(d.before())) + " to "
                        + Tables.columns(d.replacement().get().columns())
                        + ": the table is rebuilt, and if this fails half-way it is left without a primary key",
                "Drop and add the key in one ALTER TABLE statement, check the new columns hold no duplicates or "
                        + "NULLs, and run it when the table can be locked for a rebuild.");
    }
}
