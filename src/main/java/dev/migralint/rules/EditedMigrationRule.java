package dev.migralint.rules;

import dev.migralint.rule.Category;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Optional;

/**
 * With {@code --changed-since REF}: flags a migration that already existed at REF and has been edited since.
 * Production applied the old text; Prisma's checksum of the file no longer matches, and databases set up from
 * the history now differ from production.
 */
public final class EditedMigrationRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("edited-migration", Category.HYGIENE, Severity.ERROR,
            "A migration that already existed at the base revision was edited");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkMigration(MigrationInfo migration, RuleContext ctx) {
        Optional<GitBase> git = migration.git();
        if (git.isPresent() && git.get().presentAtBase() && git.get().changedSinceBase()) {
            ctx.report("migration " + migration.name() + " existed at " + git.get().ref() + " and was edited since: "
                            + "databases that applied it keep the old version, and Prisma reports a checksum "
                            + "mismatch for it",
                    "Revert the edit (git checkout " + git.get().ref() + " -- " + migration.file() + ") and put the "
                            + "change in a new migration.");
        }
    }
}
