package dev.migralint.source;

import java.util.Locale;
import java.util.Optional;

/** The SQL dialect of a migration, as Prisma's {@code migration_lock.toml} names it. */
public enum Dialect {
    MYSQL("mysql"),
    POSTGRESQL("postgresql"),
    SQLITE("sqlite"),
    SQLSERVER("sqlserver"),
    COCKROACHDB("cockroachdb");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /** The name used by Prisma's {@code provider} and by {@code --dialect}. */
    public String id() {
        return id;
    }

    /** PostgreSQL-like dialects fold unquoted identifiers to lower case and use {@code $tag$} bodies. */
    public boolean isPostgresFamily() {
        return this == POSTGRESQL || this == COCKROACHDB;
    }

    public static Optional<Dialect> fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("postgres") || n.equals("pg")) {
            return Optional.of(POSTGRESQL);
        }
        if (n.equals("mariadb")) {
            return Optional.of(MYSQL);
        }
        for (Dialect d : values()) {
            if (d.id.equals(n)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
