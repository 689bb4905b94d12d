package dev.migralint.rule;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropTable;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameTable;
import dev.migralint.schema.Column;
import dev.migralint.schema.Schema;
import dev.migralint.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prisma's "RedefineTables" sequence on SQLite (and SQL Server), which cannot alter a column in place:
 * {@code CREATE TABLE "new_X" …; INSERT INTO "new_X" … SELECT … FROM "X"; DROP TABLE "X"; ALTER TABLE "new_X"
 * RENAME TO "X"}. It is one change to table X, so rules see the column changes it makes (drops, type and
 * nullability changes, additions) instead of a table drop.
 */
record RedefinedTable(String table, CreateTable replacement, List<Change> columnChanges, Set<Integer> absorbed) {
    static final String PREFIX = "new_";

    /** The redefinition that starts at {@code changes[index]}, if that is Prisma's CREATE TABLE "new_X". */
    static Optional<RedefinedTable> startingAt(List<Change> changes, int index, Schema schema) {
        if (!(changes.get(index) instanceof CreateTable create) || !create.table().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String target = create.table().substring(PREFIX.length());
        Optional<Table> old = schema.table(target);
        Set<Integer> absorbed = new HashSet<>();
        boolean dropped = false;
        boolean renamed = false;
        for (int i = index + 1; i < changes.size() && !renamed; i++) {
            Change c = changes.get(i);
            if (c instanceof DataChange dc && dc.kind() == DataChange.Kind.INSERT && dc.table().equals(create.table())) {
                absorbed.add(i);
            } else if (c instanceof DropTable dt && dt.table().equals(target)) {
                absorbed.add(i);
                dropped = true;
            } else if (c instanceof RenameTable rt && rt.from().equals(create.table()) && rt.to().equals(target)) {
                absorbed.add(i);
                renamed = true;
            }
        }
        if (old.isEmpty() || !dropped || !renamed) {
            return Optional.empty();
        }
        return Optional.of(new RedefinedTable(target, renamed(create, target), diff(target, old.get(), create),
                absorbed));
    }

    private static List<Change> diff(String target, Table old, CreateTable create) {
        List<Change> out = new ArrayList<>();
        for (Column before : old.columns()) {
            Optional<ColumnDef> after = create.columns().stream()
                    .filter(c -> old.sameColumn(c.name(), before.name())).findFirst();
            if (after.isEmpty()) {
                out.add(new DropColumn(target, before.name()));
            } else if (!after.get().type().equals(before.type()) || after.get().nullable() != before.nullable()
                    || !after.get().defaultValue().equals(before.defaultValue())) {
                out.add(new ModifyColumn(target, before.name(), new ColumnAlteration.Redefine(after.get())));
            }
        }
        for (ColumnDef def : create.columns()) {
            if (!old.hasColumn(def.name())) {
                out.add(new AddColumn(target, def));
            }
        }
        return out;
    }

    private static CreateTable renamed(CreateTable create, String target) {
        return new CreateTable(target, create.columns(), create.indexes(), create.primaryKey(),
                create.primaryKeyName(), create.foreignKeys(), false);
    }
}
