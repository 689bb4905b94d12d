package dev.migralint.change;

/**
 * PostgreSQL {@code ALTER TABLE t VALIDATE CONSTRAINT name}: checks the existing rows against a foreign key or CHECK
 * added {@code NOT VALID}, after which the constraint counts as proven.
 */
public record ValidateConstraint(String table, String name) implements Change {
}
