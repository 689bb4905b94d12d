package dev.migralint.rule;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.IndexKind;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameTable;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Schema;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one migration has done so far that the schema alone no longer tells: the tables it created and the columns it
 * added (dropping or indexing them is harmless), and the indexes, keys and foreign keys it dropped, as they were (so
 * a rule can tell a re-creation from a new constraint), and the tables it emptied (TRUNCATE, DELETE without WHERE)
 * and wrote no rows to since. Rules ask through {@link RuleContext}.
 */
final class MigrationMemory {
    private final Dialect dialect;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> addedColumns = new HashSet<>();
    private final List<Index> droppedIndexes = new ArrayList<>();
    private final List<String> droppedIndexTables = new ArrayList<>();
    private final List<ForeignKey> droppedForeignKeys = new ArrayList<>();
    private final Set<String> emptiedTables = new HashSet<>();

    MigrationMemory(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Notes what the change does; call it with the schema as it stands before the change is applied. */
    void remember(Change change, Schema schema) {
        if (change instanceof CreateTable ct) {
            if (ct.ifNotExists() && schema.table(ct.table()).isPresent()) {
                return; // the server skips it: the table is not new
            }
            createdTables.add(ct.table());
            ct.columns().forEach(c -> addedColumns.add(columnKey(ct.table(), c.name())));
        } else if (change instanceof RenameTable rt && createdTables.contains(rt.from())) {
            createdTables.add(rt.to());
        } else if (change instanceof AddColumn ac) {
            addedColumns.add(columnKey(ac.table(), ac.column().name()));
        } else if (change instanceof RenameColumn rc && addedColumns.contains(columnKey(rc.table(), rc.from()))) {
            addedColumns.add(columnKey(rc.table(), rc.to()));
        } else if (change instanceof DropIndex di) {
            Optional<Table> t = di.table().flatMap(schema::table).or(() -> schema.tableOfIndex(di.name()));
            t.ifPresent(table -> table.index(di.name()).ifPresent(idx -> droppedIndex(table.name(), idx)));
        } else if (change instanceof DropPrimaryKey dp) {
            // the dropped primary key counts as a unique key the rows satisfied
            schema.table(dp.table()).filter(t -> !t.primaryKey().isEmpty()).ifPresent(t ->
                    droppedIndex(t.name(), new Index("PRIMARY", t.primaryKey(), IndexKind.UNIQUE)));
        } else if (change instanceof DropForeignKey df) {
            schema.table(df.table()).flatMap(t -> t.foreignKey(df.name())).ifPresent(droppedForeignKeys::add);
        }
        rememberEmptying(change);
    }

    /**
     * TRUNCATE and DELETE without WHERE leave the table without rows; an INSERT (a Prisma data fix copying rows back)
     * fills it again. An UPDATE of an empty table changes nothing. A DELETE with a join or a LIMIT removes only some
     * rows: the lowering gives it a condition of its own.
     */
    private void rememberEmptying(Change change) {
        if (change instanceof DataChange dc) {
            boolean empties = dc.kind() == DataChange.Kind.TRUNCATE
                    || dc.kind() == DataChange.Kind.DELETE && dc.where().isEmpty();
            if (empties) {
                emptiedTables.add(dc.table());
            } else if (dc.kind() == DataChange.Kind.INSERT) {
                emptiedTables.remove(dc.table());
            }
        } else if (change instanceof RenameTable rt && emptiedTables.remove(rt.from())) {
            emptiedTables.add(rt.to());
        } else if (change instanceof DropTable dt) {
            emptiedTables.remove(dt.table());
        }
    }

    /** An index that is gone from the table though no statement dropped it (a table redefined as a copy). */
    void droppedIndex(String table, Index index) {
        droppedIndexes.add(index);
        droppedIndexTables.add(table);
    }

    boolean created(String table) {
        return createdTables.contains(table);
    }

    boolean emptied(String table) {
        return emptiedTables.contains(table);
    }

    boolean columnAdded(String table, String column) {
        return createdTables.contains(table) || addedColumns.contains(columnKey(table, column));
    }

    List<Index> droppedIndexes(String table) {
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < droppedIndexes.size(); i++) {
            if (droppedIndexTables.get(i).equals(table)) {
                out.add(droppedIndexes.get(i));
            }
        }
        return out;
    }

    List<ForeignKey> droppedForeignKeys(String table) {
        return droppedForeignKeys.stream().filter(fk -> fk.table().equals(table)).toList();
    }

    private String columnKey(String table, String column) {
        String c = dialect.isPostgresFamily() ? column : column.toLowerCase(Locale.ROOT);
        return table + "\u0000" + c;
    }
}
