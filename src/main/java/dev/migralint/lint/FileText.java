package dev.migralint.lint;

import dev.migralint.change.Unparsed;
import dev.migralint.source.Migration;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Reads migration files as text. A file that cannot be read is an {@link Unreadable} (an I/O error of the run); one
 * that is not UTF-8 or is over the size limit is read as a {@link Refused} problem, which becomes a located finding.
 * The bytes in flight across the file threads are held within a memory budget (a file larger than the budget goes
 * alone), so a few large files cannot together exhaust the heap.
 */
final class FileText {
    /** What reading a migration gave. */
    sealed interface Read permits Text, Refused, Unreadable {
    }

    /** The migration's text. */
    record Text(String text) implements Read {
    }

    /** The file was read but not linted: a finding at {@code at}. */
    record Refused(Unparsed problem, SourceSpan at) implements Read {
    }

    /** The file could not be read: {@code message} says which and why. */
    record Unreadable(String message) implements Read {
    }

    private final long maxFileBytes;
    private final Semaphore budget;
    private final int permits;

    /**
     * KiB of file that may be in the file threads at once (a permit a KiB): an eighth of the heap, since a file
     * being read and lowered takes several times its size (bytes, text, statements, line starts).
     */
    FileText(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        this.permits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 8 / 1024));
        this.budget = new Semaphore(permits, true);
    }

    /**
     * Reads the migration and hands its text to {@code use} while the bytes are counted in the budget: reading holds
     * the file's bytes, its text and then its statements at once.
     */
    <T> T read(Migration m, Function<Read, T> use) {
        if (m.text().isPresent()) {
            return use.apply(new Text(m.text().get()));
        }
        long size;
        try {
            size = Files.size(m.file());
        } catch (IOException | RuntimeException e) {
            return use.apply(unreadable(m, e));
        }
        if (size > maxFileBytes) {
            return use.apply(tooLarge(size));
        }
        int needed = (int) Math.min(permits, Math.max(1, size >> 10));
        try {
            budget.acquire(needed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return use.apply(new Unreadable("cannot read " + m.displayPath() + ": interrupted"));
        }
        try {
            return use.apply(readNow(m));
        } finally {
            budget.release(needed);
        }
    }

    private Read readNow(Migration m) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(m.file());
        } catch (IOException | RuntimeException e) {
            return unreadable(m, e);
        }
        if (bytes.length > maxFileBytes) { // it grew since it was measured
            return tooLarge(bytes.length);
        }
        // the JDK's own decoding is far quicker than a decoder's loop; it turns malformed bytes into U+FFFD, so text
        // without one was valid UTF-8, and only text with one (malformed, or a real U+FFFD) is checked strictly
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Text(text);
        }
        int bad = Utf8.firstMalformed(bytes);
        if (bad < 0) {
            return new Text(text);
        }
        // located as every other finding is: lines as LineMap breaks them, a BOM taking no column
        return new Refused(new Unparsed(String.format(
                "file is not valid UTF-8: byte 0x%02x at offset %d; the file was not linted", bytes[bad] & 0xff, bad),
                Unparsed.Cause.NOT_UTF8), Utf8.positionOf(bytes, bad));
    }

    /** A file over --max-file-size: a finding at 1:1, and nothing read. */
    private Refused tooLarge(long size) {
        return new Refused(new Unparsed(String.format("file is %.1f MiB, over the %d MiB limit (--max-file-size); it "
                + "was not read", size / 1048576.0, maxFileBytes / 1048576), Unparsed.Cause.TOO_LARGE),
                new SourceSpan(0, 0, 1, 1, 1, 1));
    }

    private static Unreadable unreadable(Migration m, Exception e) {
        return new Unreadable("cannot read " + m.displayPath() + ": " + describe(e));
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
