package dev.migralint.source;

import java.nio.file.Path;

/**
 * One migration file. {@code name} is the Prisma folder name (or the file name), {@code displayPath} the path reports
 * show (relative to the working directory), {@code reported} false for migrations replayed only for context.
 */
public record Migration(String name, Path file, String displayPath, boolean reported) {
}
