package dev.migralint.online;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.AlterEnumType;
import dev.migralint.change.AttachIndex;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataChange;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import dev.migralint.change.ValidateConstraint;
import dev.migralint.online.PostgresVerdict.Work;
import dev.migralint.schema.Column;
import dev.migralint.schema.Schema;
import dev.migralint.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The lock model of PostgreSQL 13 to 17. Sources: the manual's ALTER TABLE page (the lock each subcommand takes, and
 * "Notes": which changes rewrite the table and which only scan it), CREATE INDEX ("Building Indexes
 * Concurrently"), and "Explicit Locking" for what each lock blocks. Checked against a real PostgreSQL 15 by
 * ServerObservationsTest (pg_locks and pg_class.relfilenode inside a transaction).
 */
final class PostgresModel {
    /** Functions whose value differs per row: a default calling one fills every existing row, so the table is rewritten. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(gen_random_uuid|uuid_generate_v[1-5]\\w*|random|clock_timestamp|timeofday|nextval|gen_random_bytes"
                    + "|txid_current)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private final Target target;
    private final Schema schema;
    private final UnaryOperator<String> typeName;
    private final Map<String, PgLock> locks = new LinkedHashMap<>();
    private final List<PostgresVerdict.Cause> causes = new ArrayList<>();
    private Change current;
    private List<Change> statement = List.of();
    private Work work = Work.CATALOG;

    PostgresModel(Target target, Schema schema, UnaryOperator<String> typeName) {
        this.target = target;
        this.schema = schema;
        this.typeName = typeName;
    }

    /** The type a column is changed to, as messages name it: a temporary enum under the name it is renamed to later. */
    private String render(DataType t) {
        String shown = MysqlModel.render(t);
        String named = typeName.apply(t.name());
        return named.equals(t.name()) ? shown : "the new " + named + " (" + shown + ")";
    }

    Optional<Verdict> predict(String table, List<Change> changes) {
        this.statement = changes;
        boolean any = false;
        for (Change change : changes) {
            if (!CostModel.isDdl(change) && !(change instanceof DataChange dc && dc.kind() == DataChange.Kind.TRUNCATE)
                    && !(change instanceof AlterEnumType)) {
                continue;
            }
            current = change;
            if (!judge(change)) {
                return Optional.empty();
            }
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new PostgresVerdict(target, table, false, locks, work, causes));
    }

    private void lock(String table, PgLock lock) {
        locks.merge(table, lock, PgLock::max);
    }

    private void does(Work w, String why) {
        if (w.compareTo(work) > 0) {
            work = w;
        }
        causes.add(new PostgresVerdict.Cause(current, w, why));
    }

    /** Records what one change takes and does; false when we cannot tell. */
    private boolean judge(Change change) {
        if (change instanceof AddColumn ac) {
            lock(ac.table(), PgLock.ACCESS_EXCLUSIVE);
            addColumn(ac.column());
            return true;
        }
        if (change instanceof DropColumn dc) {
            lock(dc.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "dropping column " + q(dc.column()) + " (the space is reclaimed later)");
            return true;
        }
        if (change instanceof RenameColumn rc) {
            lock(rc.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "renaming column " + q(rc.from()));
            return true;
        }
        if (change instanceof RenameTable rt) {
            lock(rt.from(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "renaming the table to " + q(rt.to()));
            return true;
        }
        if (change instanceof ModifyColumn mc) {
            lock(mc.table(), PgLock.ACCESS_EXCLUSIVE);
            return modifyColumn(mc);
        }
        if (change instanceof AddIndex ai) {
            String name = ai.index().name().map(n -> " " + q(n)).orElse("");
            if (ai.concurrently()) {
                lock(ai.table(), PgLock.SHARE_UPDATE_EXCLUSIVE);
                does(Work.INDEX_BUILD, "building index" + name + " concurrently");
            } else if (ai.inAlterTable()) {
                lock(ai.table(), PgLock.ACCESS_EXCLUSIVE);
                does(Work.INDEX_BUILD, "building the index of UNIQUE constraint" + name);
            } else {
                lock(ai.table(), PgLock.SHARE);
                does(Work.INDEX_BUILD, "building index" + name);
            }
            return true;
        }
        if (change instanceof DropIndex di) {
            Optional<String> table = di.table().or(() -> schema.tableOfIndex(di.name()).map(Table::name));
            if (table.isEmpty()) {
                return false;
            }
            lock(table.get(), di.concurrently() ? PgLock.SHARE_UPDATE_EXCLUSIVE : PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "dropping index " + q(di.name()));
            return true;
        }
        if (change instanceof RenameIndex ri) {
            Optional<String> table = ri.table().or(() -> schema.tableOfIndex(ri.from()).map(Table::name));
            if (table.isEmpty()) {
                return false;
            }
            lock(table.get(), PgLock.NONE); // SHARE UPDATE EXCLUSIVE on the index only (PostgreSQL 12+), none on the table
            does(Work.CATALOG, "renaming index " + q(ri.from()));
            return true;
        }
        if (change instanceof AddForeignKey af) {
            // both tables: the referencing one is checked, the referenced one gets the triggers
            lock(af.table(), PgLock.SHARE_ROW_EXCLUSIVE);
            lock(af.foreignKey().referencedTable(), PgLock.SHARE_ROW_EXCLUSIVE);
            boolean newColumns = af.foreignKey().columns().stream().allMatch(col -> statementAdds(af.table(), col));
            if (af.notValid()) {
                does(Work.CATALOG, "adding a foreign key NOT VALID (existing rows unchecked)");
            } else if (newColumns) {
                does(Work.CATALOG, "adding a foreign key on a column added by the same statement (nothing to check)");
            } else {
                does(Work.SCAN, "adding a foreign key, checked against every row");
            }
            return true;
        }
        if (change instanceof AddCheck ac) {
            lock(ac.table(), PgLock.ACCESS_EXCLUSIVE);
            if (ac.notValid()) {
                does(Work.CATALOG, "adding a CHECK constraint NOT VALID (existing rows unchecked)");
            } else {
                does(Work.SCAN, "adding a CHECK constraint, checked against every row");
            }
            return true;
        }
        if (change instanceof AddPrimaryKey ap) {
            lock(ap.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.INDEX_BUILD, "building the primary key's index");
            return true;
        }
        if (change instanceof DropForeignKey df) {
            lock(df.table(), PgLock.ACCESS_EXCLUSIVE);
            schema.table(df.table()).flatMap(t -> t.foreignKey(df.name()))
                    .ifPresent(fk -> lock(fk.referencedTable(), PgLock.ACCESS_EXCLUSIVE));
            does(Work.CATALOG, "dropping foreign key " + q(df.name()));
            return true;
        }
        if (change instanceof DropPrimaryKey dp) {
            lock(dp.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "dropping the primary key");
            return true;
        }
        if (change instanceof DropConstraint dc) {
            lock(dc.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "dropping constraint " + q(dc.name()));
            return true;
        }
        if (change instanceof DropTable dt) {
            lock(dt.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "dropping the table");
            return true;
        }
        if (change instanceof DataChange dc) { // TRUNCATE
            lock(dc.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.REWRITE, "truncating the table (it gets a new, empty file)");
            return true;
        }
        if (change instanceof AlterEnumType at) {
            does(Work.CATALOG, "changing enum type " + q(at.name()) + " (locks the type, not the tables using it)");
            return true;
        }
        if (change instanceof AttachIndex ai) {
            lock(ai.table(), PgLock.ACCESS_EXCLUSIVE);
            does(Work.CATALOG, "making index " + q(ai.index()) + " the " + (ai.primaryKey() ? "primary key"
                    : "UNIQUE constraint") + " (no rows are read)");
            return true;
        }
        if (change instanceof ValidateConstraint vc) {
            lock(vc.table(), PgLock.SHARE_UPDATE_EXCLUSIVE);
            does(Work.SCAN, "validating constraint " + q(vc.name()) + " (reads and writes go on)");
            return true;
        }
        return false;
    }

    private boolean statementAdds(String table, String column) {
        return statement.stream().anyMatch(c -> c instanceof AddColumn ac && ac.table().equals(table)
                && ac.column().name().equals(column));
    }

    private void addColumn(ColumnDef column) {
        String name = q(column.name());
        if (column.autoIncrement()) {
            does(Work.REWRITE, "adding " + name + " with a sequence (SERIAL or IDENTITY) fills every row");
        } else if (column.generated()) {
            does(Work.REWRITE, "adding generated column " + name + " computes it for every row");
        } else if (column.defaultValue().filter(d -> VOLATILE.matcher(d).find()).isPresent()) {
            does(Work.REWRITE, "adding " + name + " with a volatile default (" + column.defaultValue().get()
                    + ") fills every row");
        } else {
            does(Work.CATALOG, "adding column " + name);
        }
        if (column.primaryKey()) {
            does(Work.INDEX_BUILD, "building the primary key's index");
        }
    }

    private boolean modifyColumn(ModifyColumn mc) {
        String name = q(mc.column());
        ColumnAlteration a = mc.alteration();
        if (a instanceof ColumnAlteration.SetDefault || a instanceof ColumnAlteration.DropDefault) {
            does(Work.CATALOG, "changing the default of " + name);
            return true;
        }
        if (a instanceof ColumnAlteration.DropNotNull) {
            does(Work.CATALOG, "dropping NOT NULL on " + name);
            return true;
        }
        Optional<Column> before = schema.column(mc.table(), mc.column());
        if (a instanceof ColumnAlteration.SetNotNull) {
            boolean proven = schema.table(mc.table()).map(t -> t.checkExpressions().stream()
                    .anyMatch(check -> provesNotNull(check, mc.column()))).orElse(false);
            if (proven) {
                does(Work.CATALOG, "setting NOT NULL on " + name + " (a CHECK constraint already proves it)");
            } else {
                does(Work.SCAN, "setting NOT NULL on " + name + " checks every row");
            }
            return true;
        }
        if (a instanceof ColumnAlteration.SetType st) {
            if (before.isEmpty()) {
                return false;
            }
            DataType from = before.get().type();
            if (st.using().isEmpty() && binaryCoercible(from, st.type())) {
                does(Work.CATALOG, "changing " + name + " from " + MysqlModel.render(from) + " to " + render(st.type())
                        + " (same storage)");
            } else {
                boolean zone = !from.name().equals(st.type().name()) && st.using().isEmpty()
                        && Set.of("TIMESTAMP", "TIMESTAMPTZ").containsAll(List.of(from.name(), st.type().name()));
                does(Work.REWRITE, "changing " + name + " from " + MysqlModel.render(from) + " to " + render(st.type())
                        + " rewrites every row and rebuilds its indexes"
                        + (zone ? " (unless the session time zone is UTC, where PostgreSQL 12+ keeps the rows)" : ""));
            }
            return true;
        }
        return false;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A CHECK of the form {@code col IS NOT NULL}, which lets SET NOT NULL skip its scan (PostgreSQL 12+). */
    private static boolean provesNotNull(String check, String column) {
        String bare = check.replace("\"", "").replace('(', ' ').replace(')', ' ');
        String c = WHITESPACE.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return c.equals(column.toLowerCase(Locale.ROOT) + " is not null");
    }

    /**
     * Changes PostgreSQL makes without touching the rows: a longer or unbounded VARCHAR, VARCHAR to TEXT, more
     * NUMERIC precision at the same scale, more fractional digits of a TIMESTAMP.
     */
    static boolean binaryCoercible(DataType from, DataType to) {
        if (from.array() != to.array()) {
            return false;
        }
        if (from.name().equals(to.name()) && from.args().equals(to.args())) {
            return true;
        }
        String f = from.name();
        String t = to.name();
        boolean textLike = f.equals("VARCHAR") || f.equals("TEXT");
        if (textLike && (t.equals("TEXT") || t.equals("VARCHAR") && to.args().isEmpty())) {
            return true;
        }
        if (f.equals("VARCHAR") && t.equals("VARCHAR")) {
            return from.args().size() == 1 && to.args().size() == 1
                    && number(to.args().get(0)) >= number(from.args().get(0));
        }
        if (f.equals("DECIMAL") && t.equals("DECIMAL")) {
            if (to.args().isEmpty()) {
                return true;
            }
            int fromScale = from.args().size() > 1 ? number(from.args().get(1)) : 0;
            int toScale = to.args().size() > 1 ? number(to.args().get(1)) : 0;
            return !from.args().isEmpty() && fromScale == toScale
                    && number(to.args().get(0)) >= number(from.args().get(0));
        }
        if ((f.equals("TIMESTAMP") || f.equals("TIMESTAMPTZ")) && f.equals(t)) {
            int fromPrecision = from.args().isEmpty() ? 6 : number(from.args().get(0));
            int toPrecision = to.args().isEmpty() ? 6 : number(to.args().get(0));
            return toPrecision >= fromPrecision;
        }
        return false;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }
}
