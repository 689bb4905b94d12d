package dev.migralint.online;

import dev.migralint.change.AlterEnumType;
import dev.migralint.change.Change;
import dev.migralint.change.Changes;
import dev.migralint.change.CreateEnumType;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropType;
import dev.migralint.change.Other;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.Transaction;
import dev.migralint.change.Unparsed;
import dev.migralint.schema.Schema;
import dev.migralint.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Predicts what one statement does to a live server of the target (see {@link Verdict}). */
public final class CostModel {
    private CostModel() {
    }

    /**
     * The verdict for one statement, given as the changes it lowered to, with the schema as it stood before the
     * statement. {@code newTable} tells tables created earlier in the same migration. Empty when the statement
     * changes no table (DML, transactions), or has a part the model cannot judge: no prediction rather than a wrong
     * one.
     */
    public static Optional<Verdict> predict(Target target, List<Change> statement, Schema before,
                                            Predicate<String> newTable) {
        return predict(target, statement, before, newTable, UnaryOperator.identity());
    }

    /**
     * As above; {@code typeName} gives a type as messages name it (Prisma rewrites a PostgreSQL enum as a type
     * {@code Role_new} that a later statement renames {@code Role}).
     */
    public static Optional<Verdict> predict(Target target, List<Change> statement, Schema before,
                                            Predicate<String> newTable, UnaryOperator<String> typeName) {
        Optional<String> table = statement.stream().filter(CostModel::modelled)
                .flatMap(c -> tableOf(c, before).stream())
                .findFirst();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        boolean created = statement.stream().anyMatch(c -> c instanceof CreateTable || c instanceof CreateEnumType)
                || newTable.test(table.get());
        if (created && target.mysqlFamily()) {
            // nothing waits on a new table, but the server still refuses an ALGORITHM= or LOCK= it cannot give
            Optional<Verdict> refusal = new MysqlModel(target).predict(table.get(), statement, before.table(table.get()))
                    .map(MysqlVerdict.class::cast).filter(v -> v.refused().isPresent()).map(MysqlVerdict::onNewTable);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (created) {
            return Optional.of(target.mysqlFamily()
                    ? new MysqlVerdict(target, table.get(), true, MysqlVerdict.Algorithm.INSTANT, false,
                    MysqlVerdict.Lock.NONE, List.of("a table created in this migration"), Optional.empty())
                    : new PostgresVerdict(target, table.get(), true, java.util.Map.of(),
                    PostgresVerdict.Work.CATALOG, List.of()));
        }
        if (target.mysqlFamily()) {
            return new MysqlModel(target).predict(table.get(), statement, before.table(table.get()));
        }
        return new PostgresModel(target, before, typeName).predict(table.get(), statement);
    }

    /** The table a change works on; PostgreSQL's DROP INDEX and ALTER INDEX name only the index. */
    private static Optional<String> tableOf(Change c, Schema schema) {
        if (c instanceof AlterEnumType a) {
            return Optional.of(a.name());
        }
        if (c instanceof DropIndex d && d.table().isEmpty()) {
            return schema.tableOfIndex(d.name()).map(Table::name);
        }
        if (c instanceof RenameIndex r && r.table().isEmpty()) {
            return schema.tableOfIndex(r.from()).map(Table::name);
        }
        return Changes.tables(c).stream().findFirst();
    }

    /** What a verdict is about: DDL, enum changes, and TRUNCATE (which PostgreSQL runs like DDL). */
    private static boolean modelled(Change c) {
        return isDdl(c) || c instanceof AlterEnumType
                || c instanceof DataChange d && d.kind() == DataChange.Kind.TRUNCATE;
    }

    /** Changes to a table's definition, as opposed to rows, transactions, types and what we could not read. */
    static boolean isDdl(Change c) {
        return !(c instanceof DataChange || c instanceof Transaction || c instanceof Unparsed
                || c instanceof CreateEnumType || c instanceof AlterEnumType || c instanceof DropType
                || c instanceof Other o && o.table().isEmpty());
    }
}
