package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.RenameColumn;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Flags a column rename: the old code, still running during the deploy, reads and writes the old name. */
public final class RenameColumnRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("rename-column", Category.BACKWARDS_INCOMPATIBLE,
            Severity.ERROR, "Renaming a column breaks code that still uses the old name during the deploy");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (UnknownReferenceRule.namesNothing(change, ctx)) {
            return; // a name no migration created: unknown-reference says so, and nothing is lost or renamed
        }
        if (!(change instanceof RenameColumn rename) || rename.from().equals(rename.to())
                || ctx.columnAddedInThisMigration(rename.table(), rename.from())) {
            return;
        }
        boolean generatedUnderOldName = ctx.laterInMigration().stream().anyMatch(c -> c instanceof AddColumn add
                && add.table().equals(rename.table()) && add.column().generated()
                && add.column().name().equalsIgnoreCase(rename.from()));
        if (generatedUnderOldName) {
            return; // old readers read the generated column
        }
        ctx.report("column " + rename.table() + "." + rename.from() + " is renamed to " + rename.to()
                        + "; code still running the old release fails on the old name",
                "Expand and contract: add " + rename.to() + ", write both, backfill, switch reads, then drop "
                        + rename.from() + " in a later migration (or map the old name with @map in Prisma).");
    }
}
