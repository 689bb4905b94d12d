package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.Other;
import dev.migralint.change.RenameTable;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Flags a table rename: the old code, still running during the deploy, queries the old name. */
public final class RenameTableRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("rename-table", Category.BACKWARDS_INCOMPATIBLE,
            Severity.ERROR, "Renaming a table breaks code that still uses the old name during the deploy");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (UnknownReferenceRule.namesNothing(change, ctx)) {
            return; // a name no migration created: unknown-reference says so, and nothing is lost or renamed
        }
        if (!(change instanceof RenameTable rename) || ctx.createdInThisMigration(rename.from())
                || rename.from().equals(rename.to())) {
            return;
        }
        boolean viewUnderOldName = ctx.laterInMigration().stream().anyMatch(c -> c instanceof Other o
                && o.what().equals("CREATE VIEW") && o.table().filter(rename.from()::equals).isPresent());
        if (viewUnderOldName) {
            return; // old readers query the view
        }
        ctx.report("table " + rename.from() + " is renamed to " + rename.to()
                        + "; code still running the old release fails on the old name",
                "Keep the old name for the deploy window (@@map in Prisma, or a view named " + rename.from()
                        + "), and rename once no running code uses it.");
    }
}
