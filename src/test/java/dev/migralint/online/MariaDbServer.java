package dev.migralint.online;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private MariaDB for one test: its own data directory under the system temp folder, a free loopback port, no
 * config file ({@code --no-defaults}), durability switched off for speed. Server defaults otherwise stay, since they
 * are what the observations are about (strict {@code sql_mode}, {@code foreign_key_checks=1}).
 *
 * <pre>{@code
 * try (MariaDbServer server = MariaDbServer.startOrSkip()) {
 *     MariaDbObserver observer = new MariaDbObserver(server.connection());
 *     ...
 * }
 * }</pre>
 */
final class MariaDbServer implements AutoCloseable {

    static final String INSTALL_HINT = "apt-get install -y mariadb-server (Debian 12 brings MariaDB 10.11)";
    private static final List<Path> SEARCHED = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"),
            Path.of("/usr/local/sbin"), Path.of("/usr/local/bin"));

    private final Path dir;
    private final Process process;
    private final Connection connection;
    private final int port;
    private final Thread cleanupOnExit;

    private MariaDbServer(Path dir, Process process, Connection connection, int port, Thread cleanupOnExit) {
        this.dir = dir;
        this.process = process;
        this.connection = connection;
        this.port = port;
        this.cleanupOnExit = cleanupOnExit;
    }

    /** Starts a server, or skips the calling test (fails it on CI) when MariaDB is not installed. */
    static MariaDbServer startOrSkip() {
        Optional<Path> mariadbd = find("mariadbd");
        Optional<Path> installDb = find("mariadb-install-db");
        PrivateServer.requireInstalled(mariadbd.isPresent() && installDb.isPresent(),
                "MariaDB (mariadbd and mariadb-install-db)", INSTALL_HINT);
        return start(mariadbd.orElseThrow(), installDb.orElseThrow());
    }

    private static MariaDbServer start(Path mariadbd, Path installDb) {
        Path dir = PrivateServer.scratchDirectory("migralint-mariadb-");
        Process process = null;
        Thread cleanup = null;
        try {
            Path data = dir.resolve("data");
            List<String> asUser = PrivateServer.isRoot() ? List.of("--user=root") : List.of();
            // given to both, so that the server need not resize what mariadb-install-db made
            List<String> innodbFiles = List.of("--innodb-log-file-size=16M", "--innodb-buffer-pool-size=32M");

            List<String> install = new ArrayList<>(List.of(installDb.toString(), "--no-defaults",
                    "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
            install.addAll(innodbFiles);
            install.addAll(asUser);
            PrivateServer.run(install, dir, dir.resolve("install.log"), PrivateServer.STARTUP_TIMEOUT);

            int port = PrivateServer.freeLoopbackPort();
            List<String> server = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults",
                    "--datadir=" + data, "--port=" + port, "--socket=" + dir.resolve("mariadbd.sock"),
                    "--pid-file=" + dir.resolve("mariadbd.pid"), "--tmpdir=" + dir, "--bind-address=127.0.0.1",
                    "--skip-name-resolve", "--skip-log-bin", "--max-connections=20",
                    // a throwaway server: no durability
                    "--innodb-flush-log-at-trx-commit=0",
                    "--skip-innodb-doublewrite", "--innodb-flush-method=nosync",
                    "--innodb-buffer-pool-dump-at-shutdown=0", "--innodb-buffer-pool-load-at-startup=0"));
            server.addAll(innodbFiles);
            server.addAll(asUser);
            Path log = dir.resolve("server.log");
            process = new ProcessBuilder(server).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Process started = process;
            cleanup = new Thread(() -> stop(started, dir), "stop private MariaDB");
            Runtime.getRuntime().addShutdownHook(cleanup);

            String url = "jdbc:mariadb://127.0.0.1:" + port + "/?user=root&connectTimeout=2000";
            Connection connection = PrivateServer.awaitConnection("MariaDB", url, process.toHandle(), log);
            return new MariaDbServer(dir, process, connection, port, cleanup);
        } catch (IOException | RuntimeException e) {
            if (cleanup != null) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
            if (process != null) {
                stop(process, dir);
            } else {
                PrivateServer.deleteTree(dir);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Optional<Path> find(String program) {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(s -> !s.isEmpty()).map(Path::of);
        return Stream.concat(onPath, SEARCHED.stream()).map(d -> d.resolve(program))
                .filter(Files::isExecutable).findFirst();
    }

    /** The one connection tests share, as root, with no current database. */
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
        stop(process, dir);
    }

    /** SIGTERM is mariadbd's clean shutdown; the data is thrown away, so a kill after a while is fine too. */
    private static void stop(Process process, Path dir) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        PrivateServer.deleteTree(dir);
    }

    @Override
    public String toString() {
        return "MariaDB on 127.0.0.1:" + port + " (" + dir + ")";
    }
}
