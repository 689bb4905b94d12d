package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Optional;

/** Flags dropping a primary key with nothing to replace it: rows are no longer unique, and replication suffers. */
public final class DropPrimaryKeyRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-primary-key", Category.LOST_GUARANTEE, Severity.ERROR,
            "Dropping a primary key without a replacement loses row identity");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<DroppedPrimaryKey> dropped = DroppedPrimaryKey.of(change, ctx);
        if (dropped.isEmpty() || dropped.get().replacement().isPresent()) {
            return;
        }
        DroppedPrimaryKey d = dropped.get();
        ctx.report("the primary key of " + d.table() + (d.before().isEmpty() ? "" : Tables.columns(d.before()))
                        + " is dropped and not replaced: duplicate rows become possible, and Prisma, row-based "
                        + "replication and online schema change tools need a key",
                "Add the new primary key in the same ALTER TABLE statement (DROP PRIMARY KEY, ADD PRIMARY KEY (…)), "
                        + "or keep a UNIQUE NOT NULL key.");
    }
}
