package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.InlineReferences;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/**
 * MySQL targets: a column definition with an inline {@code REFERENCES t(c)}, which MySQL parses and ignores, so no
 * foreign key exists. Silent for MariaDB targets, which create the key.
 */
public final class InlineReferencesRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("inline-references", Category.HYGIENE, Severity.WARNING,
            "An inline REFERENCES on a MySQL column, which MySQL ignores: no foreign key is created")
            .targeting("MySQL (silent for MariaDB)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof InlineReferences ir)
                || ctx.target().filter(t -> t.mysqlFamily() && !t.isMariaDb()).isEmpty()) {
            return;
        }
        ctx.report("column " + ir.table() + "." + ir.column() + " says REFERENCES " + ir.referencedTable()
                        + " in its definition: " + ctx.target().get() + " parses that and creates no foreign key, so "
                        + "nothing keeps " + ir.column() + " pointing at an existing row",
                "Declare the key as a constraint of its own: FOREIGN KEY (" + Quoting.quote(ir.column(), ctx.dialect())
                        + ") REFERENCES " + Quoting.quote(ir.referencedTable(), ctx.dialect()) + "(…) among the table's elements, or "
                        + "ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY. (MariaDB creates the key; with --target "
                        + "mariadb:… this rule is silent.)");
    }
}
