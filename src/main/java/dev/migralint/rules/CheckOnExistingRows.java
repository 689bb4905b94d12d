package dev.migralint.rules;

import dev.migralint.change.CheckCondition;
import dev.migralint.change.CheckCondition.Operand;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a CHECK condition can be false on a row already in the table, from what the replayed schema knows of its
 * columns' NULLs. A CHECK accepts a row when its condition is true or unknown (SQL's three values), so it cannot
 * fail when no part of the condition can make it false. Each part gets the set of values it may take on some row:
 * sound for any row, since a combination of parts takes its values from the combinations of theirs.
 */
final class CheckOnExistingRows {
    enum Truth { TRUE, FALSE, UNKNOWN }

    /** What a column holds on the existing rows: only NULL, no NULL, or anything. */
    enum Nulls { ALL, NONE, SOME }

    private static final Set<Truth> ANY = EnumSet.allOf(Truth.class);

    private CheckOnExistingRows() {
    }

    static boolean canFail(CheckCondition condition, Function<String, Nulls> nulls) {
        return values(condition, nulls).contains(Truth.FALSE);
    }

    static Set<Truth> values(CheckCondition c, Function<String, Nulls> nulls) {
        if (c instanceof CheckCondition.IsNull is) {
            Nulls n = nulls.apply(is.column());
            if (n == Nulls.SOME) {
                return EnumSet.of(Truth.TRUE, Truth.FALSE);
            }
            return EnumSet.of(n == Nulls.ALL ^ is.negated() ? Truth.TRUE : Truth.FALSE);
        }
        if (c instanceof CheckCondition.Comparison cmp) {
            // anything compared with NULL is unknown
            return isNull(cmp.left(), nulls) || isNull(cmp.right(), nulls) ? EnumSet.of(Truth.UNKNOWN) : ANY;
        }
        if (c instanceof CheckCondition.Not not) {
            Set<Truth> out = EnumSet.noneOf(Truth.class);
            values(not.operand(), nulls).forEach(v -> out.add(v == Truth.TRUE ? Truth.FALSE
                    : v == Truth.FALSE ? Truth.TRUE : Truth.UNKNOWN));
            return out;
        }
        if (c instanceof CheckCondition.And and) {
            return combine(values(and.left(), nulls), values(and.right(), nulls), true);
        }
        if (c instanceof CheckCondition.Or or) {
            return combine(values(or.left(), nulls), values(or.right(), nulls), false);
        }
        return ANY;
    }

    private static boolean isNull(Operand o, Function<String, Nulls> nulls) {
        return o instanceof Operand.NullLiteral
                || o instanceof Operand.ColumnRef ref && nulls.apply(ref.name()) == Nulls.ALL;
    }

    /** Kleene's AND (or OR) of every pair of values the two sides may take. */
    private static Set<Truth> combine(Set<Truth> left, Set<Truth> right, boolean and) {
        Truth dominant = and ? Truth.FALSE : Truth.TRUE;
        Truth neutral = and ? Truth.TRUE : Truth.FALSE;
        Set<Truth> out = EnumSet.noneOf(Truth.class);
        for (Truth l : left) {
            for (Truth r : right) {
                out.add(l == dominant || r == dominant ? dominant
                        : l == neutral && r == neutral ? neutral : Truth.UNKNOWN);
            }
        }
        return out;
    }
}
