package dev.migralint.sql;

import dev.migralint.change.Other;
import dev.migralint.change.Unparsed;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Parse and lower one statement, in two steps. First {@link StatementGate} decides whether the statement is
 * understood: a shape servers accept that JSqlParser rejects, a DDL shape {@link StrictDdlGrammar} reads to its end,
 * or else whatever JSqlParser makes of it. Then one reader builds the changes: {@link DdlReader} for DDL, from the
 * tokens, which keep what JSqlParser's AST drops (and say where each clause is); the AST, through
 * {@link DataStatementReader}, for everything else. A statement the gate rejects becomes {@link Unparsed}.
 */
public final class StatementLowering {
    private final Dialect dialect;
    private final ParseWorker worker;
    private final StatementGate gate;
    private final DataStatementReader dataStatements;

    /** Parses on the calling thread, without a time limit (tests, one-off use). */
    public StatementLowering(Dialect dialect) {
        this(dialect, null);
    }

    /** Parses on {@code worker}, which bounds the time one statement may take. */
    public StatementLowering(Dialect dialect, ParseWorker worker) {
        this(dialect, worker, true);
    }

    /** With {@code strictDdlSkipsParser} off, JSqlParser judges the strict grammar's shapes too (tests compare). */
    StatementLowering(Dialect dialect, ParseWorker worker, boolean strictDdlSkipsParser) {
        this.dialect = dialect;
        this.worker = worker;
        this.gate = new StatementGate(dialect, strictDdlSkipsParser);
        this.dataStatements = new DataStatementReader(dialect);
    }

    public List<LoweredChange> lower(Statement statement, LineMap lines) {
        return lowerAll(List.of(statement), lines).get(0);
    }

    /**
     * Lowers a file's statements, in order. With a worker, they are parsed on it in one hand-off, each bounded by
     * its time limit; a statement that overruns becomes {@link Unparsed}.
     */
    public List<List<LoweredChange>> lowerAll(List<Statement> statements, LineMap lines) {
        if (worker == null) {
            List<List<LoweredChange>> out = new ArrayList<>(statements.size());
            for (Statement st : statements) {
                out.add(lowerHere(st, lines));
            }
            return out;
        }
        List<Callable<List<LoweredChange>>> tasks = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            tasks.add(() -> lowerHere(st, lines));
        }
        List<ParseWorker.Outcome<List<LoweredChange>>> outcomes = worker.runAll(tasks);
        List<List<LoweredChange>> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            if (outcomes.get(i) instanceof ParseWorker.Outcome.Done<List<LoweredChange>> done) {
                out.add(done.value());
            } else {
                out.add(List.of(timedOut(statements.get(i), lines)));
            }
        }
        return out;
    }

    /** An {@link Unparsed} at the first character of a statement the worker gave up on. */
    private LoweredChange timedOut(Statement st, LineMap lines) {
        int start = st.span().start() + ParseFailures.firstTokenOffset(st.text());
        return new LoweredChange(new Unparsed("statement took longer than " + worker.limit().toMillis()
                + " ms to parse (--parse-timeout); it was not checked"),
                lines.span(start, Math.min(st.span().end(), start + 1)));
    }

    private List<LoweredChange> lowerHere(Statement statement, LineMap lines) {
        String sql = statement.text();
        List<Token> tokens = SqlTokens.of(sql, dialect);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return located(changes(gate.judge(sql, tokens), sql, tokens), statement, lines);
    }

    /** The changes of a statement, each located by offsets into its text, read as the verdict says. */
    private List<ClauseChange> changes(GateVerdict verdict, String sql, List<Token> tokens) {
        if (verdict instanceof GateVerdict.ParsedOther other) {
            return dataStatements.read(other.ast(), tokens, sql.length());
        }
        DdlReader ddl = new DdlReader(sql, dialect); // it holds the statement's text, so one per statement
        if (verdict instanceof GateVerdict.Rejected rejected) {
            return rejected(rejected, ddl, sql, tokens);
        }
        Optional<List<ClauseChange>> read = ddl.read(tokens);
        if (verdict instanceof GateVerdict.KnownShape known) {
            // most known shapes (a routine, a GRANT, a SET) are nothing the reader models: an Other names them
            int end = tokens.get(tokens.size() - 1).end();
            return read.filter(cs -> !cs.isEmpty())
                    .orElseGet(() -> List.of(new ClauseChange(Other.of(known.what()), 0, end)));
        }
        if (verdict instanceof GateVerdict.ParsedDdl parsed) {
            // a DDL shape the reader does not know (DROP TEMPORARY TABLE) is named as JSqlParser's AST names it
            return read.orElseGet(() -> List.of(new ClauseChange(
                    Other.of(DataStatementReader.describe(parsed.ast())), 0, sql.length())));
        }
        // StrictDdl. The grammar accepts only shapes the reader reads (names where the reader needs them), so this
        // always has a value; were that to break, JSqlParser would judge the statement, as for any the grammar refuses.
        return read.orElseGet(() -> changes(gate.judgeByJSqlParser(sql, tokens), sql, tokens));
    }

    /**
     * The parser's message where it points. A CREATE TABLE's table is still read as far as the reader can, so later
     * changes to it are not taken for changes to an older table of that name.
     */
    private static List<ClauseChange> rejected(GateVerdict.Rejected rejected, DdlReader ddl, String sql,
                                               List<Token> tokens) {
        int at = Math.min(rejected.offset(), sql.length());
        int end = Math.max(at, Math.min(rejected.endOffset(), sql.length()));
        List<ClauseChange> out = new ArrayList<>();
        out.add(new ClauseChange(new Unparsed(rejected.message()), at, end));
        if (tokens.size() > 1 && tokens.get(0).is("CREATE") && tokens.get(1).is("TABLE")) {
            ddl.read(tokens).ifPresent(out::addAll);
        }
        return out;
    }

    /** The changes in file coordinates. */
    private static List<LoweredChange> located(List<ClauseChange> changes, Statement statement, LineMap lines) {
        if (changes.size() == 1) {
            return List.of(located(changes.get(0), statement, lines));
        }
        List<LoweredChange> out = new ArrayList<>(changes.size());
        for (ClauseChange cc : changes) {
            out.add(located(cc, statement, lines));
        }
        return out;
    }

    /**
     * A clause in file coordinates. One that covers its whole statement (most statements are one such clause) shares
     * the statement's span, which the splitter located on the same text: one object fewer per statement, and they are
     * all kept to the end of the run.
     */
    private static LoweredChange located(ClauseChange cc, Statement statement, LineMap lines) {
        int base = statement.span().start();
        SourceSpan span = cc.start() == 0 && cc.end() == statement.text().length() ? statement.span()
                : lines.span(base + cc.start(), base + cc.end());
        return new LoweredChange(cc.change(), span);
    }
}
