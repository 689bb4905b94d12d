package dev.migralint.rules;

import dev.migralint.change.AddForeignKey;
import dev.migralint.change.Change;
import dev.migralint.change.DataType;
import dev.migralint.change.ForeignKeyDef;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        if (change instanceof AddForeignKey add) {
            checkNewKey(add, ctx);
            return;
        }
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
        List<String> primaryKey = own.map(Table::primaryKey).orElse(List.of());
        for (ForeignKey fk : ctx.schema().foreignKeysReferencing(table)) {
            List<String> refs = fk.referencedColumns().isEmpty() ? primaryKey : fk.referencedColumns();
            if (refs.stream().anyMatch(c -> c.equalsIgnoreCase(column)) && !keys.contains(fk)) {
                keys.add(fk);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String names = String.join(", ", keys.stream().map(ForeignKey::name).toList());
        String effect = ctx.dialect().isPostgresFamily()
                ? "PostgreSQL changes it but the other side of the key keeps its old type"
                : "MySQL and MariaDB refuse this while the key exists (error 1832 on the referencing side, 1833 on the referenced side)";
        ctx.report("column " + table + "." + column + " changes type from " + types.get().before().type().sql()
                        + " to " + types.get().after().sql() + " but foreign key " + names + " uses it: " + effect,
                "Drop the foreign key, change both sides to the same type, then add the key again, in one "
                        + "migration (Prisma generates exactly this when both fields change together).");
    }

    /**
     * A key (often Prisma's re-added one after a MODIFY) between columns whose types MySQL will not join: integer
     * types must match in size and sign, other types must be the same type (string lengths may differ).
     */
    private static void checkNewKey(AddForeignKey add, RuleContext ctx) {
        if (ctx.dialect() != Dialect.MYSQL) {
            return;
        }
        ForeignKeyDef fk = add.foreignKey();
        List<String> refs = fk.referencedColumns().isEmpty()
                ? ctx.schema().table(fk.referencedTable()).map(Table::primaryKey).orElse(List.of())
                : fk.referencedColumns();
        for (int i = 0; i < fk.columns().size() && i < refs.size(); i++) {
            Optional<Column> child = ctx.schema().column(add.table(), fk.columns().get(i));
            Optional<Column> parent = ctx.schema().column(fk.referencedTable(), refs.get(i));
            if (child.isPresent() && parent.isPresent() && !joinable(child.get().type(), parent.get().type())) {
                ctx.report("foreign key " + fk.name().map(n -> n + " ").orElse("") + "joins " + add.table() + "."
                                + fk.columns().get(i) + " (" + child.get().type().sql() + ") to "
                                + fk.referencedTable() + "." + refs.get(i) + " (" + parent.get().type().sql()
                                + "): MySQL refuses keys between different types (error 3780)",
                        "Give both columns the same type in this migration before adding the key.");
                return;
            }
        }
    }

    private static boolean joinable(DataType a, DataType b) {
        Set<String> stringTypes = Set.of("CHAR", "VARCHAR");
        boolean strings = stringTypes.contains(a.name()) && stringTypes.contains(b.name());
        if (strings) {
            return a.charset().isEmpty() || b.charset().isEmpty() || a.charset().equals(b.charset());
        }
        if (!a.name().equals(b.name()) || a.unsigned() != b.unsigned()) {
            return false;
        }
        return !a.name().equals("DECIMAL") || a.args().equals(b.args());
    }
}
