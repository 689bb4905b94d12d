package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/**
 * A statement that writes rows: INSERT, UPDATE, DELETE or TRUNCATE. {@code setColumns} are the columns an UPDATE
 * gives a value other than NULL; {@code where} is the condition's text; {@code reached} what the condition proves
 * about the rows an UPDATE or DELETE touches (for an INSERT: none).
 */
public record DataChange(Kind kind, String table, List<String> setColumns, Optional<String> where,
                         RowsReached reached) implements Change {
    public enum Kind { INSERT, UPDATE, DELETE, TRUNCATE }

    public DataChange {
        setColumns = List.copyOf(setColumns);
    }

    /** Without a reading of the condition: an UPDATE or DELETE without WHERE reaches every row, TRUNCATE too. */
    public DataChange(Kind kind, String table, List<String> setColumns, Optional<String> where) {
        this(kind, table, setColumns, where, kind != Kind.INSERT && where.isEmpty()
                ? RowsReached.EVERY_ROW : RowsReached.NONE_FOR_SURE);
    }
}
