package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.Change;
import dev.migralint.change.ForeignKeyDef;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.ForeignKey;
import dev.migralint.source.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * Flags a foreign key added to an existing table: rows whose value has no parent make it fail half-way. Silent for
 * new tables, {@code NOT VALID} keys, keys over columns just added as all-NULL, and Prisma's drop-and-recreate of
 * the same key (to change ON DELETE), which the rows already satisfy.
 */
public final class AddForeignKeyRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-foreign-key", Category.MAY_FAIL, Severity.WARNING,
            "A foreign key added to an existing table fails on rows without a parent");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof AddForeignKey add) || add.notValid() || ctx.createdInThisMigration(add.table())
                || ctx.emptiedInThisMigration(add.table())) {
            return;
        }
        ForeignKeyDef fk = add.foreignKey();
        if (fk.columns().isEmpty() || recreated(add, ctx) || allNull(add, ctx)) {
            return;
        }
        Dialect d = ctx.dialect();
        String child = Quoting.quote(add.table(), d);
        String parent = Quoting.quote(fk.referencedTable(), d);
        List<String> refs = fk.referencedColumns().isEmpty()
                ? ctx.schema().table(fk.referencedTable()).map(t -> t.primaryKey()).filter(pk -> !pk.isEmpty())
                .orElse(List.of("id"))
                : fk.referencedColumns();
        StringBuilder join = new StringBuilder();
        for (int i = 0; i < fk.columns().size() && i < refs.size(); i++) {
            join.append(i == 0 ? "" : " AND ").append("p.").append(Quoting.quote(refs.get(i), d)).append(" = c.")
                    .append(Quoting.quote(fk.columns().get(i), d));
        }
        String col = Quoting.quote(fk.columns().get(0), d);
        String refCol = Quoting.quote(refs.get(0), d);
        String error = d.isPostgresFamily() ? "error 23503" : "error 1452; MySQL DDL is not transactional, so the "
                + "migration is left failed in _prisma_migrations";
        ctx.report("foreign key " + fk.name().map(n -> n + " ").orElse("") + "from " + add.table()
                        + Tables.columns(fk.columns()) + " to " + fk.referencedTable()
                        + Tables.columns(fk.referencedColumns()) + " is added to an existing table: rows without a "
                        + "parent make it fail (" + error + ")",
                "Find orphans first: SELECT COUNT(*) FROM " + child + " c LEFT JOIN " + parent + " p ON " + join
                        + " WHERE c." + col + " IS NOT NULL AND p." + refCol + " IS NULL;"
                        + (d.isPostgresFamily() ? " Then add the key NOT VALID and VALIDATE CONSTRAINT it in a later "
                        + "migration." : ""));
    }

    /** The same key (columns and target) was dropped earlier in this migration: the rows satisfy it. */
    private static boolean recreated(AddForeignKey add, RuleContext ctx) {
        for (ForeignKey old : ctx.droppedForeignKeys(add.table())) {
            if (lower(old.columns()).equals(lower(add.foreignKey().columns()))
                    && old.referencedTable().equals(add.foreignKey().referencedTable())) {
                return true;
            }
        }
        return false;
    }

    /** A key column added in this migration, nullable and without default: no row has a value to check. */
    private static boolean allNull(AddForeignKey add, RuleContext ctx) {
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof AddColumn ac && ac.table().equals(add.table()) && ac.column().nullable()
                    && ac.column().defaultValue().isEmpty()
                    && add.foreignKey().columns().stream().anyMatch(k -> k.equalsIgnoreCase(ac.column().name()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
