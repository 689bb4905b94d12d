package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/**
 * A statement that writes rows: INSERT, UPDATE, DELETE or TRUNCATE. {@code setColumns} are the columns an UPDATE
 * gives a value other than NULL; {@code where} is the condition's text.
 */
public record DataChange(Kind kind, String table, List<String> setColumns, Optional<String> where) implements Change {
    public enum Kind { INSERT, UPDATE, DELETE, TRUNCATE }

    public DataChange {
        setColumns = List.copyOf(setColumns);
    }
}
