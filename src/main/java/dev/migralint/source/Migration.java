package dev.migralint.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One migration. {@code name} is the Prisma folder name (or the file name), {@code displayPath} the path reports
 * show (relative to the working directory), {@code reported} false for migrations replayed only for context.
 * {@code text} is the SQL when it was given rather than read from {@code file} (a test, an editor's unsaved buffer).
 */
public record Migration(String name, Path file, String displayPath, boolean reported, Optional<String> text) {

    /** A migration file, read when it is linted. */
    public Migration(String name, Path file, String displayPath, boolean reported) {
        this(name, file, displayPath, reported, Optional.empty());
    }

    /** A migration given as text: it is not read from disk; {@code displayPath} names it in reports. */
    public static Migration ofText(String name, String displayPath, String text) {
        return new Migration(name, Path.of(displayPath), displayPath, true, Optional.of(text));
    }

    /** A migration given as text, under a file of its own (which keys what git says of it) shown as displayPath. */
    public static Migration ofText(String name, Path file, String displayPath, String text) {
        return new Migration(name, file, displayPath, true, Optional.of(text));
    }

    /** The same migration, reported or replayed only for context. */
    public Migration reported(boolean reported) {
        return new Migration(name, file, displayPath, reported, text);
    }
}
