package dev.migralint.rules;

import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropIndex;
import dev.migralint.rule.RuleContext;
import dev.migralint.schema.Index;
import dev.migralint.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * An index (or UNIQUE constraint) that a change drops, as {@code drop-index} and {@code drop-unique-constraint} see
 * it. When the history never created the index, Prisma's naming ({@code …_key} for unique) tells its kind.
 */
record DroppedIndex(String table, String name, Optional<Index> known, boolean unique) {

    static Optional<DroppedIndex> of(Change change, RuleContext ctx) {
        String name;
        Optional<Table> table;
        Optional<String> tableName;
        if (change instanceof DropIndex di) {
            name = di.name();
            table = di.table().flatMap(t -> ctx.schema().table(t)).or(() -> ctx.schema().tableOfIndex(di.name()));
            tableName = di.table().or(() -> table.map(Table::name));
        } else if (change instanceof DropConstraint dc && dc.name().endsWith("_key")) {
            // not resolved against the schema, so the history does not know it; Prisma names unique constraints so
            name = dc.name();
            table = ctx.schema().table(dc.table());
            tableName = Optional.of(dc.table());
        } else {
            return Optional.empty();
        }
        Optional<Index> index = table.flatMap(t -> t.index(name));
        boolean unique = index.map(Index::unique).orElse(name.endsWith("_key"));
        return Optional.of(new DroppedIndex(tableName.orElse(""), name, index, unique));
    }

    /**
     * True when the drop is harmless within this migration: the table or the index is new, or the same index is
     * created again (Prisma drops and re-creates an index to change it, and renames one on MariaDB by creating the
     * new name before dropping the old).
     */
    boolean replacedOrNew(RuleContext ctx) {
        if (ctx.createdInThisMigration(table)) {
            return true;
        }
        for (Change c : ctx.earlierInMigration()) {
            if (c instanceof AddIndex add && add.table().equals(table) && keeps(add)
                    && (sameName(add) || sameColumns(add))) {
                return true;
            }
            if (c instanceof AddPrimaryKey pk && pk.table().equals(table) && known.isPresent()
                    && sameSet(pk.columns(), known.get().columns())) {
                return true; // the primary key now guarantees what the unique index did
            }
        }
        for (Change c : ctx.laterInMigration()) {
            if (!(c instanceof AddIndex add) || !keeps(add)) {
                continue;
            }
            // when the history does not know the table (a squashed baseline), a re-creation by name counts
            boolean sameTable = table.isEmpty() ? sameName(add) : add.table().equals(table);
            if (sameTable && (sameName(add) || sameColumns(add))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a later statement of this migration drops a column of the index: the index goes with the column, and
     * drop-column's message names it (MySQL refuses to drop a column a foreign key's index needs, so Prisma drops the
     * index first).
     */
    boolean goesWithALaterDroppedColumn(RuleContext ctx) {
        if (known.isEmpty()) {
            return false;
        }
        return ctx.laterInMigration().stream().anyMatch(c -> c instanceof DropColumn drop && drop.table().equals(table)
                && known.get().columns().stream().anyMatch(col -> col.equalsIgnoreCase(drop.column())));
    }

    /** A unique index is only replaced by a unique one; a plain one by any index. */
    private boolean keeps(AddIndex add) {
        return !unique || add.index().kind().isUnique();
    }

    private boolean sameName(AddIndex add) {
        return add.index().name().filter(n -> n.equalsIgnoreCase(name)).isPresent();
    }

    private boolean sameColumns(AddIndex add) {
        return known.map(k -> lower(k.columns()).equals(lower(add.index().columns()))).orElse(false);
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && lower(a).containsAll(lower(b));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(String::toLowerCase).toList();
    }

    String describe() {
        return known.map(k -> name + " on " + table + "(" + String.join(", ", k.columns()) + ")")
                .orElse(table.isEmpty() ? name : name + " on " + table);
    }
}
