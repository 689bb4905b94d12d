package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import dev.migralint.schema.Table;
import java.util.Optional;

/**
 * Flags a CHECK constraint added to an existing table: rows that violate it make the statement fail. Silent when the
 * schema proves every row passes: the condition is made of IS [NOT] NULL, comparisons, NOT, AND and OR over columns
 * known to be all NULL (added in this migration without a default) or to hold no NULL (NOT NULL until now).
 */
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
                || ctx.emptiedInThisMigration(add.table())
                || !CheckOnExistingRows.canFail(add.condition(), column -> nulls(add.table(), column, ctx))) {
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

    /** What the rows hold in the column: no NULL when it is NOT NULL, only NULL when {@link AddedColumn#allNull}. */
    private static CheckOnExistingRows.Nulls nulls(String table, String column, RuleContext ctx) {
        Optional<Table> t = ctx.schema().table(table);
        Optional<Column> c = t.flatMap(tt -> tt.column(column));
        if (c.isEmpty()) {
            return CheckOnExistingRows.Nulls.SOME;
        }
        if (!c.get().nullable()) {
            return CheckOnExistingRows.Nulls.NONE;
        }
        return AddedColumn.allNull(t.get(), c.get().name(), ctx) ? CheckOnExistingRows.Nulls.ALL : CheckOnExistingRows.Nulls.SOME;
    }
}
