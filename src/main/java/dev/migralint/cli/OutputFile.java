package dev.migralint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report or baseline written whole: to a new file beside the target, then renamed over it, so a reader (an upload
 * step) never sees half of one and a killed run leaves the old file (a device or a pipe is written in place). The
 * new file gets the mode the user's umask gives a new file, or the mode of the file it replaces; a temporary file's
 * 0600 would keep a container step that runs as another user from reading the SARIF.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Why a path cannot take a file, checked before the run so that a typo does not cost a whole lint. */
    static Optional<String> problem(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (target.getParent() == null || Files.isDirectory(target)) {
            return Optional.of(file + ": is a directory; name a file");
        }
        return Optional.empty();
    }

    static void write(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Optional<String> problem = problem(file);
        if (problem.isPresent()) {
            throw new IOException("is a directory");
        }
        if (inPlace(target)) {
            // -o /dev/stdout, or a pipe a CI step made: written in place; renaming over it would replace the
            // device file itself (as root, /dev/stdout for everyone)
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                w.write(content);
            }
            return;
        }
        Path dir = target.getParent();
        Optional<Set<PosixFilePermission>> replacedMode = modeOf(target);
        Path tmp = create(dir, target.getFileName().toString());
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(content);
            }
            if (replacedMode.isPresent()) {
                Files.setPosixFilePermissions(tmp, replacedMode.get());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Whether the path as given is a device or pipe to write into: under {@code /dev} or {@code /proc}, or (not
     * through a link) a FIFO or device node. A link elsewhere is replaced, not followed, even when it points at a
     * device: {@code report.sarif -> /dev/sda} committed where a workflow writes its report must not reach the disk.
     */
    private static boolean inPlace(Path target) throws IOException {
        if (target.startsWith("/dev") || target.startsWith("/proc")) {
            return Files.exists(target);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            return false;
        }
        return !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target);
    }

    /** A new empty file beside the target, made as the OS makes any new file: mode 0666 less the umask. */
    private static Path create(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** The mode of a regular file being replaced (a symbolic link is replaced, not followed: its mode says nothing). */
    private static Optional<Set<PosixFilePermission>> modeOf(Path target) throws IOException {
        boolean posix = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                != null;
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !posix) {
            return Optional.empty();
        }
        return Optional.of(Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
    }
}
