package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a type change of a column that a foreign key uses, on either side. MySQL and MariaDB refuse it while the key
 * exists; PostgreSQL leaves the two sides with different types. Silent when the key was dropped earlier in the same
 * migration (Prisma's DropForeignKey, MODIFY, AddForeignKey sandwich): then the schema no longer has it.
 */
public final class ForeignKeyColumnTypeChangeRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("foreign-key-column-type-change", Category.MAY_FAIL,
            Severity.ERROR, "Changing the type of a column a foreign key uses fails on MySQL");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<ColumnTypes> types = ColumnTypes.of(change, ctx);
        if (types.isEmpty() || types.get().result().kind() == TypeComparison.Kind.SAME) {
            return;
        }
        String table = types.get().change().table();
        String column = types.get().change().column();
        List<ForeignKey> keys = new ArrayList<>();
        Optional<Table> own = ctx.schema().table(table);
        own.ifPresent(t -> t.foreignKeys().stream()
                .filter(fk -> fk.columns().stream().anyMatch(c -> t.sameColumn(c, column))).forEach(keys::add));
        for (ForeignKey fk : ctx.schema().foreignKeysReferencing(table)) {
            if (fk.referencedColumns().stream().anyMatch(c -> c.equalsIgnoreCase(column)) && !keys.contains(fk)) {
                keys.add(fk);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String names = String.join(", ", keys.stream().map(ForeignKey::name).toList());
        String effect = ctx.dialect().isPostgresFamily()
                ? "PostgreSQL changes it but the other side of the key keeps its old type"
                : "MySQL and MariaDB refuse this while the key exists (error 1832, or 3780 on the referenced side)";
        ctx.report("column " + table + "." + column + " changes type from " + types.get().before().type().sql()
                        + " to " + types.get().after().sql() + " but foreign key " + names + " uses it: " + effect,
                "Drop the foreign key, change both sides to the same type, then add the key again, in one "
                        + "migration (Prisma generates exactly this when both fields change together).");
    }
}
