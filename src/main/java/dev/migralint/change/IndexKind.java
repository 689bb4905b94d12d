package dev.migralint.change;

public enum IndexKind {
    PLAIN, UNIQUE, FULLTEXT, SPATIAL;

    public boolean isUnique() {
        return this == UNIQUE;
    }
}
