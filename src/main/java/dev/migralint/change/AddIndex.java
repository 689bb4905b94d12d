package dev.migralint.change;

/**
 * {@code CREATE INDEX}, {@code ADD INDEX}, {@code ADD UNIQUE}, {@code ADD CONSTRAINT … UNIQUE}. {@code inAlterTable}
 * tells the ALTER TABLE forms from {@code CREATE INDEX}: PostgreSQL builds the index of an {@code ADD CONSTRAINT …
 * UNIQUE} under an ACCESS EXCLUSIVE lock, where {@code CREATE INDEX} takes only SHARE.
 */
public record AddIndex(String table, IndexDef index, boolean concurrently, boolean inAlterTable) implements Change {
    public AddIndex(String table, IndexDef index, boolean concurrently) {
        this(table, index, concurrently, false);
    }
}
