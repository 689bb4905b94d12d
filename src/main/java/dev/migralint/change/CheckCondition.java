package dev.migralint.change;

/**
 * A CHECK constraint's condition, read as far as a rule can decide it from what the replayed schema knows of a
 * column's NULLs: {@code IS [NOT] NULL}, comparisons of two single values, {@code NOT}, {@code AND}, {@code OR}.
 * Anything else (a function, BETWEEN, IN, a cast, {@code <=>}) is {@link Opaque}: it may be true, false or unknown.
 */
public sealed interface CheckCondition {

    /** {@code column IS NULL}, or {@code IS NOT NULL} when negated. */
    record IsNull(String column, boolean negated) implements CheckCondition {
    }

    /** {@code left = right}, {@code <}, {@code <>} …: unknown (which a CHECK accepts) when either side is NULL. */
    record Comparison(Operand left, Operand right) implements CheckCondition {
    }

    record Not(CheckCondition operand) implements CheckCondition {
    }

    record And(CheckCondition left, CheckCondition right) implements CheckCondition {
    }

    record Or(CheckCondition left, CheckCondition right) implements CheckCondition {
    }

    /** A part the reader does not decide, as written. */
    record Opaque(String text) implements CheckCondition {
    }

    /** One side of a comparison: a column, the NULL literal, or another single value (a number, a string). */
    sealed interface Operand {
        record ColumnRef(String name) implements Operand {
        }

        record NullLiteral() implements Operand {
        }

        record Value(String text) implements Operand {
        }
    }
}
