package dev.migralint.sql;

import dev.migralint.change.Change;
import dev.migralint.source.SourceSpan;

/** A change with the span of the clause (or statement) that says it, in file coordinates. */
public record LoweredChange(Change change, SourceSpan span) {
}
