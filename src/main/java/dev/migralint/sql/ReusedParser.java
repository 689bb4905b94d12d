package dev.migralint.sql;

import java.io.IOException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.Provider;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * One JSqlParser per thread, re-initialised for each statement instead of built anew. Building a {@code CCJSqlParser}
 * allocates its token manager, character buffers and some thousand look-ahead slots, which took most of the parse time
 * of a typical migration statement; {@code ReInit} keeps them.
 *
 * <p>Only a parser whose last parse succeeded is reused: after a failure JSqlParser can leave its bracket and CASE
 * counters mid-statement. JSqlParser also keeps two look-ahead caches keyed by token that nothing clears, so a parser
 * is replaced after {@link #MAX_USES} statements to bound them. Each thread has its own parser (the parse worker's
 * thread, or the caller's): a parse abandoned on a timed-out thread never shares a parser with the next one.
 */
final class ReusedParser extends CCJSqlParser {
    static final int MAX_USES = 500;
    private static final ThreadLocal<ReusedParser> PER_THREAD = new ThreadLocal<>();

    // fully qualified: inside a JSqlParser subclass, a bare Dialect means JSqlParser's own
    private final dev.migralint.source.Dialect dialect;
    private int uses;

    private ReusedParser(dev.migralint.source.Dialect dialect) {
        super(new StringProvider(""));
        this.dialect = dialect;
        if (dialect == dev.migralint.source.Dialect.MYSQL) {
            withDialect(AbstractJSqlParser.Dialect.MYSQL);
        }
    }

    /** This thread's parser for the dialect, set to read {@code sql}. Call {@link #failed()} when a parse throws. */
    static ReusedParser of(String sql, dev.migralint.source.Dialect dialect) {
        ReusedParser parser = PER_THREAD.get();
        if (parser == null || parser.dialect != dialect || parser.uses >= MAX_USES) {
            parser = new ReusedParser(dialect);
            PER_THREAD.set(parser);
        }
        parser.uses++;
        parser.ReInit(new StatementText(sql));
        parser.jjtree.reset(); // ReInit leaves the syntax-tree stack of the last parse
        return parser;
    }

    /** Drops this thread's parser: the next statement gets a fresh one. */
    static void failed() {
        PER_THREAD.remove();
    }

    /**
     * The statement's characters, like JSqlParser's {@code StringProvider}, but ending in an {@link IOException}
     * without a stack trace. JSqlParser's character stream answers a reader's end of input ({@code -1}) with a new
     * {@code IOException}, which its token manager catches and drops; that happens about three times per statement,
     * each filling in a stack trace as deep as the parser's look-ahead, and took a sixth of the parse of a short
     * statement. Thrown from here, it goes the same way: the stream's handler steps back and rethrows it, and the
     * token manager drops it.
     */
    private static final class StatementText implements Provider {
        private final String text;
        private int position;

        StatementText(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position == text.length()) {
                throw new EndOfText();
            }
            int count = Math.min(Math.min(length, buffer.length - offset), text.length() - position);
            text.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    private static final class EndOfText extends IOException {
        EndOfText() {
            super("end of statement");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // nobody reads it: see StatementText
        }
    }
}
