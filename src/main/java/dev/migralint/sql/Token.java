package dev.migralint.sql;

import java.util.Locale;

/** A lexical token of a statement, with its offsets in the statement text. */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The value of a string literal without quotes: {@code 'it''s'} → {@code it's}. */
    String stringValue() {
        if (kind != Kind.STRING || text.length() < 2) {
            return text;
        }
        int open = text.indexOf('\'') >= 0 && (text.charAt(0) == '\'' || text.charAt(0) == 'E'
                || text.charAt(0) == 'e' || text.charAt(0) == 'N' || text.charAt(0) == 'n')
                ? text.indexOf('\'') : 0;
        char q = text.charAt(open);
        // an unterminated literal (E' at the end of a file) has no closing quote to cut off
        boolean closed = text.length() >= open + 2 && text.charAt(text.length() - 1) == q;
        String inner = text.substring(open + 1, closed ? text.length() - 1 : text.length());
        return inner.replace("" + q + q, "" + q).replace("\\" + q, "" + q);
    }
}
