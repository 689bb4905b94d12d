package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.List;

/**
 * A change and where it is written: {@code span} is the clause of the statement, so findings point at
 * {@code DROP COLUMN}; {@code statement} is the whole statement (its text, span and comments), which the server runs
 * as one operation (one algorithm, one lock) whatever its clauses. The clauses of one statement share one
 * {@code Statement} object.
 */
public record ChangeAt(Change change, SourceSpan span, Statement statement) {
    /**
     * A change that stands alone, written nowhere a statement is (a file that could not be decoded or was too large):
     * its statement has no text.
     */
    public ChangeAt(Change change, SourceSpan span) {
        this(change, span, new Statement("", span, List.of()));
    }
}
