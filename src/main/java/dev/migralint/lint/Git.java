package dev.migralint.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code git} command, run read-only in one folder: the facts of {@code --changed-since} and the files of
 * {@code --config-from} come from it. Revisions are checked before use and never start with '-', so nothing a user
 * or a branch name writes becomes an option of git.
 */
final class Git {
    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /** git failed, or could not be run; the message is ready to print after the option it concerns. */
    static final class GitException extends Exception {
        private final boolean notRun;

        GitException(String message, boolean notRun) {
            super(message);
            this.notRun = notRun;
        }

        /** git itself could not be started (or did not finish), as opposed to git refusing the command. */
        boolean notRun() {
            return notRun;
        }
    }

    /** The top folder of the work tree holding {@link #dir}, its links resolved. */
    Path top() throws GitException {
        String out = run("rev-parse", "--show-toplevel");
        return real(Path.of(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out));
    }

    /**
     * git run at the top of the work tree holding {@code dir}, once {@code ref} is known to name a commit; a failure
     * is a {@link GitException} phrased for the option that named the revision ({@code --changed-since}).
     */
    static Git atRevision(String option, Path dir, String ref) throws GitException {
        Path top;
        try {
            top = new Git(dir).top();
        } catch (GitException e) {
            throw new GitException(e.notRun() ? option + " needs git: " + e.getMessage()
                    : option + ": " + dir + " is not inside a git repository", e.notRun());
        }
        Git git = new Git(top);
        if (!git.isCommit(ref)) {
            throw new GitException(option + ": unknown git revision '" + ref + "'", false);
        }
        return git;
    }

    /** The folder git runs in. */
    Path dir() {
        return dir;
    }

    /** Whether {@code ref} names a commit. */
    boolean isCommit(String ref) throws GitException {
        if (ref.isEmpty() || ref.startsWith("-")) {
            return false;
        }
        try {
            run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
            return true;
        } catch (GitException e) {
            if (e.notRun()) {
                throw e;
            }
            return false;
        }
    }

    /** Standard output of {@code git ARGS}; a failure is a {@link GitException} naming git's first error line. */
    String run(String... args) throws GitException {
        // core.quotePath=false: paths with non-ASCII names come back as they are, not as "caf\303\251"
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            // both streams are drained while git runs (one read after the other, a full pipe would block git), and
            // the wait is bounded: a git that hangs is stopped, not waited for
            CompletableFuture<byte[]> outBytes = drain(p.getInputStream());
            CompletableFuture<byte[]> errBytes = drain(p.getErrorStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 60 s", true);
            }
            // a child git left behind could hold the pipes open: the reads are bounded too
            byte[] out = outBytes.get(10, TimeUnit.SECONDS);
            String err = new String(errBytes.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new GitException("git " + String.join(" ", args) + " failed: "
                        + err.lines().findFirst().orElse("exit " + p.exitValue()), false);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("git could not be run: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git", true);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new GitException("git " + args[0] + " kept its output open after it ended", true);
        }
    }

    /** Reads a stream to its end on a thread of its own (not a shared pool, where blocking reads could stall). */
    private static CompletableFuture<byte[]> drain(java.io.InputStream stream) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                bytes.complete(stream.readAllBytes());
            } catch (IOException e) {
                bytes.complete(new byte[0]);
            }
        }, "migralint-git-output");
        reader.setDaemon(true);
        reader.start();
        return bytes;
    }

    /** The records of {@code -z} output: separated (and ended) by NUL, each exactly as git wrote it. */
    static List<String> records(String out) {
        return Arrays.stream(out.split("\0")).filter(p -> !p.isEmpty()).toList();
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** A path relative to the top, as git names it: '/' between names. */
    static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
