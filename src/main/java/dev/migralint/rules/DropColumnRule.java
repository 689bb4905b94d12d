package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropType;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a column drop: old code still selects it during the deploy window, and its data is gone. Prisma cannot
 * express a rename, so a drop followed by an add of the same type in one migration is called out as a likely rename.
 */
public final class DropColumnRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-column", Category.DESTRUCTIVE, Severity.ERROR,
            "Dropping a column loses its data and breaks code that still reads it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (UnknownReferenceRule.namesNothing(change, ctx)) {
            return; // a name no migration created: unknown-reference says so, and nothing is lost or renamed
        }
        if (change instanceof DropType type && type.cascade()) {
            for (DropColumn drop : ctx.schema().columnsOfType(type.name())) {
                if (!ctx.columnAddedInThisMigration(drop.table(), drop.column())) {
                    ctx.report("DROP TYPE " + type.name() + " CASCADE drops column " + drop.table() + "."
                                    + drop.column() + " with its data",
                            "Move the column to another type first (ALTER COLUMN … TYPE … USING), or drop it in a "
                                    + "migration of its own after the code stopped using it; then drop the type "
                                    + "without CASCADE, which fails instead of dropping columns it did not name.");
                }
            }
            return;
        }
        if (!(change instanceof DropColumn drop) || ctx.columnAddedInThisMigration(drop.table(), drop.column())) {
            return;
        }
        Optional<Table> table = ctx.schema().table(drop.table());
        Optional<Column> column = table.flatMap(t -> t.column(drop.column()));
        String name = drop.table() + "." + drop.column();
        String lost = table.map(t -> alsoRemoved(t, drop.column(), ctx)).orElse("");
        Optional<AddColumn> renameTarget = column.flatMap(c -> likelyRenameTarget(drop, c, ctx));
        if (renameTarget.isPresent()) {
            String to = renameTarget.get().column().name();
            String q = Quoting.quote(drop.table(), ctx.dialect());
            ctx.report("column " + name + " is dropped" + lost + "; " + to + " of the same type is added in the "
                            + "same migration, which is how Prisma writes a rename: if it is one, every value of "
                            + drop.column() + " is lost",
                    "If it is a rename, replace the DROP and ADD with ALTER TABLE " + q + " RENAME COLUMN "
                            + Quoting.quote(drop.column(), ctx.dialect()) + " TO " + Quoting.quote(to, ctx.dialect())
                            + " (and still deploy code that reads both names first).");
            return;
        }
        ctx.report("column " + name + " is dropped" + lost,
                "Stop reading and writing the column in a deploy first; drop it in a later migration.");
    }

    /** What goes with the column: its indexes, the primary key and foreign keys, as the message names them. */
    private static String alsoRemoved(Table t, String column, RuleContext ctx) {
        List<String> parts = new ArrayList<>();
        for (Index idx : t.indexesWith(column)) {
            parts.add((idx.unique() ? "unique index " : "index ") + idx.name());
        }
        if (t.primaryKey().stream().anyMatch(c -> t.sameColumn(c, column))) {
            parts.add("the primary key");
        }
        t.foreignKeys().stream().filter(fk -> fk.columns().stream().anyMatch(c -> t.sameColumn(c, column)))
                .forEach(fk -> parts.add("foreign key " + fk.name()));
        String removed = parts.isEmpty() ? "" : "; it also removes " + String.join(", ", parts);
        List<String> before = droppedJustBefore(t, column, ctx);
        return before.isEmpty() ? removed
                : removed + "; " + String.join(", ", before) + (before.size() == 1 ? " was" : " were")
                + " dropped with it earlier in this migration";
    }

    /**
     * Indexes and foreign keys of the column that this migration dropped before the column (MySQL refuses to drop a
     * column a foreign key needs): drop-index, drop-unique-constraint and drop-foreign-key leave them to this message.
     */
    private static List<String> droppedJustBefore(Table t, String column, RuleContext ctx) {
        List<String> parts = new ArrayList<>();
        for (Index idx : ctx.droppedIndexes(t.name())) {
            if (!idx.name().equals("PRIMARY") && t.index(idx.name()).isEmpty()
                    && idx.columns().stream().anyMatch(c -> t.sameColumn(c, column))) {
                parts.add((idx.unique() ? "unique index " : "index ") + idx.name());
            }
        }
        for (ForeignKey fk : ctx.droppedForeignKeys(t.name())) {
            if (t.foreignKey(fk.name()).isEmpty() && fk.columns().stream().anyMatch(c -> t.sameColumn(c, column))) {
                parts.add("foreign key " + fk.name());
            }
        }
        return parts;
    }

    /**
     * Prisma renders a field rename as DROP COLUMN old + ADD COLUMN new of the same type on the same table. Only
     * the plain case counts: one column dropped and one of the same type added on that table in this migration.
     */
    private static Optional<AddColumn> likelyRenameTarget(DropColumn drop, Column dropped, RuleContext ctx) {
        List<Change> around = new ArrayList<>(ctx.earlierInMigration());
        around.addAll(ctx.laterInMigration());
        long otherDrops = around.stream().filter(c -> c instanceof DropColumn d && d.table().equals(drop.table()))
                .count();
        List<AddColumn> adds = around.stream()
                .filter(c -> c instanceof AddColumn)
                .map(c -> (AddColumn) c)
                .filter(add -> add.table().equals(drop.table()))
                .filter(add -> add.column().type().equals(dropped.type()))
                .toList();
        return otherDrops == 0 && adds.size() == 1 ? Optional.of(adds.get(0)) : Optional.empty();
    }
}
