package dev.migralint.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns char offsets of one text into 1-based lines and columns. A line ends at {@code \n}, {@code \r\n} (one break)
 * or a lone {@code \r}. Built once per text; each lookup is a binary search over the line starts, so callers can
 * locate as many positions as they like (statements, comments, clauses inside a statement) without rescanning.
 *
 * <p>A leading byte order mark keeps its offset (offsets index into the text as given) but takes no column: editors
 * do not show it, so the first visible char of the file is at 1:1.
 */
public final class LineMap {
    private static final char BOM = '\uFEFF';

    private final int[] lineStarts;
    private final int lineCount;
    private final int length;
    private final boolean leadingBom;

    private LineMap(int[] lineStarts, int lineCount, int length, boolean leadingBom) {
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.length = length;
        this.leadingBom = leadingBom;
    }

    public static LineMap of(String text) {
        int length = text.length();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\n' || (c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n'));
            if (breaks) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(starts, count, length, length > 0 && text.charAt(0) == BOM);
    }

    /** How many lines the text has; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return lineCount;
    }

    /** The 1-based line of the char at {@code offset}; {@code offset} may be the text length (the end position). */
    public int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The 1-based column of the char at {@code offset}, counted in chars. */
    public int column(int offset) {
        int index = lineIndex(offset);
        int column = offset - lineStarts[index] + 1;
        return index == 0 && leadingBom && offset > 0 ? column - 1 : column;
    }

    /** The offset of the first char of a 1-based line. */
    public int lineStart(int line) {
        Objects.checkIndex(line - 1, lineCount);
        return lineStarts[line - 1];
    }

    /** The span of {@code [start, end)}, its end position being the one just after the last char. */
    public SourceSpan span(int start, int end) {
        int startLine = lineIndex(start);
        int endLine = start == end ? startLine : lineIndex(end);
        return new SourceSpan(start, end, startLine + 1, column(start), endLine + 1, column(end));
    }

    private int lineIndex(int offset) {
        Objects.checkIndex(offset, length + 1);
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        // Not found gives -(insertion point) - 1; the line is the one starting just before the insertion point.
        return found >= 0 ? found : -found - 2;
    }
}
