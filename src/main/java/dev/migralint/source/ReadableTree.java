package dev.migralint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The folder that every file Migralint reads from a repository must lie in, links followed: the git work tree
 * holding the path as written (not as its links resolve), or, outside git, the path's own folder. A pull request
 * can only put files in the repository, but a symbolic link in it (a migration, a migration folder, {@code prisma}
 * itself) can point anywhere on the CI machine ({@code /proc/self/environ}, a runner's credentials), and whatever
 * is read can surface in a message. A link within the tree is read: it reaches what a pull request could have
 * copied, save the files git does not track ({@code .git/config}, a {@code .env} an earlier step wrote), which
 * {@link #holds} refuses inside {@code .git} (the rest is for the caller to keep out of the checkout).
 */
public final class ReadableTree {
    private final Path root;
    /** Folders already resolved: most files of a run share a few. */
    private final Map<Path, Boolean> folders = new HashMap<>();

    private ReadableTree(Path root) {
        this.root = root;
    }

    /**
     * The tree around a path: the git work tree of the working directory when the path, as written, lies in it.
     * Otherwise the walk goes up from the path: the first folder holding {@code .git} is the tree, unless a symbolic
     * link comes first, whose folder then is (a {@code .git} reached through a link, {@code apps/api ->
     * ../../other}, would make another checkout the tree); with neither, the path's folder. The working directory
     * comes first because it is the one folder a pull request does not choose.
     */
    public static ReadableTree around(Path path, Path workingDirectory) {
        Path written = path.toAbsolutePath().normalize();
        Path here = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                if (written.startsWith(dir)) {
                    return new ReadableTree(real(dir));
                }
                break;
            }
        }
        for (Path dir = written; dir != null; dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir)) {
                return new ReadableTree(real(dir.getParent() == null ? dir : dir.getParent()));
            }
            if (Files.exists(dir.resolve(".git"))) {
                return new ReadableTree(real(dir));
            }
        }
        Path folder = Files.isDirectory(written) || written.getParent() == null ? written : written.getParent();
        return new ReadableTree(real(folder));
    }

    /** {@link #around(Path, Path)} from the process's working directory. */
    public static ReadableTree around(Path path) {
        return around(path, Path.of(""));
    }

    /** The tree's folder, its links resolved. */
    public Path root() {
        return root;
    }

    /**
     * Whether the folder, or the file, its links followed, lies in the tree; one that cannot be resolved does not.
     * A file that is no link costs one {@code lstat} once its folder is known.
     */
    public boolean holds(Path path) {
        return holds(path, "");
    }

    /**
     * {@link #holds(Path)}, and when the file is itself a link, the file it leads to is of the kind named
     * ({@code .sql}, {@code .yaml}): a link to a migration's worth of SQL in the tree is another name for it, but one
     * to a {@code .env} an earlier CI step wrote into the checkout is not, and what is read surfaces in messages.
     */
    public boolean holds(Path path, String... kinds) {
        Path written = path.toAbsolutePath().normalize();
        Path parent = written.getParent();
        if (parent != null && !Files.isSymbolicLink(written) && folders.computeIfAbsent(parent, this::resolvesInside)) {
            return true;
        }
        // a link, or the tree's own folder (whose parent lies outside it)
        return resolvesInside(written) && (!Files.isSymbolicLink(written) || isOfKind(written, kinds));
    }

    private static boolean isOfKind(Path link, String... kinds) {
        try {
            String name = link.toRealPath().getFileName().toString();
            for (String kind : kinds) {
                if (name.endsWith(kind)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private boolean resolvesInside(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(root) && !real.startsWith(root.resolve(".git"));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
