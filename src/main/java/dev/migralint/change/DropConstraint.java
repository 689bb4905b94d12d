package dev.migralint.change;

/**
 * {@code DROP CONSTRAINT name}: the statement does not say whether it is a foreign key, a UNIQUE constraint, a
 * primary key or a CHECK. The engine resolves it against the schema before rules see it, where it can.
 */
public record DropConstraint(String table, String name) implements Change {
}
