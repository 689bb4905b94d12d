package dev.migralint.rules;

import dev.migralint.change.AddIndex;
import dev.migralint.change.Change;
import dev.migralint.change.DropIndex;
import dev.migralint.online.PostgresVerdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** PostgreSQL: CREATE INDEX or DROP INDEX without CONCURRENTLY on a table that existed before the migration. */
public final class RequireConcurrentIndexRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("require-concurrent-index", Category.LOCKING, Severity.WARNING,
            "PostgreSQL CREATE INDEX or DROP INDEX without CONCURRENTLY on an existing table")
            .targeting("PostgreSQL");

    private static final String ALONE = " Run it alone in its own migration file: CONCURRENTLY cannot run inside a "
            + "transaction block, and PostgreSQL runs a script of several statements sent at once as one transaction.";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof AddIndex || change instanceof DropIndex)
                || LockingVerdict.onExistingTable(ctx).filter(PostgresVerdict.class::isInstance).isEmpty()) {
            return;
        }
        if (change instanceof AddIndex ai && !ai.concurrently() && !ai.inAlterTable()) {
            if (ctx.emptiedInThisMigration(ai.table())) {
                return; // the build reads no rows
            }
            ctx.report("CREATE INDEX" + ai.index().name().map(n -> " " + n).orElse("") + " on " + ai.table()
                            + " without CONCURRENTLY holds a SHARE lock while it builds: writes to the table wait "
                            + "until the index is done",
                    "Use CREATE INDEX CONCURRENTLY, which lets writes go on (it takes longer and scans twice); if it "
                            + "fails it leaves an INVALID index to drop before retrying." + ALONE);
        } else if (change instanceof DropIndex di && !di.concurrently() && di.table().isEmpty()) {
            // PostgreSQL's DROP INDEX names no table; one that names it came from ALTER TABLE … DROP CONSTRAINT,
            // whose index cannot be dropped CONCURRENTLY
            ctx.report("DROP INDEX " + di.name() + " without CONCURRENTLY takes ACCESS EXCLUSIVE on its table: quick "
                            + "once it has the lock, but it queues behind every running query on the table, and every "
                            + "query after it queues behind it",
                    "Use DROP INDEX CONCURRENTLY." + ALONE);
        }
    }
}
