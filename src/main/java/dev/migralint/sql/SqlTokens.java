package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * A forgiving lexer for one statement: words, quoted names, strings, numbers and symbols, comments skipped. It
 * locates ALTER TABLE clauses and reads the few shapes JSqlParser rejects. Never throws: an unterminated quote
 * simply runs to the end.
 */
final class SqlTokens {
    private SqlTokens() {
    }

    static List<Token> of(String sql, Dialect dialect) {
        List<Token> out = new ArrayList<>();
        // only MySQL reads "…" as a string and # as a comment; SQLite and SQL Server quote names with "…" too
        boolean mysql = dialect == Dialect.MYSQL;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || mysql && c == '#') {
                while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '`' || c == '"' && !mysql) {
                int end = closeQuote(sql, i, c, false);
                out.add(new Token(Token.Kind.QUOTED_NAME, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = closeQuote(sql, i, c, mysql);
                out.add(new Token(Token.Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'E' || c == 'e' || c == 'N' || c == 'n') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = closeQuote(sql, i + 1, '\'', mysql || c == 'E' || c == 'e');
                out.add(new Token(Token.Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '$' && dialect.isPostgresFamily() && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                out.add(new Token(Token.Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Token.Kind.NUMBER, sql.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_' || c == '$' || c == '@' || c > 127) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) == '@' || sql.charAt(i) > 127)) {
                    i++;
                }
                out.add(new Token(Token.Kind.WORD, sql.substring(start, i), start, i));
            } else {
                out.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static int closeQuote(String sql, int open, char q, boolean backslash) {
        int n = sql.length();
        int i = open + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == q) {
                if (i + 1 < n && sql.charAt(i + 1) == q) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** The end of a {@code $tag$} opener at {@code i}, or -1 (so {@code $1} parameters are not bodies). */
    private static int dollarTagEnd(String sql, int i) {
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return -1;
        }
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : -1;
    }
}
