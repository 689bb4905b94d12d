package dev.migralint.cli;

import dev.migralint.rule.GitBase;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import dev.migralint.source.NaturalOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What git says about each migration file compared with a base revision: the facts behind {@code --changed-since},
 * {@code edited-migration} and {@code out-of-order-migration}. Runs the {@code git} command; reads, never writes.
 */
final class GitChanges {
    private final String ref;

    GitChanges(String ref) {
        this.ref = ref;
    }

    /** A problem with git or the revision: a usage error. */
    static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }

    /** The facts for every migration of the history, by file. */
    Map<Path, GitBase> facts(History history) throws GitException {
        Map<Path, GitBase> out = new HashMap<>();
        if (history.migrations().isEmpty()) {
            return out;
        }
        boolean prisma = history.migrations().get(0).file().getFileName().toString().equals(Discovery.MIGRATION_FILE);
        Path dir = real(prisma ? history.migrations().get(0).file().getParent().getParent()
                : history.migrations().get(0).file().getParent());
        Path top = real(Path.of(withoutLineEnd(git(dir, "rev-parse", "--show-toplevel"))));
        git(top, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        String scope = slashes(top.relativize(dir));
        // a literal pathspec: a folder named with '*' or '[' is that folder, not a pattern
        String pathspec = ":(literal)" + (scope.isEmpty() ? "." : scope);
        // -z everywhere: without it git quotes a path holding '"', '\\', a tab or a line end, and such a path
        // would match no migration (and a migration whose name a pull request chose would go unreported)
        Set<String> atBase = new HashSet<>(paths(git(top, "ls-tree", "-r", "-z", "--name-only", ref, "--",
                pathspec)));
        Set<String> changed = new HashSet<>(paths(git(top, "diff", "-z", "--name-only", ref, "--", pathspec)));
        changed.addAll(paths(git(top, "ls-files", "-z", "--others", "--exclude-standard", "--", pathspec)));
        Optional<String> newest = atBase.stream()
                .filter(p -> prisma ? p.endsWith("/" + Discovery.MIGRATION_FILE) : p.endsWith(".sql"))
                .map(p -> migrationName(p, prisma))
                .max(NaturalOrder.INSTANCE);
        for (Migration m : history.migrations()) {
            String rel = slashes(top.relativize(real(m.file())));
            boolean present = atBase.contains(rel);
            // a file git does not list at the base is new, so changed: should a name not compare equal to git's
            // (a locale that cannot spell it), it is reported rather than skipped
            out.put(m.file(), new GitBase(ref, present, changed.contains(rel) || !present, newest));
        }
        return out;
    }

    /** The history with only the migrations added or changed since the base reported; the rest replay for context. */
    static History onlyChanged(History history, Map<Path, GitBase> facts) {
        List<Migration> ms = new ArrayList<>();
        for (Migration m : history.migrations()) {
            boolean changed = Optional.ofNullable(facts.get(m.file())).map(GitBase::changedSinceBase).orElse(true);
            ms.add(new Migration(m.name(), m.file(), m.displayPath(), m.reported() && changed));
        }
        return new History(history.root(), history.dialect(), ms);
    }

    private static String migrationName(String path, boolean prisma) {
        String[] parts = path.split("/");
        return prisma && parts.length >= 2 ? parts[parts.length - 2] : parts[parts.length - 1];
    }

    private String git(Path dir, String... args) throws GitException {
        // core.quotePath=false: paths with non-ASCII names come back as they are, not as "caf\303\251"
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            // standard error is read beside standard output: read one after the other, a full stderr pipe would
            // block git while we wait for the end of its stdout
            CompletableFuture<byte[]> errBytes = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(errBytes.join(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitException("git " + args[0] + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                if (args[0].equals("rev-parse") && args.length > 1 && args[1].equals("--verify")) {
                    throw new GitException("--changed-since: unknown git revision '" + ref + "'");
                }
                if (args[0].equals("rev-parse")) {
                    throw new GitException("--changed-since: " + dir + " is not inside a git repository");
                }
                throw new GitException("git " + String.join(" ", args) + " failed: "
                        + err.lines().findFirst().orElse("exit " + p.exitValue()));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("--changed-since needs git, which could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        }
    }

    /** The paths of {@code -z} output: separated (and ended) by NUL, each exactly as named. */
    private static List<String> paths(String s) {
        return Arrays.stream(s.split("\0")).filter(p -> !p.isEmpty()).toList();
    }

    private static String withoutLineEnd(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
