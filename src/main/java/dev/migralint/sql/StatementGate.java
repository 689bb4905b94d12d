package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.List;

/**
 * Decides whether Migralint understands a statement, before anything reads it. Three judges, asked in turn:
 * <ol>
 *   <li>the known shapes: statements servers accept that JSqlParser 5.4 rejects or does not model, recognised by
 *       their first words;</li>
 *   <li>{@link StrictDdlGrammar}: the DDL shapes Prisma writes, which JSqlParser would only confirm (and loading it
 *       is most of the run on a small all-DDL file);</li>
 *   <li>JSqlParser ({@link JSqlParserCheck}), for everything else, and to word and locate what is wrong.</li>
 * </ol>
 * The gate reads no changes: its {@link GateVerdict} says which reader does.
 */
final class StatementGate {
    private final Dialect dialect;
    /** Whether what {@link StrictDdlGrammar} accepts skips JSqlParser (off only to compare both paths in tests). */
    private final boolean strictDdlSkipsParser;
    private final JSqlParserCheck parser;

    StatementGate(Dialect dialect, boolean strictDdlSkipsParser) {
        this.dialect = dialect;
        this.strictDdlSkipsParser = strictDdlSkipsParser;
        this.parser = new JSqlParserCheck(dialect);
    }

    /** The verdict on a statement of at least one token. */
    GateVerdict judge(String sql, List<Token> tokens) {
        if (isKnownShape(tokens)) {
            String second = tokens.size() > 1 ? tokens.get(1).upper() : "";
            return new GateVerdict.KnownShape((tokens.get(0).upper() + " " + second).strip());
        }
        if (strictDdlSkipsParser && StrictDdlGrammar.accepts(sql, tokens, dialect)) {
            return new GateVerdict.StrictDdl();
        }
        return parser.check(sql, tokens);
    }

    /** JSqlParser's verdict alone, whatever the other judges would say. */
    GateVerdict judgeByJSqlParser(String sql, List<Token> tokens) {
        return parser.check(sql, tokens);
    }

    /**
     * Statements servers accept that JSqlParser 5.4 rejects or does not model, known from their first words:
     * transaction control, PostgreSQL types and index renames, {@code DROP INDEX CONCURRENTLY}, and routine bodies
     * whose contents no rule reads.
     */
    private static boolean isKnownShape(List<Token> t) {
        String first = t.get(0).upper();
        String second = t.size() > 1 ? t.get(1).upper() : "";
        String third = t.size() > 2 ? t.get(2).upper() : "";
        return switch (first) {
            case "BEGIN", "PRAGMA", "DO", "GRANT", "REVOKE", "DELIMITER", "USE", "SET", "LOCK", "UNLOCK", "ANALYZE",
                    "VACUUM", "REINDEX", "CLUSTER", "NOTIFY", "SAVEPOINT", "RELEASE", "PREPARE", "EXECUTE",
                    "DEALLOCATE", "OPTIMIZE" -> true;
            case "START" -> second.equals("TRANSACTION"); // START SLAVE and the like are for JSqlParser to judge
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
}
