package dev.migralint.change;

/** {@code notValid}: PostgreSQL's {@code NOT VALID}, which skips checking the existing rows. */
public record AddForeignKey(String table, ForeignKeyDef foreignKey, boolean notValid) implements Change {
}
