package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.source.SourceSpan;

/** A change and where it is written: the clause of the statement, so findings point at {@code DROP COLUMN}. */
public record ChangeAt(Change change, SourceSpan span) {
}
