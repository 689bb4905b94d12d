package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * What a WHERE proves about rows with NULLs: the columns such that every row holding NULL there matches it
 * ({@code a IS NULL OR b IS NULL}: a and b; {@code a IS NULL AND b > 0}: none). Only {@code IS [NOT] NULL},
 * MySQL's {@code ISNULL(col)}, {@code NOT}, {@code AND} and {@code OR} are read; anything else proves nothing, so a
 * condition this reader does not understand never passes for a complete one.
 */
final class WhereNulls {
    /**
     * For one expression, the columns whose NULL makes it TRUE for sure, and those whose NULL makes it FALSE for sure.
     * Both are needed because NOT swaps them; FALSE is not UNKNOWN ({@code NOT (a = 1)} is UNKNOWN when a is NULL).
     */
    private record Proof(Set<String> trueWhenNull, Set<String> falseWhenNull) {
        static final Proof NOTHING = new Proof(Set.of(), Set.of());
    }

    private final Dialect dialect;

    private WhereNulls(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The columns whose every NULL row the condition matches, in no particular order. */
    static List<String> matchedNullColumns(Expression where, Dialect dialect) {
        return List.copyOf(new WhereNulls(dialect).proof(where).trueWhenNull());
    }

    private Proof proof(Expression e) {
        if (e instanceof Parenthesis p) {
            return proof(p.getExpression());
        }
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            return proof(list.get(0));
        }
        if (e instanceof NotExpression not) {
            Proof inner = proof(not.getExpression());
            return new Proof(inner.falseWhenNull(), inner.trueWhenNull());
        }
        if (e instanceof OrExpression or) {
            Proof l = proof(or.getLeftExpression());
            Proof r = proof(or.getRightExpression());
            return new Proof(union(l.trueWhenNull(), r.trueWhenNull()), common(l.falseWhenNull(), r.falseWhenNull()));
        }
        if (e instanceof AndExpression and) {
            Proof l = proof(and.getLeftExpression());
            Proof r = proof(and.getRightExpression());
            return new Proof(common(l.trueWhenNull(), r.trueWhenNull()), union(l.falseWhenNull(), r.falseWhenNull()));
        }
        if (e instanceof IsNullExpression test && test.getLeftExpression() instanceof Column c) {
            Set<String> column = Set.of(name(c));
            return test.isNot() ? new Proof(Set.of(), column) : new Proof(column, Set.of());
        }
        if (e instanceof Function f && "ISNULL".equalsIgnoreCase(f.getName()) && f.getParameters() != null
                && f.getParameters().size() == 1 && f.getParameters().get(0) instanceof Column c) {
            return new Proof(Set.of(name(c)), Set.of());
        }
        return Proof.NOTHING;
    }

    private String name(Column c) {
        return Names.of(c.getColumnName(), dialect);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
