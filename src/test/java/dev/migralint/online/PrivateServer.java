package dev.migralint.online;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * What {@link MariaDbServer} and {@link PostgresServer} share: a free loopback port, running a setup command with a
 * time limit, waiting for the server to take connections, the tail of its log in every error, and skipping (or, on
 * CI, failing) where the server is not installed.
 */
final class PrivateServer {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 30;

    private PrivateServer() {}

    /**
     * Skips the calling test when {@code what} is missing, saying why; on CI ({@code CI=true}), which installs the
     * servers, fails instead, so that a broken install cannot pass as a skip.
     */
    static void requireInstalled(boolean installed, String what, String installHint) {
        if (installed) {
            return;
        }
        String why = what + " is not installed, so the real-server tests cannot run: " + installHint;
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true: CI installs the servers and must not skip these tests)");
        }
        Assumptions.abort(why);
    }

    /** Whether this JVM runs as root (uid 0), which both servers' tools treat specially. */
    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * A new directory for a server's data, in memory ({@code /dev/shm}) where the machine has it: DDL makes the
     * servers call fdatasync whatever their settings say, and on a busy disk that makes the run several times slower.
     */
    static Path scratchDirectory(String prefix) {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, prefix)
                    : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nobody listens on now; the server binds it a moment later, which is good enough for a test. */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end, its output into {@code log}; fails with the log's tail unless it exits 0. */
    static void run(List<String> command, Path workDir, Path log, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s: "
                        + String.join(" ", command) + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command)
                        + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    /** Connects as soon as the server takes connections; fails with the log's tail on timeout or if it died. */
    static Connection awaitConnection(String name, String jdbcUrl, ProcessHandle server, Path log) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException(name + " exited during startup" + tail(log));
            }
            try {
                return DriverManager.getConnection(jdbcUrl);
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " did not take connections within " + STARTUP_TIMEOUT.toSeconds()
                + " s at " + jdbcUrl + " (last error: " + (last == null ? "none" : last.getMessage()) + ")"
                + tail(log));
    }

    /** The last lines of a log, as a message suffix. */
    static String tail(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return "\n(no log at " + log + ")";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
