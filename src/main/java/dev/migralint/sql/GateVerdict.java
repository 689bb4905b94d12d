package dev.migralint.sql;

import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * What {@link StatementGate} made of one statement: understood, and then which reader builds its changes, or
 * rejected, with the message the user sees and where it points.
 */
sealed interface GateVerdict {
    /**
     * A shape servers accept that JSqlParser 5.4 rejects or does not model (a PostgreSQL type, a routine, a GRANT).
     * {@link DdlReader} reads it; {@code what} (its first words) names it where the reader gives nothing.
     */
    record KnownShape(String what) implements GateVerdict {
    }

    /** DDL in a shape Prisma writes, read to its end by {@link StrictDdlGrammar}: JSqlParser would only confirm it. */
    record StrictDdl() implements GateVerdict {
    }

    /** DDL JSqlParser accepted. {@link DdlReader} reads it; the AST only names a shape the reader does not know. */
    record ParsedDdl(Statement ast) implements GateVerdict {
    }

    /** Any other statement JSqlParser accepted (data, transactions, views): its AST gives the change. */
    record ParsedOther(Statement ast) implements GateVerdict {
    }

    /** Not understood: the message, and the offsets within the statement text it points at. */
    record Rejected(String message, int offset, int endOffset) implements GateVerdict {
    }

    /** The verdict on a statement JSqlParser parsed: DDL (of the kinds {@link DdlReader} reads) or not. */
    static GateVerdict parsed(Statement ast) {
        boolean ddl = ast instanceof Alter || ast instanceof CreateTable || ast instanceof CreateIndex
                || ast instanceof RenameTableStatement
                || ast instanceof Drop drop && (drop.getType().equalsIgnoreCase("TABLE")
                || drop.getType().equalsIgnoreCase("INDEX"));
        return ddl ? new ParsedDdl(ast) : new ParsedOther(ast);
    }
}
