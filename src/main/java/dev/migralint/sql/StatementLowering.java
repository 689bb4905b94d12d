package dev.migralint.sql;

import dev.migralint.change.Other;
import dev.migralint.change.Unparsed;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;

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
                int start = st.span().start() + firstTokenOffset(st.text());
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
        List<dev.migralint.sql.Token> tokens = SqlTokens.of(sql, dialect);
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
            Object parsed = nestingDepth(tokens) > MAX_NESTING
                    ? new Unlocated("statement is nested more than " + MAX_NESTING + " parentheses deep; it was not "
                    + "parsed", 0, Math.min(sql.length(), firstTokenOffset(sql) + 1))
                    : parseHere(sql, tokens);
            if (parsed instanceof Unlocated problem) {
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
            changes = lowerAst((net.sf.jsqlparser.statement.Statement) parsed, tokens, sql);
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
    private Optional<List<ClauseChange>> strictlyRead(String sql, List<dev.migralint.sql.Token> tokens) {
        if (!strictDdlSkipsParser || !StrictDdlGrammar.accepts(sql, tokens, dialect)) {
            return Optional.empty();
        }
        return new DdlReader(sql, dialect).read(tokens);
    }

    /**
     * Deeper nesting than any migration needs: JSqlParser's time grows about with the cube of the depth (1,000
     * levels take seconds), so such statements are refused before it sees them.
     */
    static final int MAX_NESTING = 200;

    private static int nestingDepth(List<dev.migralint.sql.Token> tokens) {
        int depth = 0;
        int max = 0;
        for (dev.migralint.sql.Token t : tokens) {
            if (t.isSymbol("(")) {
                max = Math.max(max, ++depth);
            } else if (t.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /** A parse failure, located by offsets into the statement text. */
    private record Unlocated(String message, int offset, int endOffset) {
    }

    /**
     * Statements servers accept that JSqlParser 5.4 rejects or does not model, read from tokens alone: transaction
     * control, PostgreSQL types and index renames, {@code DROP INDEX CONCURRENTLY}, and routine bodies whose
     * contents no rule reads.
     */
    private Optional<List<ClauseChange>> statementsJSqlParserRejects(List<dev.migralint.sql.Token> t, String sql) {
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
    private static boolean follows(List<dev.migralint.sql.Token> t, String first, String second) {
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

    private Object parseHere(String sql, List<dev.migralint.sql.Token> tokens) {
        String text = rewriteForJSqlParser(sql, tokens);
        try {
            ReusedParser parser = ReusedParser.of(text, dialect);
            net.sf.jsqlparser.statement.Statement parsed = parser.Statement();
            Token next = parser.getNextToken();
            if (next.kind != 0) {
                // JSqlParser reads one statement and its ';', and leaves the rest: in a piece a DELIMITER ended,
                // "SELECT 1; DROP TABLE t" would be the SELECT alone. The server runs both; unread, it is an error.
                ReusedParser.failed();
                int at = offsetOf(text, next.beginLine, next.beginColumn);
                return new Unlocated("another statement starts here, in the same piece as the one before it (a ';' "
                        + "inside a DELIMITER block?); it was not checked", at, sql.length());
            }
            return parsed;
        } catch (ParseException e) {
            ReusedParser.failed();
            return located(e, text);
        } catch (StackOverflowError e) {
            ReusedParser.failed();
            return new Unlocated("statement is nested too deeply to parse", 0, sql.length());
        } catch (RuntimeException | Error e) {
            ReusedParser.failed();
            // JavaCC reports lexical errors as an Error subclass; anything else from the parser is its bug, not ours
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            return fromMessage(String.valueOf(e.getMessage()), text);
        }
    }

    /**
     * Spellings JSqlParser 5.4 rejects that mean the same as one it accepts, replaced in place with text of equal
     * length: MySQL {@code DROP FOREIGN KEY} ({@code DROP CONSTRAINT}), PostgreSQL {@code SET DATA TYPE}
     * ({@code TYPE}) and {@code NOT VALID} (dropped; {@link DdlReader} reads it from the original text), MySQL
     * {@code DROP CHECK} ({@code DROP INDEX}), PostgreSQL {@code E'…'} strings (standard ones).
     */
    private String rewriteForJSqlParser(String sql, List<dev.migralint.sql.Token> t) {
        StringBuilder b = null;
        for (int i = 0; i + 1 < t.size(); i++) {
            String replacement = null;
            int last = -1;
            if (t.get(i).is("DROP") && i + 2 < t.size() && t.get(i + 1).is("FOREIGN") && t.get(i + 2).is("KEY")) {
                replacement = "DROP CONSTRAINT";
                last = i + 2;
            } else if (t.get(i).is("DROP") && t.get(i + 1).is("CHECK")) {
                replacement = "DROP INDEX"; // MySQL 8.0.16+ DROP CHECK name: the same shape, and the same length
                last = i + 1;
            } else if (t.get(i).is("SET") && i + 2 < t.size() && t.get(i + 1).is("DATA") && t.get(i + 2).is("TYPE")) {
                replacement = "TYPE";
                last = i + 2;
            } else if (t.get(i).is("NOT") && t.get(i + 1).is("VALID")) {
                replacement = "";
                last = i + 1;
            } else if (t.get(i).is("NULLS") && t.get(i + 1).is("DISTINCT")) {
                replacement = "";
                last = i + 1;
            } else if (t.get(i).is("NULLS") && t.get(i + 1).is("NOT") && i + 2 < t.size()
                    && t.get(i + 2).is("DISTINCT")) {
                replacement = "";
                last = i + 2;
            } else if ((t.get(i).is("RESTART") || t.get(i).is("CONTINUE")) && t.get(i + 1).is("IDENTITY")) {
                replacement = "";
                last = i + 1;
            } else if (t.get(i).is("DEFERRABLE") || t.get(i).is("NOT") && t.get(i + 1).is("DEFERRABLE")) {
                // [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE] says when a key is checked, not what it is
                last = t.get(i).is("NOT") ? i + 1 : i;
                if (last + 2 < t.size() && t.get(last + 1).is("INITIALLY")) {
                    last += 2;
                }
                replacement = "";
            } else if (t.get(i).is("CONSTRAINT") && (t.get(i + 1).is("UNIQUE") || t.get(i + 1).is("CHECK")
                    || t.get(i + 1).is("PRIMARY") || t.get(i + 1).is("FOREIGN"))) {
                replacement = ""; // MySQL's unnamed CONSTRAINT UNIQUE (…): the same as UNIQUE (…)
                last = i;
            }
            if (replacement != null) {
                if (b == null) {
                    b = new StringBuilder(sql);
                }
                int from = t.get(i).start();
                int to = t.get(last).end();
                b.replace(from, to, replacement + " ".repeat(to - from - replacement.length()));
                i = last;
            }
        }
        for (dev.migralint.sql.Token token : t) {
            if (token.kind() == dev.migralint.sql.Token.Kind.STRING && token.text().length() > 1
                    && (token.text().charAt(0) == 'E' || token.text().charAt(0) == 'e') && dialect.isPostgresFamily()) {
                if (b == null) {
                    b = new StringBuilder(sql);
                }
                b.replace(token.start(), token.end(), standardString(token.text()));
            }
        }
        return b == null ? sql : b.toString();
    }

    /**
     * PostgreSQL's {@code E'it\'s'}, which JSqlParser cannot read, as the standard string {@code  'it''s'} of the
     * same length: the E becomes a space and an escaped quote a doubled one; other escapes stay as they are.
     */
    private static String standardString(String escaped) {
        StringBuilder s = new StringBuilder(escaped.length()).append(' ').append('\'');
        for (int i = 2; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                s.append(next == '\'' ? '\'' : c).append(next);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private Unlocated located(ParseException e, String text) {
        Token next = e.currentToken == null ? null : e.currentToken.next;
        if (next == null) {
            return fromMessage(String.valueOf(e.getMessage()), text);
        }
        int offset = offsetOf(text, next.beginLine, next.beginColumn);
        String found;
        if (next.kind == 0 || next.image == null || next.image.isEmpty()) {
            found = "end of statement";
        } else if (next.image.startsWith("`") || next.image.startsWith("\"")) {
            found = next.image;
        } else {
            found = "`" + next.image + "`";
        }
        Set<String> expected = new LinkedHashSet<>();
        if (e.expectedTokenSequences != null && e.tokenImage != null) {
            for (int[] seq : e.expectedTokenSequences) {
                if (seq.length > 0 && seq[0] < e.tokenImage.length) {
                    expected.add(readable(e.tokenImage[seq[0]]));
                }
            }
        }
        List<String> shown = expected.stream().limit(6).toList();
        if (offset == firstTokenOffset(text)) {
            // the parser's expectations after a first word it does not know are noise ("expected IF")
            return new Unlocated("could not parse this statement: " + found + " does not start a statement "
                    + "Migralint knows", offset, offset + next.image.length());
        }
        String message = "could not parse this statement: unexpected " + found
                + (shown.isEmpty() ? "" : ", expected " + String.join(", ", shown)
                + (expected.size() > shown.size() ? ", …" : ""));
        int end = next.image == null ? offset : offset + next.image.length();
        return new Unlocated(message, offset, end);
    }

    private static int firstTokenOffset(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** JavaCC token names as a user reads them: {@code <K_CASCADE>} → CASCADE, {@code <ST_SEMICOLON>} → ;. */
    private static String readable(String image) {
        String name = image.startsWith("<") && image.endsWith(">") ? image.substring(1, image.length() - 1) : image;
        return switch (name) {
            case "EOF" -> "end of statement";
            case "ST_SEMICOLON" -> "`;`";
            case "K_COMMA", "COMMA" -> "`,`";
            case "OPENING_BRACKET" -> "`(`";
            case "CLOSING_BRACKET" -> "`)`";
            case "S_IDENTIFIER", "S_QUOTED_IDENTIFIER" -> "a name";
            case "S_CHAR_LITERAL" -> "a string";
            case "S_LONG", "S_DOUBLE" -> "a number";
            default -> {
                if (name.startsWith("K_")) {
                    yield name.substring(2).replace('_', ' ');
                }
                yield name.startsWith("\"") ? "`" + name.substring(1, name.length() - 1) + "`" : name;
            }
        };
    }

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    private Unlocated fromMessage(String message, String text) {
        String firstLine = message.lines().findFirst().orElse("parse failed").strip();
        Matcher m = LINE_COLUMN.matcher(message);
        int offset = m.find() ? offsetOf(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : 0;
        return new Unlocated("could not parse this statement: " + firstLine, offset, offset + 1);
    }

    /** Offset of a 1-based (line, column) that the parser reports, within the statement text. */
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); offset++) {
            char c = text.charAt(offset);
            if (c == '\n' || c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n')) {
                l++;
            }
        }
        return Math.max(0, Math.min(text.length(), offset + Math.max(0, column - 1)));
    }

    private List<ClauseChange> lowerAst(net.sf.jsqlparser.statement.Statement ast,
                                        List<dev.migralint.sql.Token> tokens, String sql) {
        int end = sql.length();
        if (ast instanceof Alter || ast instanceof CreateTable || ast instanceof CreateIndex
                || ast instanceof RenameTableStatement
                || ast instanceof Drop drop && (drop.getType().equalsIgnoreCase("TABLE")
                || drop.getType().equalsIgnoreCase("INDEX"))) {
            Optional<List<ClauseChange>> ddl = new DdlReader(sql, dialect).read(tokens);
            if (ddl.isPresent()) {
                return ddl.get();
            }
        }
        return dataStatements.read(ast, tokens, end);
    }
}
