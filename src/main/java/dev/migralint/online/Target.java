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

    /** Version parts of up to five digits: a longer one is no version, and would not fit an int. */
    private static final Pattern SYNTAX =
            Pattern.compile("(mysql|mariadb|postgresql):(\\d{1,5})(?:\\.(\\d{1,5}))?(?:\\.(\\d{1,5}))?");
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

    /**
     * The target assumed when none is given: MySQL 8.0 and PostgreSQL 16. No model for SQLite, SQL Server and
     * CockroachDB (which changes schemas online, in the background, with locks of its own).
     */
    public static Optional<Target> defaultFor(Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL) {
            return parse("postgresql:16");
        }
        if (dialect == Dialect.MYSQL) {
            return parse("mysql:8.0");
        }
        return Optional.empty();
    }

    /**
     * Why the model cannot speak for this version, when it cannot: PostgreSQL before 13 (fast column defaults came in
     * 11, SET NOT NULL proven by a CHECK in 12), MySQL before 5.7, MariaDB before 10.3.
     */
    public Optional<String> unsupported() {
        boolean old = switch (server) {
            case POSTGRESQL -> major < 13;
            case MYSQL -> !atLeast(5, 7, 0);
            case MARIADB -> !atLeast(10, 3, 0);
        };
        return old ? Optional.of(this + " is older than the versions the locking model knows ("
                + KNOWN.stream().filter(k -> k.startsWith(server.id())).findFirst().orElse("") + " and later)")
                : Optional.empty();
    }

    /** A note for versions newer than the model was written for: it answers as for the newest one it knows. */
    public Optional<String> newerThanKnown() {
        boolean newer = switch (server) {
            case POSTGRESQL -> major > 17;
            case MYSQL -> major > 8 || major == 8 && minor > 4 && minor != LATEST;
            case MARIADB -> major > 10 || major == 10 && minor > 11 && minor != LATEST;
        };
        return newer ? Optional.of("the locking model knows " + server.id() + " up to "
                + (server == Server.POSTGRESQL ? "17" : server == Server.MYSQL ? "8.4" : "10.11") + "; " + this
                + " is predicted like that") : Optional.empty();
    }

    /** Whether this target runs migrations written in the dialect. */
    public boolean speaks(Dialect dialect) {
        return server == Server.POSTGRESQL ? dialect == Dialect.POSTGRESQL : dialect == Dialect.MYSQL;
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
