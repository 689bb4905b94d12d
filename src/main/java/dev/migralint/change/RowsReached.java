package dev.migralint.change;

import java.util.List;

/**
 * Which rows of its table an UPDATE or DELETE reaches for sure, as far as NULLs go: every row (no WHERE, join or
 * LIMIT), or at least every row where one of {@code nullColumns} is NULL ({@code WHERE a IS NULL OR b IS NULL}
 * reaches the NULLs of a and of b; {@code WHERE RAND() > 0.5} no row for sure). An UPDATE gives those rows its values,
 * a DELETE removes them: either way no NULL of such a column is left that the statement did not see.
 */
public record RowsReached(boolean everyRow, List<String> nullColumns) {
    public static final RowsReached EVERY_ROW = new RowsReached(true, List.of());
    public static final RowsReached NONE_FOR_SURE = new RowsReached(false, List.of());

    public RowsReached {
        nullColumns = List.copyOf(nullColumns);
    }

    public static RowsReached nullsOf(List<String> columns) {
        return new RowsReached(false, columns);
    }

    /** True when every row holding NULL in the column is reached. Column names compare case-insensitively. */
    public boolean everyNullOf(String column) {
        return everyRow || nullColumns.stream().anyMatch(column::equalsIgnoreCase);
    }
}
