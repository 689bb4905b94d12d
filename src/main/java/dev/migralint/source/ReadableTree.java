package dev.migralint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that files found by Migralint (not named on its command line) must lie in: the git work tree of the
 * path being linted, or that path itself outside git. A pull request can only put files in the repository, but a
 * symbolic link in it can point anywhere on the CI machine ({@code /proc/self/environ}, a runner's credentials),
 * and whatever is read can surface in a message; a link within the tree gives nothing a copy would not.
 */
public record ReadableTree(Path root) {
    /** The tree around a path: the nearest folder at or above it holding {@code .git}, else the path's folder. */
    public static ReadableTree around(Path path) {
        Path start = real(path);
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return new ReadableTree(dir);
            }
        }
        return new ReadableTree(folder == null ? start : folder);
    }

    /** Whether the file, its links followed, lies in the tree; a file that cannot be resolved does not. */
    public boolean holds(Path file) {
        try {
            return file.toRealPath().startsWith(root);
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
