package dev.migralint.online;

/**
 * PostgreSQL's table lock modes, weakest first (the manual's "Explicit Locking", table-level locks). {@code NONE}
 * stands for "takes no lock on this table".
 */
public enum PgLock {
    NONE("no lock"), ACCESS_SHARE("ACCESS SHARE"), ROW_SHARE("ROW SHARE"), ROW_EXCLUSIVE("ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"), SHARE("SHARE"), SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("EXCLUSIVE"), ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

    private final String sqlName;

    PgLock(String sqlName) {
        this.sqlName = sqlName;
    }

    public String sqlName() {
        return sqlName;
    }

    /** SHARE and stronger conflict with ROW EXCLUSIVE, the lock INSERT, UPDATE and DELETE take. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    /** ACCESS EXCLUSIVE conflicts with ACCESS SHARE, the lock a plain SELECT takes. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** The name pg_locks.mode shows ({@code AccessExclusiveLock}). */
    public String pgLocksMode() {
        StringBuilder s = new StringBuilder();
        for (String word : name().split("_")) {
            s.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.append("Lock").toString();
    }

    public PgLock max(PgLock other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
