package dev.migralint.source;

/**
 * A region of a source file. Offsets are 0-based char offsets into the decoded text (after a BOM is removed);
 * lines and columns are 1-based, columns counted in chars. The end is exclusive: {@code endColumn} is the column just
 * after the last char, so a one-char span at 3:5 ends at 3:6.
 */
public record SourceSpan(int start, int end, int line, int column, int endLine, int endColumn) {
    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
