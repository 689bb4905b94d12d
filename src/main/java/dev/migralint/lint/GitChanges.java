package dev.migralint.lint;

import dev.migralint.rule.GitBase;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import dev.migralint.source.NaturalOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        Path root = (prisma ? history.migrations().get(0).file().getParent().getParent()
                : history.migrations().get(0).file().getParent()).toAbsolutePath().normalize();
        Path dir = Git.real(root);
        Git git;
        try {
            git = Git.atRevision("--changed-since", dir, ref);
        } catch (Git.GitException e) {
            throw new GitException(e.getMessage());
        }
        Path top = git.dir();
        try {
            // the folder, as written, that is the top of the work tree; and whether a link lies between it and the
            // history's folder (prisma/migrations -> ../db/migrations): a pull request can repoint such a link at
            // migrations that exist, unchanged, at the base
            Path writtenTop = root;
            boolean rootLinked = false;
            while (writtenTop != null && !Git.real(writtenTop).equals(top)) {
                rootLinked |= Files.isSymbolicLink(writtenTop);
                writtenTop = writtenTop.getParent();
            }
            if (writtenTop == null) {
                writtenTop = top;
                rootLinked = true;
            }
            String scope = Git.slashes(top.relativize(dir));
            // a literal pathspec: a folder named with '*' or '[' is that folder, not a pattern
            String pathspec = ":(literal)" + (scope.isEmpty() ? "." : scope);
            // -z everywhere: without it git quotes a path holding '"', '\\', a tab or a line end, and such a path
            // would match no migration (and a migration whose name a pull request chose would go unreported)
            Set<String> atBase = new HashSet<>(Git.records(git.run("ls-tree", "-r", "-z", "--name-only", ref, "--",
                    pathspec)));
            Set<String> changed = new HashSet<>(Git.records(git.run("diff", "-z", "--name-only", ref, "--",
                    pathspec)));
            changed.addAll(Git.records(git.run("ls-files", "-z", "--others", "--exclude-standard", "--",
                    pathspec)));
            Optional<String> newest = atBase.stream()
                    .filter(p -> prisma ? p.endsWith("/" + Discovery.MIGRATION_FILE) : p.endsWith(".sql"))
                    .map(p -> migrationName(p, prisma))
                    .max(NaturalOrder.INSTANCE);
            for (Migration m : history.migrations()) {
                // the path as written, not a link's target: a new migration that links to an old, unchanged one
                // would otherwise pass for that old one
                String rel = Git.slashes(writtenTop.relativize(m.file().toAbsolutePath().normalize()));
                boolean present = atBase.contains(rel);
                // a linked migration is always reported: git sees the link, not what it points to, which can change
                // unseen; and a file git does not list at the base is new, so changed: should a name not compare
                // equal to git's (a locale that cannot spell it), it is reported rather than skipped
                boolean linked = rootLinked || Files.isSymbolicLink(m.file())
                        || Files.isSymbolicLink(m.file().getParent());
                out.put(m.file(), new GitBase(ref, present, linked || changed.contains(rel) || !present, newest));
            }
        } catch (Git.GitException e) {
            throw new GitException((e.notRun() ? "--changed-since needs git: " : "--changed-since: ")
                    + e.getMessage());
        }
        return out;
    }

    /** The history with only the migrations added or changed since the base reported; the rest replay for context. */
    static History onlyChanged(History history, Map<Path, GitBase> facts) {
        List<Migration> ms = new ArrayList<>();
        for (Migration m : history.migrations()) {
            boolean changed = Optional.ofNullable(facts.get(m.file())).map(GitBase::changedSinceBase).orElse(true);
            ms.add(m.reported(m.reported() && changed));
        }
        return new History(history.root(), history.dialect(), ms, history.refused());
    }

    private static String migrationName(String path, boolean prisma) {
        String[] parts = path.split("/");
        return prisma && parts.length >= 2 ? parts[parts.length - 2] : parts[parts.length - 1];
    }
}
