package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import java.util.List;

/**
 * Notes, on MySQL, a migration that changes rows and the schema: every DDL statement commits implicitly, so a failure
 * leaves the data half-changed and the migration failed in {@code _prisma_migrations}. Reported once, at the first
 * INSERT, UPDATE or DELETE.
 */
public final class MixedDdlAndDataRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("mixed-ddl-and-data", Category.HYGIENE, Severity.INFO,
            "On MySQL, DML next to DDL cannot be rolled back if the migration fails");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (ctx.dialect() != Dialect.MYSQL || !isDml(change) || dmlBefore(ctx.earlierInMigration())) {
            return;
        }
        boolean ddl = ctx.earlierInMigration().stream().anyMatch(Tables::isDdl)
                || ctx.laterInMigration().stream().anyMatch(Tables::isDdl);
        if (ddl) {
            ctx.report("this migration changes rows and the schema: MySQL commits each DDL statement at once, so "
                            + "if a later statement fails the data changes stay and the migration is left failed",
                    "Make the data change idempotent (safe to run twice), or move it to its own migration.");
        }
    }

    /**
     * Searched from the end: each data change then stops at the one before it, so a migration's searches cover it
     * once. From the start, every data change read all that came before the first one (a file of SELECTs, then as
     * many INSERTs, took time in the square of its length).
     */
    private static boolean dmlBefore(List<Change> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (isDml(earlier.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDml(Change c) {
        return c instanceof DataChange dc && dc.kind() != DataChange.Kind.TRUNCATE;
    }
}
