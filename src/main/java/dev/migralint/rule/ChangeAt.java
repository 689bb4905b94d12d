package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.source.SourceSpan;

/**
 * A change and where it is written: {@code span} is the clause of the statement, so findings point at
 * {@code DROP COLUMN}; {@code statement} is the whole statement, which the server runs as one operation (one
 * algorithm, one lock) whatever its clauses.
 */
public record ChangeAt(Change change, SourceSpan span, SourceSpan statement) {
    /** A change that stands alone, such as a problem found while splitting. */
    public ChangeAt(Change change, SourceSpan span) {
        this(change, span, span);
    }
}
