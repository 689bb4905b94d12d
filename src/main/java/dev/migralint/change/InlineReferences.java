package dev.migralint.change;

/**
 * A MySQL column definition's inline {@code REFERENCES t(c)}. MySQL parses it and creates nothing; MariaDB (10.5+)
 * creates a foreign key from it. The replayed schema therefore keeps no foreign key for it.
 */
public record InlineReferences(String table, String column, String referencedTable) implements Change {
}
