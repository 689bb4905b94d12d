package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.Change;
import dev.migralint.online.PostgresVerdict.Work;
import dev.migralint.online.PostgresVerdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** PostgreSQL: a foreign key or CHECK added to an existing table without NOT VALID, so every row is checked under lock. */
public final class AddForeignKeyValidatingRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-foreign-key-validating", Category.LOCKING,
            Severity.WARNING, "PostgreSQL foreign key or CHECK added without NOT VALID checks every row under a lock")
            .targeting("PostgreSQL");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof AddForeignKey || change instanceof AddCheck)) {
            return;
        }
        boolean scans = LockingVerdict.current(ctx).filter(PostgresVerdict.class::isInstance)
                .map(PostgresVerdict.class::cast)
                .map(v -> v.causes().stream().anyMatch(c -> c.change() == change && c.work() == Work.SCAN))
                .orElse(false);
        if (!scans) {
            return; // NOT VALID, a new table, or a key on a column the same statement adds: no rows are checked
        }
        if (change instanceof AddForeignKey fk) {
            String name = fk.foreignKey().name().orElse("the foreign key");
            ctx.report("foreign key " + fk.foreignKey().name().map(n -> n + " ").orElse("") + "is added without NOT "
                            + "VALID: every row of " + fk.table() + " is checked under SHARE ROW EXCLUSIVE locks on "
                            + fk.table() + " and " + fk.foreignKey().referencedTable()
                            + ", which block writes to both until the check ends",
                    "Add it with NOT VALID (new and updated rows are checked at once), then run ALTER TABLE "
                            + fk.table() + " VALIDATE CONSTRAINT " + name + " in a later migration: validating takes "
                            + "SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.");
        } else if (change instanceof AddCheck check) {
            String name = check.name().orElse("the constraint");
            ctx.report("CHECK constraint " + check.name().map(n -> n + " ").orElse("") + "is added without NOT VALID: "
                            + "every row of " + check.table() + " is checked under ACCESS EXCLUSIVE, which blocks "
                            + "reads and writes until the check ends",
                    "Add it with NOT VALID, then run ALTER TABLE " + check.table() + " VALIDATE CONSTRAINT " + name
                            + " in a later migration: validating takes SHARE UPDATE EXCLUSIVE, which lets reads and "
                            + "writes go on.");
        }
    }
}
