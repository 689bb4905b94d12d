package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Index;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Flags a UNIQUE index or constraint, or a new primary key, over existing rows: duplicates already in the table make
 * the statement fail half-way. Silent when the rows cannot hold duplicates: the table is new, a key column was just
 * added nullable without a default (all NULL), or the key contains the columns of a unique key the table had.
 */
public final class AddUniqueConstraintRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-unique-constraint", Category.MAY_FAIL, Severity.WARNING,
            "A unique constraint or primary key added over existing rows fails on duplicates");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        String table;
        List<String> columns;
        String what;
        if (change instanceof AddIndex add && add.index().kind().isUnique()) {
            table = add.table();
            columns = add.index().columns();
            what = "unique index " + add.index().name().map(n -> n + " ").orElse("") + "on " + table
                    + Tables.columns(columns);
        } else if (change instanceof AddPrimaryKey pk) {
            table = pk.table();
            columns = pk.columns();
            what = "primary key " + table + Tables.columns(columns);
        } else {
            return;
        }
        boolean primary = change instanceof AddPrimaryKey;
        if (columns.isEmpty() || ctx.createdInThisMigration(table) || ctx.emptiedInThisMigration(table)
                || newSequenceColumn(table, columns, ctx)
                || !primary && allNullColumn(table, columns, ctx)
                || coversAnExistingKey(table, columns, ctx)) {
            return;
        }
        Dialect d = ctx.dialect();
        // an expression part of the key is written as it stands
        String cols = columns.stream().map(c -> c.startsWith("(") ? c : Quoting.quote(c, d))
                .collect(Collectors.joining(", "));
        String error = d.isPostgresFamily() ? "error 23505" : "error 1062 Duplicate entry; MySQL DDL is not "
                + "transactional, so the migration is left failed in _prisma_migrations";
        // a unique index lets any number of rows with a NULL in the key through: those are no duplicates
        List<String> nullable = primary ? List.of() : columns.stream().filter(c -> !c.startsWith("("))
                .filter(c -> ctx.schema().table(table).flatMap(t -> t.column(c)).map(col -> col.nullable())
                        .orElse(false))
                .toList();
        String where = nullable.isEmpty() ? "" : " WHERE " + nullable.stream()
                .map(c -> Quoting.quote(c, d) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        ctx.report(what + " is added over existing rows: duplicates make it fail (" + error + ")",
                "Find duplicates first: SELECT " + cols + ", COUNT(*) FROM " + Quoting.quote(table, d) + where
                        + " GROUP BY " + cols + " HAVING COUNT(*) > 1; remove them in an earlier deploy, and make the "
                        + "code stop writing them.");
    }

    /**
     * A key column added in this migration, nullable and without default, and not written since: every row holds
     * NULL there, and NULLs never collide in a unique index.
     */
    private static boolean allNullColumn(String table, List<String> columns, RuleContext ctx) {
        String allNull = null;
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof AddColumn add && add.table().equals(table) && add.column().nullable()
                    && add.column().defaultValue().isEmpty()
                    && columns.stream().anyMatch(k -> k.equalsIgnoreCase(add.column().name()))) {
                allNull = add.column().name();
            } else if (allNull != null && c instanceof DataChange dc && dc.table().equals(table)) {
                allNull = null; // rows were written since: the column may hold values now
            }
        }
        return allNull != null;
    }

    /** Defaults computed per row, so every existing row gets its own value. */
    private static final java.util.regex.Pattern PER_ROW_DEFAULT = java.util.regex.Pattern.compile(
            "(?i)^\\(?\\s*(gen_random_uuid|uuid_generate_v[14]|uuid|uuid_short|nextval)\\s*\\(.*");

    /**
     * A key column added in this migration as AUTO_INCREMENT or SERIAL, or with a per-row default such as
     * {@code gen_random_uuid()}: every existing row gets its own value.
     */
    private static boolean newSequenceColumn(String table, List<String> columns, RuleContext ctx) {
        return ctx.earlierInMigration().stream().anyMatch(c -> c instanceof AddColumn add
                && add.table().equals(table)
                && (add.column().autoIncrement() || add.column().defaultValue()
                .filter(v -> PER_ROW_DEFAULT.matcher(v.strip()).matches()).isPresent())
                && columns.stream().anyMatch(k -> k.equalsIgnoreCase(add.column().name())));
    }

    /** The new key contains every column of a unique key the rows already satisfy (or did, earlier here). */
    private static boolean coversAnExistingKey(String table, List<String> columns, RuleContext ctx) {
        List<List<String>> keys = new ArrayList<>();
        Optional<Table> t = ctx.schema().table(table);
        t.ifPresent(tt -> {
            tt.indexes().stream().filter(Index::guaranteesUniqueColumns).forEach(i -> keys.add(i.columns()));
            if (!tt.primaryKey().isEmpty()) {
                keys.add(tt.primaryKey());
            }
        });
        ctx.droppedIndexes(table).stream().filter(Index::guaranteesUniqueColumns).forEach(i -> keys.add(i.columns()));
        List<String> wanted = lower(columns);
        return keys.stream().anyMatch(k -> !k.isEmpty() && wanted.containsAll(lower(k)));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
