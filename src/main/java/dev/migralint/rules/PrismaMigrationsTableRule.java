package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Flags SQL that touches {@code _prisma_migrations}, Prisma's record of what production has applied. */
public final class PrismaMigrationsTableRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("prisma-migrations-table", Category.HYGIENE, Severity.ERROR,
            "A migration must not write to Prisma's _prisma_migrations table");

    static final String TABLE = "_prisma_migrations";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        for (String table : Tables.of(change)) {
            if (table.equalsIgnoreCase(TABLE)) {
                ctx.report("this statement changes _prisma_migrations, Prisma's record of applied migrations: "
                                + "checksums and history no longer match what ran",
                        "Use prisma migrate resolve for a failed migration, with a DBA's sign-off; never edit the "
                                + "table from a migration.");
                return;
            }
        }
    }
}
