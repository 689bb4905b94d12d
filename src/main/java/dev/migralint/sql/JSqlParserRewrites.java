package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.List;

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
