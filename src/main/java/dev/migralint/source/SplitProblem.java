package dev.migralint.source;

/**
 * Something the splitter could not close, such as a string literal or a {@code /*} comment left open. Its span starts
 * at the opening marker, so its line and column point at it, and runs to the end of the text.
 */
public record SplitProblem(String message, SourceSpan span) {
}
