package dev.migralint.sql;

import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
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
        parser.ReInit(new StringProvider(sql));
        parser.jjtree.reset(); // ReInit leaves the syntax-tree stack of the last parse
        return parser;
    }

    /** Drops this thread's parser: the next statement gets a fresh one. */
    static void failed() {
        PER_THREAD.remove();
    }
}
