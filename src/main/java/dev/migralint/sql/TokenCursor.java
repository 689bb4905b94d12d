package dev.migralint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a token list front to back, for the clause readers. Past the end, it yields nothing and matches nothing. */
final class TokenCursor {
    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Optional<Token> peek() {
        return peek(0);
    }

    Optional<Token> peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
    }

    // the look-aheads below are the clause readers' inner loop: read in place, without an Optional and a lambda each

    boolean peekIs(String keyword) {
        return peekIs(0, keyword);
    }

    boolean peekIs(int ahead, String keyword) {
        int i = pos + ahead;
        return i < tokens.size() && tokens.get(i).is(keyword);
    }

    boolean peekSymbol(String symbol) {
        return pos < tokens.size() && tokens.get(pos).isSymbol(symbol);
    }

    Optional<Token> next() {
        return atEnd() ? Optional.empty() : Optional.of(tokens.get(pos++));
    }

    /** Consumes the keywords if they come next, in order; consumes nothing otherwise. */
    boolean accept(String... keywords) {
        for (int k = 0; k < keywords.length; k++) {
            if (!peekIs(k, keywords[k])) {
                return false;
            }
        }
        pos += keywords.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peekSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** A possibly qualified name ({@code db.t}, {@code "public"."User"}): returns its last part. */
    Optional<Token> name() {
        Optional<Token> first = peek().filter(Token::isName);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        pos++;
        Token last = first.get();
        while (peekSymbol(".") && peek(1).filter(Token::isName).isPresent()) {
            pos++;
            last = tokens.get(pos++);
        }
        return Optional.of(last);
    }

    /** A parenthesised group starting here, as the tokens inside it; empty if no '(' comes next. */
    Optional<List<Token>> group() {
        if (!peekSymbol("(")) {
            return Optional.empty();
        }
        int depth = 0;
        int start = pos;
        while (pos < tokens.size()) {
            Token t = tokens.get(pos++);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return Optional.of(tokens.subList(start + 1, pos - 1));
            }
        }
        return Optional.of(tokens.subList(start + 1, tokens.size()));
    }

    List<Token> rest() {
        List<Token> r = tokens.subList(Math.min(pos, tokens.size()), tokens.size());
        pos = tokens.size();
        return r;
    }

    int position() {
        return pos;
    }

    /** Splits tokens at top-level commas. */
    static List<List<Token>> splitOnCommas(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }
}
