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

    /**
     * The text on one line: each run of whitespace ({@code \s}: space, tab, line breaks) one space, none at either
     * end. Baselines match on it, so re-indenting a statement does not matter; keep it stable.
     */
    public String oneLine() {
        return oneLine(text);
    }

    /** Any SQL text on one line, as {@link #oneLine()} puts a statement's. */
    public static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (char c : text.toCharArray()) { // a plain loop: it runs for each finding, mostly before it is compiled
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}
