package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spellings JSqlParser 5.4 rejects that mean the same as one it accepts, replaced in place with text of equal length
 * so that the positions of its errors stay true: MySQL {@code DROP FOREIGN KEY} ({@code DROP CONSTRAINT}),
 * PostgreSQL {@code SET DATA TYPE} ({@code TYPE}) and {@code NOT VALID} (dropped; {@link DdlReader} reads it from the
 * original text), MySQL {@code DROP CHECK} ({@code DROP INDEX}), PostgreSQL {@code E'…'} strings (standard ones).
 * Only JSqlParser sees the rewritten text; the readers read what the user wrote.
 */
final class JSqlParserRewrites {
    private JSqlParserRewrites() {
    }

    /** {@code sql} as JSqlParser can read it; {@code sql} itself when nothing needs rewriting. */
    static String rewrite(String sql, List<Token> t, Dialect dialect) {
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
        for (int i = 0; i < t.size(); i++) {
            if (isColumnNamedLikeAKeyword(t, i, dialect)) {
                if (b == null) {
                    b = new StringBuilder(sql);
                }
                // any other name of the same length: JSqlParser only validates, the readers read the original
                b.setCharAt(t.get(i).start(), t.get(i).text().charAt(0) == 'x' ? 'y' : 'x');
            }
        }
        for (Token token : t) {
            if (token.kind() == Token.Kind.STRING && token.text().length() > 1
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
     * Column names the servers accept unquoted that JSqlParser 5.4 takes for keywords after {@code DROP COLUMN} and
     * {@code RENAME COLUMN … TO} ({@code ALTER TABLE subscriptions DROP COLUMN interval}, written by hand in a real
     * history). Only words the dialect does not reserve: MySQL reserves INTERVAL, KEY, RANGE, ROWS and SCHEMA,
     * PostgreSQL END, and there the server's error is ours to report.
     */
    private static final Set<String> COLUMN_WORDS_BOTH = Set.of("POSITION", "LEVEL", "YEAR", "MONTH", "DAY", "HOUR",
            "MINUTE", "SECOND", "ZONE", "TEXT", "DATE", "TIME", "TIMESTAMP", "COMMENT", "ACTION", "START", "FIRST",
            "LAST");
    private static final Set<String> COLUMN_WORDS_POSTGRES = Set.of("INTERVAL", "KEY", "RANGE", "ROWS", "SCHEMA");
    private static final Set<String> COLUMN_WORDS_MYSQL = Set.of("END");

    /** Whether token {@code i} is such a word where a column is named: after COLUMN [IF [NOT] EXISTS], or TO. */
    private static boolean isColumnNamedLikeAKeyword(List<Token> t, int i, Dialect dialect) {
        Token word = t.get(i);
        if (word.kind() != Token.Kind.WORD || i == 0) {
            return false;
        }
        String upper = word.text().toUpperCase(Locale.ROOT);
        boolean notReserved = COLUMN_WORDS_BOTH.contains(upper)
                || (dialect.isPostgresFamily() ? COLUMN_WORDS_POSTGRES : COLUMN_WORDS_MYSQL).contains(upper);
        if (!notReserved) {
            return false;
        }
        int before = i - 1;
        if (t.get(before).is("EXISTS")) {
            before--;
            if (before >= 0 && t.get(before).is("NOT")) {
                before--;
            }
            if (before < 0 || !t.get(before).is("IF")) {
                return false;
            }
            before--;
        }
        if (before >= 1 && t.get(before).is("COLUMN")
                && (t.get(before - 1).is("DROP") || t.get(before - 1).is("RENAME"))) {
            return true;
        }
        // RENAME COLUMN old TO new
        return t.get(i - 1).is("TO") && i >= 4 && t.get(i - 3).is("COLUMN") && t.get(i - 4).is("RENAME");
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
}
