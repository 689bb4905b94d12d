package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Optional;

/**
 * Flags a real type change that keeps every value (widening): old code may still send or expect the old type, and
 * MySQL rebuilds the table. Restating the same type (Prisma's way to change only a default) is silent; lossy changes
 * are {@code lossy-type-change}'s.
 */
public final class ColumnTypeChangeRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("column-type-change", Category.BACKWARDS_INCOMPATIBLE,
            Severity.WARNING, "Changing a column's type can break code that still expects the old type");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<ColumnTypes> types = ColumnTypes.of(change, ctx);
        if (types.isEmpty()) {
            return;
        }
        TypeComparison.Kind kind = types.get().result().kind();
        if (kind == TypeComparison.Kind.LOSSY && ctx.emptiedInThisMigration(types.get().change().table())) {
            reportNarrowingOfEmptiedTable(types.get(), ctx);
            return;
        }
        if (kind != TypeComparison.Kind.WIDENING && kind != TypeComparison.Kind.UNKNOWN
                || types.get().result().onlyAppendsEnumValues()) {
            return; // appending enum values is the commonest Prisma change, and old code never sees the new ones
        }
        ColumnTypes t = types.get();
        ctx.report(t.describe() + " (" + t.result().reason() + ")",
                (ctx.dialect().isPostgresFamily()
                        ? "Make sure the running release accepts the new type; most type changes rewrite the table "
                        + "under an ACCESS EXCLUSIVE lock."
                        : "Make sure the running release accepts the new type; MySQL copies the table to change a "
                        + "column type, so plan for the time it takes on a large table.") + negativeIds(t, ctx));
    }

    /** A signed AUTO_INCREMENT column made UNSIGNED: only an id inserted by hand can be negative. */
    private static String negativeIds(ColumnTypes t, RuleContext ctx) {
        if (t.before().type().unsigned() || !t.after().unsigned()) {
            return "";
        }
        return " Check that no id was inserted negative: SELECT COUNT(*) FROM "
                + Quoting.quote(t.change().table(), ctx.dialect()) + " WHERE "
                + Quoting.quote(t.change().column(), ctx.dialect()) + " < 0;";
    }

    /**
     * A narrowing that loses nothing because the migration emptied the table first (lossy-type-change stays silent):
     * the running release may still write values the new type rejects.
     */
    private static void reportNarrowingOfEmptiedTable(ColumnTypes t, RuleContext ctx) {
        ctx.report(t.describe() + " (" + t.result().reason() + "); the table was emptied earlier in this migration, "
                        + "so no stored value is lost, but the running release may still write values the new type "
                        + "rejects",
                "Deploy code that writes only values the new type holds before this migration runs.");
    }
}
