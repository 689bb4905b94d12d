package dev.migralint.change;

/** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK}. */
public record Transaction(Kind kind) implements Change {
    public enum Kind { BEGIN, COMMIT, ROLLBACK }
}
