package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.List;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser as the judge of whether a statement is valid SQL, for every statement neither a known shape nor the
 * strict grammar vouches for. Called directly on this thread (its thread-per-parse helper is 5-8x slower), through
 * {@link ReusedParser}, on the statement as {@link JSqlParserRewrites} spells it. Its AST gives the changes only of
 * statements that are not DDL ({@link GateVerdict#parsed}); a failure becomes the message {@link ParseFailures} words.
 */
final class JSqlParserCheck {
    /**
     * Deeper nesting than any migration needs: JSqlParser's time grows about with the cube of the depth (1,000
     * levels take seconds), so such statements are refused before it sees them.
     */
    static final int MAX_NESTING = 200;

    private final Dialect dialect;

    JSqlParserCheck(Dialect dialect) {
        this.dialect = dialect;
    }

    GateVerdict check(String sql, List<Token> tokens) {
        if (nestingDepth(tokens) > MAX_NESTING) {
            return new GateVerdict.Rejected("statement is nested more than " + MAX_NESTING + " parentheses deep; it was "
                    + "not parsed", 0, Math.min(sql.length(), ParseFailures.firstTokenOffset(sql) + 1));
        }
        return parse(sql, JSqlParserRewrites.rewrite(sql, tokens, dialect));
    }

    private static int nestingDepth(List<Token> tokens) {
        int depth = 0;
        int max = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                max = Math.max(max, ++depth);
            } else if (t.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /** {@code text} is {@code sql} rewritten, of the same length: offsets into one are offsets into the other. */
    private GateVerdict parse(String sql, String text) {
        Statement parsed;
        try {
            ReusedParser parser = ReusedParser.of(text, dialect);
            parsed = parser.Statement();
            net.sf.jsqlparser.parser.Token next = parser.getNextToken();
            if (next.kind != 0) {
                // JSqlParser reads one statement and its ';', and leaves the rest: in a piece a DELIMITER ended,
                // "SELECT 1; DROP TABLE t" would be the SELECT alone. The server runs both; unread, it is an error.
                ReusedParser.failed();
                int at = ParseFailures.offsetOf(text, next.beginLine, next.beginColumn);
                return new GateVerdict.Rejected("another statement starts here, in the same piece as the one before it "
                        + "(a ';' inside a DELIMITER block?); it was not checked", at, sql.length());
            }
        } catch (ParseException e) {
            ReusedParser.failed();
            return ParseFailures.located(e, text);
        } catch (StackOverflowError e) {
            ReusedParser.failed();
            return new GateVerdict.Rejected("statement is nested too deeply to parse", 0, sql.length());
        } catch (RuntimeException | Error e) {
            ReusedParser.failed();
            // JavaCC reports lexical errors as an Error subclass; anything else from the parser is its bug, not ours
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            return ParseFailures.fromMessage(String.valueOf(e.getMessage()), text);
        }
        return GateVerdict.parsed(parsed); // outside the try: a failure here is ours, not a parse error
    }
}
