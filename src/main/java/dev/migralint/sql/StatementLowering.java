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

/**
 * Parse and lower one statement. JSqlParser (called directly on this thread, not through its thread-per-parse
 * helper, and re-initialised per statement rather than rebuilt: {@link ReusedParser}) decides whether the statement
 * is valid SQL and gives the AST of data statements; {@link DdlReader} reads DDL clause by clause. Shapes that
 * servers accept but JSqlParser 5.4 rejects are recognised first, and a few rejected spellings are rewritten (to
 * text of the same length, so error positions stay true) before parsing. The DDL shapes Prisma writes, when
 * {@link StrictDdlGrammar} reads them through to the end, skip JSqlParser: it would only confirm them.
 */
public final class StatementLowering {
    private final Dialect dialect;
    private final ParseWorker worker;
    private final JSqlParserCheck parserCheck;
    private final DataStatementReader dataStatements;
    /** Whether statements {@link StrictDdlGrammar} accepts skip JSqlParser (off only to compare both paths in tests). */
    private final boolean strictDdlSkipsParser;

    /** Parses on the calling thread, without a time limit (tests, one-off use). */
    public StatementLowering(Dialect dialect) {
        this(dialect, null);
    }

    /** Parses on {@code worker}, which bounds the time one statement may take. */
    public StatementLowering(Dialect dialect, ParseWorker worker) {
        this(dialect, worker, true);
    }

    StatementLowering(Dialect dialect, ParseWorker worker, boolean strictDdlSkipsParser) {
        this.dialect = dialect;
        this.worker = worker;
        this.strictDdlSkipsParser = strictDdlSkipsParser;
        this.parserCheck = new JSqlParserCheck(dialect);
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
        List<java.util.concurrent.Callable<List<LoweredChange>>> tasks = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            tasks.add(() -> lowerHere(st, lines));
        }
        List<ParseWorker.Outcome<List<LoweredChange>>> outcomes = worker.runAll(tasks);
        List<List<LoweredChange>> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            if (outcomes.get(i) instanceof ParseWorker.Outcome.Done<List<LoweredChange>> done) {
                out.add(done.value());
            } else {
                Statement st = statements.get(i);
                int start = st.span().start() + ParseFailures.firstTokenOffset(st.text());
                out.add(List.of(new LoweredChange(new Unparsed("statement took longer than "
                        + worker.limit().toMillis() + " ms to parse (--parse-timeout); it was not checked"),
                        lines.span(start, Math.min(st.span().end(), start + 1)))));
            }
        }
        return out;
    }

    private List<LoweredChange> lowerHere(Statement statement, LineMap lines) {
        String sql = statement.text();
        int base = statement.span().start();
        List<Token> tokens = SqlTokens.of(sql, dialect);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<ClauseChange> changes;
        Optional<List<ClauseChange>> unparseable = statementsJSqlParserRejects(tokens, sql);
        Optional<List<ClauseChange>> strict = unparseable.isPresent() ? Optional.empty() : strictlyRead(sql, tokens);
        if (unparseable.isPresent()) {
            changes = unparseable.get();
        } else if (strict.isPresent()) {
            changes = strict.get();
        } else {
            Verdict parsed = parserCheck.check(sql, tokens);
            if (parsed instanceof Verdict.Rejected problem) {
                int at = Math.min(problem.offset(), sql.length());
                List<LoweredChange> out = new ArrayList<>();
                out.add(new LoweredChange(new Unparsed(problem.message()),
                        lines.span(base + at, base + Math.max(at, Math.min(problem.endOffset(), sql.length())))));
                if (tokens.size() > 1 && tokens.get(0).is("CREATE") && tokens.get(1).is("TABLE")) {
                    // still record the table, so later changes to it are not taken for changes to an old table
                    new DdlReader(sql, dialect).read(tokens).ifPresent(cs -> cs.forEach(cc -> out.add(
                            new LoweredChange(cc.change(), lines.span(base + cc.start(), base + cc.end())))));
                }
                return out;
            }
            changes = lowerAst(parsed, tokens, sql);
        }
        if (changes.size() == 1) {
            return List.of(lowered(changes.get(0), statement, lines));
        }
        List<LoweredChange> out = new ArrayList<>(changes.size());
        for (ClauseChange cc : changes) {
            out.add(lowered(cc, statement, lines));
        }
        return out;
    }

    /**
     * A clause in file coordinates. One that covers its whole statement (most statements are one such clause) shares
     * the statement's span, which the splitter located on the same text: one object fewer per statement, and they are
     * all kept to the end of the run.
     */
    private static LoweredChange lowered(ClauseChange cc, Statement statement, LineMap lines) {
        int base = statement.span().start();
        SourceSpan span = cc.start() == 0 && cc.end() == statement.text().length() ? statement.span()
                : lines.span(base + cc.start(), base + cc.end());
        return new LoweredChange(cc.change(), span);
    }

    /**
     * The changes of a statement in one of the DDL shapes Prisma writes, read without JSqlParser; empty for any other
     * statement, which JSqlParser then checks.
     */
    private Optional<List<ClauseChange>> strictlyRead(String sql, List<Token> tokens) {
        if (!strictDdlSkipsParser || !StrictDdlGrammar.accepts(sql, tokens, dialect)) {
            return Optional.empty();
        }
        return new DdlReader(sql, dialect).read(tokens);
    }

    /**
     * Statements servers accept that JSqlParser 5.4 rejects or does not model, read from tokens alone: transaction
     * control, PostgreSQL types and index renames, {@code DROP INDEX CONCURRENTLY}, and routine bodies whose
     * contents no rule reads.
     */
    private Optional<List<ClauseChange>> statementsJSqlParserRejects(List<Token> t, String sql) {
        String first = t.get(0).upper();
        String second = t.size() > 1 ? t.get(1).upper() : "";
        String third = t.size() > 2 ? t.get(2).upper() : "";
        boolean known = switch (first) {
            case "BEGIN", "START", "PRAGMA", "DO", "GRANT", "REVOKE", "DELIMITER", "USE", "SET", "LOCK", "UNLOCK",
                    "ANALYZE", "VACUUM", "REINDEX", "CLUSTER", "NOTIFY", "SAVEPOINT", "RELEASE", "PREPARE", "EXECUTE",
                    "DEALLOCATE", "OPTIMIZE" -> true;
            case "DROP" -> second.equals("TYPE") || second.equals("INDEX") && third.equals("CONCURRENTLY")
                    || isRoutine(second) || second.equals("EXTENSION") || second.equals("SCHEMA");
            case "ALTER" -> second.equals("INDEX") || second.equals("TYPE") || second.equals("SEQUENCE")
                    || isRoutine(second) || second.equals("TABLE") && follows(t, "USING", "INDEX");
            case "CREATE" -> second.equals("TYPE") || isRoutine(second) || isRoutine(third)
                    || second.equals("DEFINER") || second.equals("EXTENSION") || second.equals("SCHEMA")
                    || second.equals("SEQUENCE") || second.equals("POLICY") || second.equals("ALGORITHM")
                    || second.equals("SQL") || second.equals("STATISTICS") || second.equals("COLLATION");
            case "COMMENT" -> second.equals("ON");
            default -> false;
        };
        if (!known) {
            return Optional.empty();
        }
        if (first.equals("START") && !second.equals("TRANSACTION")) {
            return Optional.empty();
        }
        int end = t.get(t.size() - 1).end();
        Optional<List<ClauseChange>> ddl = new DdlReader(sql, dialect).read(t);
        if (ddl.isPresent() && !ddl.get().isEmpty()) {
            return ddl;
        }
        String what = (first + " " + second).strip();
        return Optional.of(List.of(new ClauseChange(Other.of(what), 0, end)));
    }

    /** True when the two words follow each other somewhere in the statement. */
    private static boolean follows(List<Token> t, String first, String second) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).is(first) && t.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoutine(String word) {
        return switch (word) {
            case "FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "RULE", "AGGREGATE", "OPERATOR", "DOMAIN" -> true;
            default -> false;
        };
    }

    private List<ClauseChange> lowerAst(Verdict parsed, List<Token> tokens, String sql) {
        int end = sql.length();
        if (parsed instanceof Verdict.ParsedDdl ddlVerdict) {
            Optional<List<ClauseChange>> ddl = new DdlReader(sql, dialect).read(tokens);
            if (ddl.isPresent()) {
                return ddl.get();
            }
            return dataStatements.read(ddlVerdict.ast(), tokens, end);
        }
        return dataStatements.read(((Verdict.ParsedOther) parsed).ast(), tokens, end);
    }
}
