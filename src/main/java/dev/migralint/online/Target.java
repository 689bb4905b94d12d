package dev.migralint.online;

import dev.migralint.source.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a migration will run on: {@code mysql:8.0}, {@code mariadb:10.11}, {@code postgresql:16}. A version
 * without a patch level means the current release of that series ({@code mysql:8.0} is 8.0.29 or later).
 */
public record Target(Server server, int major, int minor, int patch) implements Comparable<Target> {
    public enum Server {
        MYSQL("mysql"), MARIADB("mariadb"), POSTGRESQL("postgresql");

        private final String id;

        Server(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The targets README documents; others of the same servers work, with the nearest behaviour. */
    public static final List<String> KNOWN = List.of("mysql:5.7", "mysql:8.0", "mysql:8.4", "mariadb:10.11",
            "postgresql:13", "postgresql:14", "postgresql:15", "postgresql:16", "postgresql:17");

    private static final Pattern SYNTAX = Pattern.compile("(mysql|mariadb|postgresql):(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");
    /** "the latest patch release" where a target names none. */
    private static final int LATEST = 999;

    /** Reads {@code server:version}; empty when the text is not one. */
    public static Optional<Target> parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        Server server = Server.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int major = Integer.parseInt(m.group(2));
        int minor = m.group(3) == null ? (server == Server.POSTGRESQL ? 0 : LATEST) : Integer.parseInt(m.group(3));
        int patch = m.group(4) == null ? LATEST : Integer.parseInt(m.group(4));
        return Optional.of(new Target(server, major, minor, patch));
    }

    /** The target assumed when none is given: MySQL 8.0 and PostgreSQL 16; no model for SQLite and SQL Server. */
    public static Optional<Target> defaultFor(Dialect dialect) {
        if (dialect.isPostgresFamily()) {
            return parse("postgresql:16");
        }
        if (dialect == Dialect.MYSQL) {
            return parse("mysql:8.0");
        }
        return Optional.empty();
    }

    /** Whether this target runs migrations written in the dialect. */
    public boolean speaks(Dialect dialect) {
        return server == Server.POSTGRESQL ? dialect.isPostgresFamily() : dialect == Dialect.MYSQL;
    }

    public boolean mysqlFamily() {
        return server != Server.POSTGRESQL;
    }

    public boolean isMariaDb() {
        return server == Server.MARIADB;
    }

    /** True when this target is the given version or later (same server assumed). */
    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(new Target(server, major, minor, patch)) >= 0;
    }

    @Override
    public int compareTo(Target other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c == 0 ? Integer.compare(patch, other.patch) : c;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(server.id()).append(':').append(major);
        if (minor != LATEST && !(server == Server.POSTGRESQL && minor == 0 && patch == LATEST)) {
            s.append('.').append(minor);
            if (patch != LATEST) {
                s.append('.').append(patch);
            }
        }
        return s.toString();
    }
}
