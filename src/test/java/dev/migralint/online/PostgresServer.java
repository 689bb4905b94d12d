package dev.migralint.online;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private PostgreSQL 15 for one test: {@code initdb} into a temporary directory, {@code pg_ctl start} on a free
 * loopback port with its socket in that directory, durability switched off for speed. {@code initdb} refuses to run
 * as root, so as root every server command runs as the {@code postgres} user (which Debian's package creates) and
 * the directory is handed to it; otherwise they run as the current user.
 *
 * <pre>{@code
 * try (PostgresServer server = PostgresServer.startOrSkip()) {
 *     PostgresObserver observer = new PostgresObserver(server.connection());
 *     ...
 * }
 * }</pre>
 */
final class PostgresServer implements AutoCloseable {

    /** The newest PostgreSQL 13 or later that Debian's packages installed (Debian 12 brings 15, Ubuntu 24.04 16). */
    static final int MAJOR = installedMajor();
    static final Path BIN = Path.of("/usr/lib/postgresql/" + MAJOR + "/bin");
    static final String INSTALL_HINT = "apt-get install -y postgresql (Debian 12 brings PostgreSQL 15)";

    private static int installedMajor() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+"))
                    .mapToInt(Integer::parseInt).filter(v -> v >= 13)
                    .filter(v -> Files.isExecutable(Path.of("/usr/lib/postgresql/" + v + "/bin/postgres")))
                    .max().orElse(15);
        } catch (java.io.IOException | RuntimeException e) {
            return 15;
        }
    }
    private static final String OS_USER = "postgres";

    private final Path dir;
    private final Connection connection;
    private final int port;
    private final Thread cleanupOnExit;

    private PostgresServer(Path dir, Connection connection, int port, Thread cleanupOnExit) {
        this.dir = dir;
        this.connection = connection;
        this.port = port;
        this.cleanupOnExit = cleanupOnExit;
    }

    /** Starts a server, or skips the calling test (fails it on CI) when PostgreSQL 15 is not installed. */
    static PostgresServer startOrSkip() {
        boolean binaries = Stream.of("initdb", "pg_ctl", "postgres").allMatch(p -> Files.isExecutable(BIN.resolve(p)));
        PrivateServer.requireInstalled(binaries, "PostgreSQL " + MAJOR + " (" + BIN + "/postgres, initdb, pg_ctl)",
                INSTALL_HINT);
        if (PrivateServer.isRoot()) {
            PrivateServer.requireInstalled(postgresUser().isPresent() && runuser().isPresent(),
                    "the '" + OS_USER + "' user and runuser (needed to run initdb as root)", INSTALL_HINT);
        }
        return start();
    }

    private static PostgresServer start() {
        Path dir = PrivateServer.scratchDirectory("migralint-postgres-");
        try {
            if (PrivateServer.isRoot()) {
                Files.setOwner(dir, postgresUser().orElseThrow());
            }
        } catch (IOException e) {
            PrivateServer.deleteTree(dir);
            throw new UncheckedIOException(e);
        }
        Path data = dir.resolve("data");
        Thread cleanup = null;
        try {
            PrivateServer.run(asServerUser(BIN.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"),
                    dir, dir.resolve("initdb.log"), PrivateServer.STARTUP_TIMEOUT);

            int port = PrivateServer.freeLoopbackPort();
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=10"
                    // a throwaway server: no durability
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB";
            Path log = dir.resolve("server.log");
            cleanup = new Thread(() -> stop(dir), "stop private PostgreSQL");
            Runtime.getRuntime().addShutdownHook(cleanup);
            PrivateServer.run(asServerUser(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    log.toString(), "-o", options, "-w", "-t", String.valueOf(PrivateServer.STARTUP_TIMEOUT.toSeconds()),
                    "start"), dir, dir.resolve("pg_ctl.log"), PrivateServer.STARTUP_TIMEOUT.plusSeconds(10));
            ProcessHandle postmaster = postmaster(data).orElseThrow(
                    () -> new IllegalStateException("pg_ctl started no server" + PrivateServer.tail(log)));

            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=2";
            Connection connection = PrivateServer.awaitConnection("PostgreSQL", url, postmaster, log);
            return new PostgresServer(dir, connection, port, cleanup);
        } catch (RuntimeException e) {
            if (cleanup != null) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
            stop(dir);
            throw e;
        }
    }

    /** The one connection tests share, as superuser {@code postgres}, to database {@code postgres}. */
    Connection connection() {
        return connection;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server goes away next anyway
        }
        Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        stop(dir);
    }

    /** Immediate shutdown: the data is thrown away, so there is nothing to checkpoint. */
    private static void stop(Path dir) {
        Path data = dir.resolve("data");
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                PrivateServer.run(asServerUser(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
                        "immediate", "-w", "stop"), dir, dir.resolve("pg_ctl-stop.log"), Duration.ofSeconds(30));
            }
        } catch (RuntimeException e) {
            // a server that did not stop by pg_ctl is killed below
            postmaster(data).ifPresent(ProcessHandle::destroyForcibly);
        } finally {
            PrivateServer.deleteTree(dir);
        }
    }

    /** The server's process, read from {@code postmaster.pid}, whose first line is its process id. */
    private static Optional<ProcessHandle> postmaster(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> asServerUser(String... command) {
        List<String> full = new ArrayList<>();
        if (PrivateServer.isRoot()) {
            full.addAll(List.of(runuser().orElseThrow().toString(), "-u", OS_USER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static Optional<Path> runuser() {
        return Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    private static Optional<java.nio.file.attribute.UserPrincipal> postgresUser() {
        UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
        try {
            return Optional.of(users.lookupPrincipalByName(OS_USER));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on 127.0.0.1:" + port + " (" + dir + ")";
    }
}
