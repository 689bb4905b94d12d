package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Optional;

/** Flags dropping a UNIQUE index or constraint: from then on duplicates can be written and stay. */
public final class DropUniqueConstraintRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-unique-constraint", Category.LOST_GUARANTEE,
            Severity.ERROR, "Dropping a unique constraint lets duplicates in");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<DroppedIndex> dropped = DroppedIndex.of(change, ctx);
        if (dropped.isEmpty() || !dropped.get().unique() || dropped.get().replacedOrNew(ctx)
                || dropped.get().goesWithALaterDroppedColumn(ctx)) { // drop-column names it
            return;
        }
        ctx.report("unique index " + dropped.get().describe() + " is dropped: duplicates can be written from now on,"
                        + " and code that relies on one row per key (upserts, findUnique) breaks",
                "Keep the constraint unless duplicates are really allowed now; if it moves to other columns, add "
                        + "the new unique index before dropping the old one.");
    }
}
