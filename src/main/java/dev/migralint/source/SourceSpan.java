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

    // equals and hashCode are written out: a record's generated ones link method handles on their first call, which
    // costs a short run several milliseconds per record class (see CONTRIBUTING, Performance history)
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceSpan s && start == s.start && end == s.end && line == s.line && column == s.column
                && endLine == s.endLine && endColumn == s.endColumn;
    }

    @Override
    public int hashCode() {
        return ((((start * 31 + end) * 31 + line) * 31 + column) * 31 + endLine) * 31 + endColumn;
    }
}
