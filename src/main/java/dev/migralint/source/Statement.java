package dev.migralint.source;

import java.util.List;

/**
 * One SQL statement as written: {@code text} is the exact source text from its first token up to (not including)
 * its terminator, {@code span} locates that text in the file, {@code comments} are the comments between the previous
 * statement's terminator and this statement's end (where suppressions and Prisma's step comments live).
 */
public record Statement(String text, SourceSpan span, List<Comment> comments) {
    public Statement {
        comments = List.copyOf(comments);
    }
}
