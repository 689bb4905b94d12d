package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.DataType;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Optional;

/**
 * Flags a column type change that can lose or reject existing values: a narrower string, a smaller integer or
 * decimal, removed ENUM values, text to numbers. MySQL DDL is not transactional: if the server rejects a value
 * half-way, the migration is left failed in {@code _prisma_migrations}.
 */
public final class LossyTypeChangeRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("lossy-type-change", Category.DESTRUCTIVE, Severity.ERROR,
            "A column type change that can truncate, round or reject existing values");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<ColumnTypes> types = ColumnTypes.of(change, ctx);
        if (types.isEmpty() || types.get().result().kind() != TypeComparison.Kind.LOSSY) {
            return;
        }
        ColumnTypes t = types.get();
        if (ctx.emptiedInThisMigration(t.change().table())) {
            return; // no rows to lose; column-type-change still tells about the running release
        }
        ctx.report(t.describe() + ": " + t.result().reason(), hint(t, ctx));
    }

    private static String hint(ColumnTypes t, RuleContext ctx) {
        String table = Quoting.quote(t.change().table(), ctx.dialect());
        String column = Quoting.quote(t.change().column(), ctx.dialect());
        DataType after = t.after();
        String check = "";
        if (after.length().isPresent() && (after.name().equals("VARCHAR") || after.name().equals("CHAR"))) {
            check = " Find the rows that do not fit: SELECT COUNT(*) FROM " + table + " WHERE CHAR_LENGTH("
                    + column + ") > " + after.length().getAsInt() + ";";
        } else if (after.isEnumLike() || after.userDefined()) {
            DataType before = t.before().type();
            check = (before.isEnumLike() || before.userDefined() ? " Find the rows that use a removed value: SELECT "
                    : " Find the values that are none of the enum's: SELECT ") + column + ", COUNT(*) FROM " + table
                    + " GROUP BY " + column + ";";
        }
        return "Migrate the data first, in an earlier deploy, or keep the wider type." + check;
    }
}
