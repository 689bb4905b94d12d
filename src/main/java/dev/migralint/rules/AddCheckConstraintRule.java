package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Flags a CHECK constraint added to an existing table: rows that violate it make the statement fail. */
public final class AddCheckConstraintRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-check-constraint", Category.MAY_FAIL, Severity.WARNING,
            "A CHECK constraint added to an existing table fails on rows that violate it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof AddCheck add) || add.notValid() || ctx.createdInThisMigration(add.table())
                || ctx.emptiedInThisMigration(add.table())) {
            return;
        }
        String error = ctx.dialect().isPostgresFamily() ? "error 23514" : "MySQL error 3819, MariaDB 4025";
        ctx.report("CHECK constraint " + add.name().map(n -> n + " ").orElse("") + "is added to existing table "
                        + add.table() + ": rows that violate it make the statement fail (" + error + ")",
                "Count violating rows first (SELECT COUNT(*) FROM " + Quoting.quote(add.table(), ctx.dialect())
                        + " WHERE NOT " + add.expression().replaceAll("(?i)\\s*NOT\\s+(VALID|ENFORCED)\\s*$", "")
                        + ") and fix them in an earlier deploy"
                        + (ctx.dialect().isPostgresFamily() ? "; or add it NOT VALID and VALIDATE it later." : "."));
    }
}
