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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Path top = real(Path.of(git(dir, "rev-parse", "--show-toplevel").strip()));
        git(top, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        String scope = slashes(top.relativize(dir));
        String pathspec = scope.isEmpty() ? "." : scope;
        Set<String> atBase = new HashSet<>(lines(git(top, "ls-tree", "-r", "--name-only", ref, "--", pathspec)));
        Set<String> changed = new HashSet<>(lines(git(top, "diff", "--name-only", ref, "--", pathspec)));
        changed.addAll(lines(git(top, "ls-files", "--others", "--exclude-standard", "--", pathspec)));
        Optional<String> newest = atBase.stream()
                .filter(p -> prisma ? p.endsWith("/" + Discovery.MIGRATION_FILE) : p.endsWith(".sql"))
                .map(p -> migrationName(p, prisma))
                .max(NaturalOrder.INSTANCE);
        for (Migration m : history.migrations()) {
            String rel = slashes(top.relativize(real(m.file())));
            out.put(m.file(), new GitBase(ref, atBase.contains(rel), changed.contains(rel), newest));
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
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
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

    private static List<String> lines(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
