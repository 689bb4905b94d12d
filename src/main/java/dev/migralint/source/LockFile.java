package dev.migralint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code provider} of a Prisma {@code migration_lock.toml}. Prisma writes two comment lines and
 * {@code provider = "mysql"}; the file comes from whoever opens the pull request, so it is read line by line (a
 * regex over the whole file once took minutes on a file of newlines) and never beyond {@link #MAX_BYTES}.
 */
final class LockFile {
    /** A real lock file is under 200 bytes; anything near this is not one. */
    static final int MAX_BYTES = 64 * 1024;
    /** Providers are a word long; the value reaches standard error, so a long one is cut. */
    private static final int SHOWN_PROVIDER_CHARACTERS = 32;

    private LockFile() {
    }

    /** The dialect the lock file names; {@code shown} is the file as messages name it. */
    static Dialect dialect(Path file, String shown) throws DiscoveryException {
        String text = read(file, shown);
        int lineNumber = 0;
        int start = 0;
        while (start < text.length()) {
            lineNumber++;
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            start = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : end + 1;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (isProviderKey(line)) {
                return dialectOf(provider(line, shown, lineNumber), shown, lineNumber);
            }
        }
        throw new DiscoveryException(shown + ": no provider = \"…\" line; pass --dialect");
    }

    private static String read(Path file, String shown) throws DiscoveryException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new DiscoveryException("cannot read " + shown + ": " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new DiscoveryException(shown + ": larger than " + MAX_BYTES / 1024 + " KiB, so not a Prisma lock"
                    + " file (Prisma writes three short lines); fix it, or pass --dialect to ignore it");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DiscoveryException("cannot read " + shown + ": not UTF-8 text");
        }
    }

    /** A line whose TOML key is {@code provider}; comments, blank lines and other keys are not. */
    private static boolean isProviderKey(String line) {
        int key = skipBlanks(line, 0);
        if (!line.startsWith("provider", key)) {
            return false;
        }
        int equals = skipBlanks(line, key + "provider".length());
        return equals < line.length() && line.charAt(equals) == '=';
    }

    /** The quoted value of a provider line: {@code provider = "name"}, maybe with a {@code # comment} after it. */
    private static String provider(String line, String shown, int lineNumber) throws DiscoveryException {
        int open = skipBlanks(line, line.indexOf('=') + 1);
        char quote = open < line.length() ? line.charAt(open) : ' ';
        int close = quote == '"' || quote == '\'' ? line.indexOf(quote, open + 1) : -1;
        int after = close < 0 ? -1 : skipBlanks(line, close + 1);
        if (close < 0 || after < line.length() && line.charAt(after) != '#') {
            throw new DiscoveryException(shown + ":" + lineNumber + ": provider must be a quoted name, like"
                    + " provider = \"postgresql\"; pass --dialect to ignore the lock file");
        }
        return line.substring(open + 1, close);
    }

    private static Dialect dialectOf(String provider, String shown, int lineNumber) throws DiscoveryException {
        return Dialect.fromName(provider).orElseThrow(() -> new DiscoveryException(shown + ":" + lineNumber
                + ": unknown provider \"" + shortened(provider) + "\" (expected mysql, postgresql, sqlite, sqlserver"
                + " or cockroachdb)"));
    }

    private static String shortened(String provider) {
        if (provider.codePointCount(0, provider.length()) <= SHOWN_PROVIDER_CHARACTERS) {
            return provider;
        }
        return provider.substring(0, provider.offsetByCodePoints(0, SHOWN_PROVIDER_CHARACTERS)) + "…";
    }

    /** TOML's whitespace is spaces and tabs. */
    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
