package dev.migralint.rules;

import dev.migralint.rule.Category;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.source.NaturalOrder;
import java.util.Optional;

/**
 * With {@code --changed-since REF}: flags a migration added since REF whose name sorts before the newest migration
 * already at REF (a branch made before that migration and merged after it). Production applies it last, a fresh
 * database in its sorted place: the two can end up different.
 */
public final class OutOfOrderMigrationRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("out-of-order-migration", Category.HYGIENE, Severity.ERROR,
            "A new migration sorts before migrations that were already applied");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkMigration(MigrationInfo migration, RuleContext ctx) {
        Optional<GitBase> git = migration.git();
        if (git.isEmpty() || git.get().presentAtBase() || git.get().newestMigrationAtBase().isEmpty()) {
            return;
        }
        String newest = git.get().newestMigrationAtBase().get();
        if (NaturalOrder.INSTANCE.compare(migration.name(), newest) < 0) {
            ctx.report("migration " + migration.name() + " is new since " + git.get().ref() + " but sorts before "
                            + newest + ", which was already there: production applies it after " + newest
                            + ", a fresh database before it",
                    "Give it a name that sorts after " + newest + " (re-create it with prisma migrate dev after "
                            + "rebasing), so every database applies the same order.");
        }
    }
}
