package dev.migralint.schema;

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
import dev.migralint.change.CreateEnumType;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.DropType;
import dev.migralint.change.EnumAlteration;
import dev.migralint.change.ForeignKeyDef;
import dev.migralint.change.IndexDef;
import dev.migralint.change.IndexKind;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import dev.migralint.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema as the history so far has built it. Starts empty; {@link #apply} replays one change. A change that
 * refers to something the history never created (a table made by hand, before Prisma) is applied as far as it can
 * be and otherwise ignored: the history is evidence, not a complete truth.
 */
public final class Schema {
    private final NameRules names;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();

    public Schema(NameRules names) {
        this.names = names;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(names.tableKey(name)));
    }

    public Collection<Table> tables() {
        return List.copyOf(tables.values());
    }

    public Optional<Column> column(String table, String column) {
        return table(table).flatMap(t -> t.column(column));
    }

    /**
     * The enum type of this name. A column's type written unquoted comes upper-cased, as built-in type names are
     * ({@code ADD COLUMN c subscription_interval} is {@code SUBSCRIPTION_INTERVAL}): when no type has the name exactly,
     * the one type whose name differs only in case is it.
     */
    public Optional<EnumType> enumType(String name) {
        EnumType exact = enums.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<EnumType> ignoringCase = enums.values().stream().filter(e -> e.name().equalsIgnoreCase(name)).toList();
        return ignoringCase.size() == 1 ? Optional.of(ignoringCase.get(0)) : Optional.empty();
    }

    /** The table holding an index, for PostgreSQL's {@code DROP INDEX name}, whose index names are schema-wide. */
    public Optional<Table> tableOfIndex(String indexName) {
        return tables.values().stream().filter(t -> t.index(indexName).isPresent()).findFirst();
    }

    /** Foreign keys of any table that reference {@code table}. */
    public List<ForeignKey> foreignKeysReferencing(String table) {
        List<ForeignKey> out = new ArrayList<>();
        for (Table t : tables.values()) {
            out.addAll(t.foreignKeysTo(table));
        }
        return out;
    }

    /**
     * Says what a {@code DROP CONSTRAINT} really drops, as far as the schema knows: a foreign key, a UNIQUE
     * constraint (an index), or the primary key. Other changes come back unchanged.
     */
    public Change resolve(Change change) {
        if (change instanceof DropConstraint dc) {
            Optional<Table> t = table(dc.table());
            if (t.isPresent()) {
                Table table = t.get();
                if (table.foreignKey(dc.name()).isPresent()) {
                    return new DropForeignKey(dc.table(), dc.name());
                }
                if (table.index(dc.name()).isPresent()) {
                    return new DropIndex(Optional.of(dc.table()), dc.name(), false);
                }
                if (table.primaryKeyName().filter(n -> names.sameColumn(n, dc.name())).isPresent()) {
                    return new DropPrimaryKey(dc.table());
                }
            }
        }
        return change;
    }

    public void apply(Change change) {
        Change c = resolve(change);
        if (c instanceof CreateTable ct) {
            if (!(ct.ifNotExists() && table(ct.table()).isPresent())) {
                createTable(ct);
            }
        } else if (c instanceof DropTable dt) {
            tables.remove(names.tableKey(dt.table()));
        } else if (c instanceof RenameTable rt) {
            renameTable(rt);
        } else if (c instanceof AddColumn ac) {
            table(ac.table()).ifPresent(t -> addColumn(t, ac.column()));
        } else if (c instanceof DropColumn dc) {
            table(dc.table()).ifPresent(t -> dropColumn(t, dc.column()));
        } else if (c instanceof ModifyColumn mc) {
            table(mc.table()).ifPresent(t -> modifyColumn(t, mc));
        } else if (c instanceof RenameColumn rc) {
            table(rc.table()).ifPresent(t -> renameColumn(t, rc));
        } else if (c instanceof AddIndex ai) {
            table(ai.table()).ifPresent(t -> t.addIndex(toIndex(t, ai.index())));
        } else if (c instanceof DropIndex di) {
            di.table().flatMap(this::table).or(() -> tableOfIndex(di.name()))
                    .ifPresent(t -> t.removeIndex(di.name()));
        } else if (c instanceof RenameIndex ri) {
            renameIndex(ri);
        } else if (c instanceof AddForeignKey af) {
            table(af.table()).ifPresent(t -> t.addForeignKey(toForeignKey(t, af.foreignKey())));
        } else if (c instanceof DropForeignKey df) {
            // MySQL leaves the index it made for the key in place; so do we
            table(df.table()).ifPresent(t -> t.removeForeignKey(df.name()));
        } else if (c instanceof AddPrimaryKey ap) {
            table(ap.table()).ifPresent(t -> setPrimaryKey(t, ap.columns(), ap.name()));
        } else if (c instanceof DropPrimaryKey dp) {
            table(dp.table()).ifPresent(t -> t.setPrimaryKey(List.of(), Optional.empty()));
        } else if (c instanceof DropConstraint dc) {
            table(dc.table()).ifPresent(t -> t.removeCheck(dc.name()));
        } else if (c instanceof AttachIndex ai) {
            attach(ai);
        } else if (c instanceof ValidateConstraint vc) {
            table(vc.table()).ifPresent(t -> t.validateCheck(vc.name()));
        } else if (c instanceof AddCheck ac) {
            table(ac.table()).ifPresent(t -> t.addCheck(ac.name().orElse(ac.table() + "_chk"), ac.expression()));
        } else if (c instanceof CreateEnumType ce) {
            enums.put(ce.name(), new EnumType(ce.name(), ce.values()));
        } else if (c instanceof AlterEnumType ae) {
            alterEnum(ae);
        } else if (c instanceof DropType dt) {
            enums.remove(dt.name());
            if (dt.cascade()) {
                columnsOfType(dt.name()).forEach(this::apply); // CASCADE drops the columns that use it
            }
        }
        // DataChange, Transaction, Other, Unparsed: no schema effect
    }

    private void createTable(CreateTable ct) {
        Table t = new Table(ct.table(), names);
        tables.put(names.tableKey(ct.table()), t);
        List<String> pk = new ArrayList<>(ct.primaryKey());
        for (ColumnDef def : ct.columns()) {
            addColumn(t, def);
            if (def.primaryKey() && pk.stream().noneMatch(p -> names.sameColumn(p, def.name()))) {
                pk.add(def.name());
            }
        }
        setPrimaryKey(t, pk, ct.primaryKeyName());
        for (IndexDef idx : ct.indexes()) {
            t.addIndex(toIndex(t, idx));
        }
        for (ForeignKeyDef fk : ct.foreignKeys()) {
            t.addForeignKey(toForeignKey(t, fk));
        }
    }

    private void addColumn(Table t, ColumnDef def) {
        t.putColumn(Column.from(def));
        if (def.unique()) {
            t.addIndex(toIndex(t, new IndexDef(Optional.empty(), List.of(def.name()), IndexKind.UNIQUE)));
        }
        if (def.primaryKey() && t.primaryKey().isEmpty()) {
            t.setPrimaryKey(List.of(def.name()), Optional.empty());
        }
    }

    private void setPrimaryKey(Table t, List<String> columns, Optional<String> pkName) {
        t.setPrimaryKey(columns, pkName);
        for (String c : columns) { // primary key columns are NOT NULL in every dialect we read
            t.column(c).ifPresent(col -> t.putColumn(col.withNullable(false)));
        }
    }

    private void renameTable(RenameTable rt) {
        Table t = tables.remove(names.tableKey(rt.from()));
        if (t == null) {
            return;
        }
        t.rename(rt.to());
        tables.put(names.tableKey(rt.to()), t);
        for (ForeignKey fk : List.copyOf(t.foreignKeys())) {
            t.replaceForeignKey(fk, new ForeignKey(fk.name(), rt.to(), fk.columns(),
                    fk.referencedTable().equals(rt.from()) ? rt.to() : fk.referencedTable(), fk.referencedColumns()));
        }
        for (Table other : tables.values()) {
            for (ForeignKey fk : List.copyOf(other.foreignKeys())) {
                if (fk.referencedTable().equals(rt.from())) {
                    other.replaceForeignKey(fk, new ForeignKey(fk.name(), other.name(), fk.columns(), rt.to(),
                            fk.referencedColumns()));
                }
            }
        }
    }

    private void dropColumn(Table t, String column) {
        t.removeColumn(column);
        for (Index idx : List.copyOf(t.indexes())) {
            List<String> rest = idx.columns().stream().filter(c -> !names.sameColumn(c, column)).toList();
            if (rest.isEmpty()) {
                t.removeIndexItself(idx);
            } else if (rest.size() != idx.columns().size()) {
                t.replaceIndex(idx, new Index(idx.name(), rest, idx.kind()));
            }
        }
        for (ForeignKey fk : List.copyOf(t.foreignKeys())) {
            if (fk.columns().stream().anyMatch(c -> names.sameColumn(c, column))) {
                t.removeForeignKey(fk.name());
            }
        }
        if (t.primaryKey().stream().anyMatch(c -> names.sameColumn(c, column))) {
            t.setPrimaryKey(t.primaryKey().stream().filter(c -> !names.sameColumn(c, column)).toList(),
                    t.primaryKeyName());
        }
    }

    private void modifyColumn(Table t, ModifyColumn mc) {
        Optional<Column> before = t.column(mc.column());
        ColumnAlteration a = mc.alteration();
        if (a instanceof ColumnAlteration.Redefine r) {
            Column after = Column.from(r.after().withName(mc.column()));
            if (t.primaryKey().stream().anyMatch(c -> names.sameColumn(c, mc.column()))) {
                after = after.withNullable(false);
            }
            t.putColumn(after);
            return;
        }
        if (before.isEmpty()) {
            return;
        }
        Column col = before.get();
        if (a instanceof ColumnAlteration.SetType st) {
            col = col.withType(st.type());
        } else if (a instanceof ColumnAlteration.SetDefault sd) {
            col = col.withDefault(Optional.of(sd.expression()));
        } else if (a instanceof ColumnAlteration.DropDefault) {
            col = col.withDefault(Optional.empty());
        } else if (a instanceof ColumnAlteration.SetNotNull) {
            col = col.withNullable(false);
        } else if (a instanceof ColumnAlteration.DropNotNull) {
            col = col.withNullable(true);
        }
        t.putColumn(col);
    }

    private void renameColumn(Table t, RenameColumn rc) {
        Optional<Column> col = t.column(rc.from());
        if (col.isEmpty()) {
            return;
        }
        t.replaceColumn(rc.from(), col.get().withName(rc.to()));
        // only what names the column is replaced: tables of long histories hold hundreds of indexes and keys
        for (Index idx : List.copyOf(t.indexes())) {
            Index replacement = new Index(idx.name(), renamed(idx.columns(), rc.from(), rc.to()), idx.kind());
            if (!replacement.equals(idx)) {
                t.replaceIndex(idx, replacement);
            }
        }
        for (ForeignKey fk : List.copyOf(t.foreignKeys())) {
            ForeignKey replacement = new ForeignKey(fk.name(), t.name(), renamed(fk.columns(), rc.from(), rc.to()),
                    fk.referencedTable(), fk.referencedColumns());
            if (!replacement.equals(fk)) {
                t.replaceForeignKey(fk, replacement);
            }
        }
        t.setPrimaryKey(renamed(t.primaryKey(), rc.from(), rc.to()), t.primaryKeyName());
        for (Table other : tables.values()) {
            for (ForeignKey fk : List.copyOf(other.foreignKeysTo(t.name()))) {
                ForeignKey replacement = new ForeignKey(fk.name(), other.name(), fk.columns(),
                        fk.referencedTable(), renamed(fk.referencedColumns(), rc.from(), rc.to()));
                if (!replacement.equals(fk)) {
                    other.replaceForeignKey(fk, replacement);
                }
            }
        }
    }

    private List<String> renamed(List<String> columns, String from, String to) {
        return columns.stream().map(c -> names.sameColumn(c, from) ? to : c).toList();
    }

    private void renameIndex(RenameIndex ri) {
        Optional<Table> holder = ri.table().flatMap(this::table).or(() -> tableOfIndex(ri.from()))
                .or(() -> tables.values().stream()
                        .filter(t -> t.foreignKey(ri.from()).isPresent()
                                || t.primaryKeyName().filter(n -> names.sameColumn(n, ri.from())).isPresent())
                        .findFirst());
        if (holder.isEmpty()) {
            return;
        }
        Table t = holder.get();
        t.index(ri.from()).ifPresent(idx -> t.replaceIndex(idx, new Index(ri.to(), idx.columns(), idx.kind())));
        t.foreignKey(ri.from()).ifPresent(fk -> t.replaceForeignKey(fk, new ForeignKey(ri.to(), fk.table(),
                fk.columns(), fk.referencedTable(), fk.referencedColumns())));
        if (t.primaryKeyName().filter(n -> names.sameColumn(n, ri.from())).isPresent()) {
            t.setPrimaryKey(t.primaryKey(), Optional.of(ri.to()));
        }
    }

    /** The columns whose type is the user-defined type {@code name} (a PostgreSQL enum), as drops of them. */
    public List<DropColumn> columnsOfType(String name) {
        List<DropColumn> out = new ArrayList<>();
        for (Table t : tables.values()) {
            for (Column col : t.columns()) {
                if (col.type().userDefined() && col.type().name().equals(name)) {
                    out.add(new DropColumn(t.name(), col.name()));
                }
            }
        }
        return out;
    }

    /** The index becomes the constraint: renamed to its name, and the primary key when it is one. */
    private void attach(AttachIndex ai) {
        table(ai.table()).ifPresent(t -> t.index(ai.index()).ifPresent(idx -> {
            String name = ai.constraint().orElse(idx.name());
            t.replaceIndex(idx, new Index(name, idx.columns(), idx.kind(), idx.partial()));
            if (ai.primaryKey()) {
                t.setPrimaryKey(idx.columns(), Optional.of(name));
            }
        }));
    }

    private void alterEnum(AlterEnumType ae) {
        EnumType e = enums.get(ae.name());
        if (e == null) {
            return;
        }
        EnumAlteration a = ae.alteration();
        if (a instanceof EnumAlteration.AddValue av) {
            List<String> values = new ArrayList<>(e.values());
            int at = values.size();
            if (av.before().isPresent() && values.contains(av.before().get())) {
                at = values.indexOf(av.before().get());
            } else if (av.after().isPresent() && values.contains(av.after().get())) {
                at = values.indexOf(av.after().get()) + 1;
            }
            if (!values.contains(av.value())) {
                values.add(at, av.value());
            }
            enums.put(e.name(), new EnumType(e.name(), values));
        } else if (a instanceof EnumAlteration.RenameValue rv) {
            enums.put(e.name(), new EnumType(e.name(),
                    e.values().stream().map(v -> v.equals(rv.from()) ? rv.to() : v).toList()));
        } else if (a instanceof EnumAlteration.RenameType rt) {
            enums.remove(e.name());
            enums.put(rt.to(), new EnumType(rt.to(), e.values()));
            // columns typed with the enum follow it (Prisma's rewrite renames Role_new to Role)
            for (Table t : tables.values()) {
                for (Column c : t.columns()) {
                    DataType type = c.type();
                    if (type.userDefined() && type.name().equals(e.name())) {
                        t.putColumn(c.withType(new DataType(rt.to(), type.args(), type.unsigned(), type.array(),
                                type.charset(), type.collation(), true)));
                    }
                }
            }
        }
    }

    /** Unnamed indexes are named as the server would: MySQL after the first column, PostgreSQL table_col_key. */
    private Index toIndex(Table t, IndexDef def) {
        String name = def.name().orElseGet(() -> {
            String first = def.columns().isEmpty() ? "idx" : def.columns().get(0);
            if (names == NameRules.MYSQL) {
                return first;
            }
            return t.name() + "_" + String.join("_", def.columns()) + (def.kind().isUnique() ? "_key" : "_idx");
        });
        return new Index(name, def.columns(), def.kind(), def.partial());
    }

    private ForeignKey toForeignKey(Table t, ForeignKeyDef def) {
        String name = def.name().orElseGet(() -> t.name() + "_" + String.join("_", def.columns()) + "_fkey");
        return new ForeignKey(name, t.name(), def.columns(), def.referencedTable(), def.referencedColumns());
    }
}
