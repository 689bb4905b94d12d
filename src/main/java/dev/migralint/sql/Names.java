package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.Locale;

/** Identifier spelling: unquoting and PostgreSQL's folding of unquoted names to lower case. */
final class Names {
    private Names() {
    }

    /**
     * The name a server stores for an identifier as written. Schema-qualified names keep only the last part
     * ({@code `db`.`t`} → {@code t}): a migration history targets one schema.
     */
    static String of(String raw, Dialect dialect) {
        String s = raw.strip();
        int dot = lastTopLevelDot(s);
        if (dot >= 0) {
            s = s.substring(dot + 1);
        }
        if (s.length() >= 2 && (s.charAt(0) == '`' || s.charAt(0) == '"' || s.charAt(0) == '[')) {
            char close = s.charAt(0) == '[' ? ']' : s.charAt(0);
            if (s.charAt(s.length() - 1) == close) {
                String q = String.valueOf(close);
                return s.substring(1, s.length() - 1).replace(q + q, q);
            }
        }
        return dialect.isPostgresFamily() ? s.toLowerCase(Locale.ROOT) : s;
    }

    static String of(Token token, Dialect dialect) {
        return of(token.text(), dialect);
    }

    private static int lastTopLevelDot(String s) {
        char quote = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '`' || c == '"') {
                quote = c;
            } else if (c == '.') {
                last = i;
            }
        }
        return last;
    }
}
