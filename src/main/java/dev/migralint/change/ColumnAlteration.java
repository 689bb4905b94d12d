package dev.migralint.change;

import java.util.Optional;

/**
 * What a {@link ModifyColumn} does. MySQL's {@code MODIFY} and {@code CHANGE} restate the whole column
 * ({@link Redefine}); PostgreSQL's {@code ALTER COLUMN} changes one property at a time.
 */
public sealed interface ColumnAlteration {

    /** The whole new definition (MySQL {@code MODIFY col def}, or the definition part of {@code CHANGE old new def}). */
    record Redefine(ColumnDef after) implements ColumnAlteration {
    }

    /** PostgreSQL {@code ALTER COLUMN c [SET DATA] TYPE t [USING expr]}. */
    record SetType(DataType type, Optional<String> using) implements ColumnAlteration {
    }

    record SetDefault(String expression) implements ColumnAlteration {
    }

    record DropDefault() implements ColumnAlteration {
    }

    record SetNotNull() implements ColumnAlteration {
    }

    record DropNotNull() implements ColumnAlteration {
    }
}
