package dev.migralint.change;

import java.util.Optional;

/** PostgreSQL's {@code DROP INDEX name} names no table; the schema knows which table holds the index. */
public record DropIndex(Optional<String> table, String name, boolean concurrently) implements Change {
}
