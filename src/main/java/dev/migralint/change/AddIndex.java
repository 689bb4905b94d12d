package dev.migralint.change;

/** {@code CREATE INDEX}, {@code ADD INDEX}, {@code ADD UNIQUE}, {@code ADD CONSTRAINT … UNIQUE}. */
public record AddIndex(String table, IndexDef index, boolean concurrently) implements Change {
}
