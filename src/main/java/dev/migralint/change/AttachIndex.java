package dev.migralint.change;

import java.util.Optional;

/**
 * PostgreSQL {@code ADD CONSTRAINT name UNIQUE USING INDEX idx} (or {@code PRIMARY KEY USING INDEX idx}): an
 * existing unique index becomes the constraint, renamed to the constraint's name. No rows are read; this is the
 * second half of building a unique index {@code CONCURRENTLY}.
 */
public record AttachIndex(String table, Optional<String> constraint, String index, boolean primaryKey)
        implements Change {
}
