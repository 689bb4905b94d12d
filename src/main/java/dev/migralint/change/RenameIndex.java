package dev.migralint.change;

import java.util.Optional;

/** {@code RENAME INDEX}, PostgreSQL {@code ALTER INDEX … RENAME TO} and {@code RENAME CONSTRAINT}. */
public record RenameIndex(Optional<String> table, String from, String to) implements Change {
}
