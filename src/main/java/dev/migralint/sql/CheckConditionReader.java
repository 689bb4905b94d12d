package dev.migralint.sql;

import dev.migralint.change.CheckCondition;
import dev.migralint.change.CheckCondition.Operand;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a CHECK constraint's condition into a {@link CheckCondition}: OR, AND and NOT by their precedence, and as
 * leaves only {@code name IS [NOT] NULL} and {@code a op b} of single values. Conservative: a part in any other
 * shape is {@code Opaque}, and a condition holding BETWEEN or CASE (whose AND, WHEN … are no connectives) is opaque
 * as a whole.
 */
final class CheckConditionReader {
    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=", "<>", "!=");
    /** What may follow the parenthesised condition of an {@code ADD CONSTRAINT … CHECK (…)}. */
    private static final Set<String> SUFFIX_WORDS = Set.of("NOT", "VALID", "ENFORCED", "NO", "INHERIT");

    /**
     * Deeper than any real CHECK: a condition nested further (parentheses, NOT upon NOT) is not decided, so a
     * migration cannot make the reader recurse or rescan without end.
     */
    private static final int MAX_DEPTH = 32;

    private final String sql;
    private final Dialect dialect;
    private int depth;

    CheckConditionReader(String sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /** The condition of the tokens after CHECK: {@code (condition)} and possibly {@code NOT VALID} or the like. */
    CheckCondition read(List<Token> afterCheck) {
        int close = closingParen(afterCheck, 0);
        boolean onlySuffix = close > 0 && afterCheck.subList(close + 1, afterCheck.size()).stream()
                .allMatch(t -> t.kind() == Token.Kind.WORD && SUFFIX_WORDS.contains(t.upper()));
        return onlySuffix ? condition(afterCheck.subList(1, close)) : opaque(afterCheck);
    }

    /** The condition inside the parentheses of a CHECK. */
    CheckCondition condition(List<Token> inside) {
        return inside.stream().anyMatch(t -> t.is("BETWEEN") || t.is("CASE")) ? opaque(inside) : or(inside);
    }

    private CheckCondition or(List<Token> tokens) {
        if (++depth > MAX_DEPTH) {
            depth--;
            return opaque(tokens);
        }
        List<List<Token>> parts = splitOn(tokens, "OR");
        CheckCondition result = and(parts.get(0));
        for (List<Token> part : parts.subList(1, parts.size())) {
            result = new CheckCondition.Or(result, and(part));
        }
        depth--;
        return result;
    }

    private CheckCondition and(List<Token> tokens) {
        List<List<Token>> parts = splitOn(tokens, "AND");
        CheckCondition result = not(parts.get(0));
        for (List<Token> part : parts.subList(1, parts.size())) {
            result = new CheckCondition.And(result, not(part));
        }
        return result;
    }

    private CheckCondition not(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("NOT")) {
            return leaf(tokens);
        }
        // MySQL's HIGH_NOT_PRECEDENCE mode reads NOT a IS NULL as (NOT a) IS NULL: decide only NOT (…) there
        if (dialect == Dialect.MYSQL && !(tokens.size() > 1 && tokens.get(1).isSymbol("("))) {
            return opaque(tokens);
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            return opaque(tokens);
        }
        CheckCondition negated = new CheckCondition.Not(not(tokens.subList(1, tokens.size())));
        depth--;
        return negated;
    }

    private CheckCondition leaf(List<Token> tokens) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(0).isSymbol("(") && closingParen(tokens, 0) == n - 1) {
            return or(tokens.subList(1, n - 1));
        }
        if ((n == 3 || n == 4) && tokens.get(0).isName() && !isNull(tokens.get(0)) && tokens.get(1).is("IS")
                && tokens.get(n - 1).is("NULL") && (n == 3 || tokens.get(2).is("NOT"))) {
            return new CheckCondition.IsNull(Names.of(tokens.get(0), dialect), n == 4);
        }
        if (n == 3 || n == 4) {
            String op = tokens.subList(1, n - 1).stream().map(t -> t.kind() == Token.Kind.SYMBOL ? t.text() : " ")
                    .reduce("", String::concat);
            if (COMPARISONS.contains(op) && single(tokens.get(0)) && single(tokens.get(n - 1))) {
                return new CheckCondition.Comparison(operand(tokens.get(0)), operand(tokens.get(n - 1)));
            }
        }
        return opaque(tokens);
    }

    private static boolean single(Token t) {
        return t.isName() || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.STRING;
    }

    private Operand operand(Token t) {
        if (isNull(t)) {
            return new Operand.NullLiteral();
        }
        return t.isName() ? new Operand.ColumnRef(Names.of(t, dialect)) : new Operand.Value(t.text());
    }

    private static boolean isNull(Token t) {
        return t.is("NULL");
    }

    /** The parts between the keyword where it stands outside parentheses. */
    private static List<List<Token>> splitOn(List<Token> tokens, String keyword) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && t.is(keyword)) {
                parts.add(tokens.subList(from, i));
                from = i + 1;
            }
        }
        parts.add(tokens.subList(from, tokens.size()));
        return parts;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParen(List<Token> tokens, int open) {
        if (open >= tokens.size() || !tokens.get(open).isSymbol("(")) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += tokens.get(i).isSymbol("(") ? 1 : tokens.get(i).isSymbol(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private CheckCondition opaque(List<Token> tokens) {
        return new CheckCondition.Opaque(tokens.isEmpty() ? ""
                : sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()));
    }
}
