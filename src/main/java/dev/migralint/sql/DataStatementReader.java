package dev.migralint.sql;

import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.change.Other;
import dev.migralint.change.RowsReached;
import dev.migralint.change.Transaction;
import dev.migralint.change.Unparsed;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * The changes of a statement JSqlParser accepted that is not DDL ({@link GateVerdict.ParsedOther}), from its AST:
 * INSERT, UPDATE, DELETE and TRUNCATE as {@link DataChange}s, COMMIT and ROLLBACK, CREATE VIEW, and an {@link Other}
 * naming anything else. DDL never comes here: {@link DdlReader} reads it from the tokens. Every change covers the
 * whole statement.
 */
final class DataStatementReader {
    private final Dialect dialect;

    DataStatementReader(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The changes of {@code ast}; {@code tokens} and {@code end} (the length of its text) are the statement's. */
    List<ClauseChange> read(Statement ast, List<Token> tokens, int end) {
        if (ast instanceof Truncate truncate) {
            return truncated(truncate, end);
        }
        return List.of(new ClauseChange(change(ast, tokens), 0, end));
    }

    private Change change(Statement ast, List<Token> tokens) {
        if (ast instanceof Insert insert) {
            return new DataChange(DataChange.Kind.INSERT, name(insert.getTable()), List.of(), Optional.empty());
        }
        if (ast instanceof Update update) {
            boolean narrowed = present(update.getJoins()) || present(update.getStartJoins())
                    || update.getFromItem() != null || update.getLimit() != null;
            return new DataChange(DataChange.Kind.UPDATE, name(update.getTable()), filledColumns(update),
                    Optional.ofNullable(update.getWhere()).map(Object::toString),
                    reached(update.getWhere(), narrowed));
        }
        if (ast instanceof Delete delete) {
            return deleted(delete);
        }
        if (ast instanceof Commit) {
            return new Transaction(Transaction.Kind.COMMIT);
        }
        if (ast instanceof RollbackStatement) {
            return new Transaction(Transaction.Kind.ROLLBACK);
        }
        if (ast instanceof CreateView view) {
            // the name matters: a view under a renamed table's old name keeps old readers working
            return new Other("CREATE VIEW", Optional.of(name(view.getView())));
        }
        if (ast instanceof UnsupportedStatement) {
            return new Unparsed("could not parse this statement: `" + tokens.get(0).text()
                    + (tokens.size() > 1 ? " " + tokens.get(1).text() : "") + "` is not a statement Migralint knows");
        }
        return Other.of(describe(ast));
    }

    /** The columns an UPDATE gives values to; {@code SET col = NULL} fills nothing, so it is no backfill. */
    private List<String> filledColumns(Update update) {
        List<String> columns = new ArrayList<>();
        if (update.getUpdateSets() == null) {
            return columns;
        }
        for (UpdateSet set : update.getUpdateSets()) {
            for (int i = 0; i < set.getColumns().size(); i++) {
                boolean toNull = set.getValues() != null && i < set.getValues().size()
                        && set.getValue(i) instanceof NullValue;
                if (!toNull) {
                    columns.add(Names.of(set.getColumns().get(i).getColumnName(), dialect));
                }
            }
        }
        return columns;
    }

    private Change deleted(Delete delete) {
        Optional<String> condition = Optional.ofNullable(delete.getWhere()).map(Object::toString);
        boolean narrowed = present(delete.getJoins()) || present(delete.getUsingList()) || delete.getLimit() != null;
        if (condition.isEmpty() && narrowed) {
            condition = Optional.of("<join or limit>"); // removes some rows, not all
        }
        return new DataChange(DataChange.Kind.DELETE, name(delete.getTable()), List.of(), condition,
                reached(delete.getWhere(), narrowed));
    }

    /**
     * The rows an UPDATE or DELETE reaches for sure. A join, a FROM list or a LIMIT keeps only some of the rows its
     * WHERE matches, so then none is certain.
     */
    private RowsReached reached(Expression where, boolean narrowed) {
        if (narrowed) {
            return RowsReached.NONE_FOR_SURE;
        }
        if (where == null) {
            return RowsReached.EVERY_ROW;
        }
        return RowsReached.nullsOf(WhereNulls.matchedNullColumns(where, dialect));
    }

    private static boolean present(List<?> list) {
        return list != null && !list.isEmpty();
    }

    /** One change a table: {@code TRUNCATE a, b} empties both. */
    private List<ClauseChange> truncated(Truncate truncate, int end) {
        List<ClauseChange> out = new ArrayList<>();
        List<Table> tables = truncate.getTables() != null && !truncate.getTables().isEmpty()
                ? truncate.getTables() : List.of(truncate.getTable());
        for (Table t : tables) {
            out.add(new ClauseChange(new DataChange(DataChange.Kind.TRUNCATE, name(t), List.of(), Optional.empty()),
                    0, end));
        }
        return out;
    }

    private String name(Table table) {
        return table == null ? "" : Names.of(table.getName(), dialect);
    }

    /** What a statement is, from its AST class: {@code AlterSequence} → {@code ALTER SEQUENCE}. */
    static String describe(Statement ast) {
        return DESCRIPTIONS.get(ast.getClass());
    }

    /** Once per class, not per statement: the regex was compiled anew for each of a file's plain SELECTs. */
    private static final ClassValue<String> DESCRIPTIONS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
        }
    };
}
