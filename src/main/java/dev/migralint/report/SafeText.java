package dev.migralint.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from the files of a pull request made safe to print where a terminal or a CI runner reads it. Migration
 * names, comments, file names and config values reach our output; printed as they are, they could move the cursor
 * and rewrite what a reviewer sees (ESC sequences, bidi overrides), end a line and start another, or be taken by
 * the GitHub Actions runner for a workflow command: {@code ::add-mask::} at the start of a line (after white
 * space), or the legacy {@code ##[command]} anywhere in a line (actions/runner, ActionCommand.TryParse).
 */
public final class SafeText {
    private SafeText() {
    }

    /**
     * Control characters (C0, DEL, C1) shown as {@code \xNN}, line and paragraph separators and bidi controls as
     * {@code \\uNNNN}; {@code ##[} broken up as {@code #\x23[}. Printable text is left alone.
     */
    public static String clean(String s) {
        // a char array, not charAt: most of a run's text passes here before the loop is compiled
        char[] chars = s.toCharArray();
        StringBuilder b = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean legacyCommand = c == '#' && i > 0 && chars[i - 1] == '#' && i + 1 < chars.length
                    && chars[i + 1] == '[';
            if (isControl(c) || legacyCommand) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(chars, 0, i);
                }
                b.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * {@link #clean} for text that starts a line of output: where it would read as a workflow command ({@code ::}
     * after leading white space, as the runner trims it), its first colon is shown as {@code \x3a}.
     */
    public static String lineStart(String s) {
        String clean = clean(s);
        int i = 0;
        while (i < clean.length() && (Character.isWhitespace(clean.charAt(i))
                || Character.isSpaceChar(clean.charAt(i)))) {
            i++;
        }
        return clean.startsWith("::", i) ? clean.substring(0, i) + "\\x3a" + clean.substring(i + 1) : clean;
    }

    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    /**
     * Jackson's escapes (every C0 control, quote and backslash) plus {@code \\uXXXX} for the C1 controls, the line
     * and paragraph separators and the bidi controls, which Jackson writes raw: the same data, but a JSON report
     * printed in a CI log cannot reorder or break what a reviewer reads.
     */
    public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
        private final int[] ascii = asciiEscapes();

        /** Jackson's, and DEL: Jackson writes it raw, and only asks about characters above ASCII. */
        private int[] asciiEscapes() {
            int[] escapes = standardAsciiEscapesForJSON();
            escapes[0x7f] = ESCAPE_STANDARD;
            return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return isControl((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null; // as Jackson's
        }
    };

    /**
     * A writer for JSON that writes every {@code ##[} as {@code #\\u0023[}: the same JSON data (the sequence can only
     * occur inside a string, where {@code \\u0023} is '#'), but nothing the runner reads as a legacy command. JSON
     * strings hold no raw line breaks, so no line of it starts with {@code ::}. {@link FinishingWriter#finish} writes
     * what is held back (a run of '#' waiting for the next character) without closing the target.
     */
    public static FinishingWriter jsonBreakingCommands(Writer target) {
        return new FinishingWriter(target);
    }

    /** See {@link #jsonBreakingCommands}. */
    public static final class FinishingWriter extends FilterWriter {
        private int heldHashes;

        private FinishingWriter(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '#') {
                heldHashes++;
                return;
            }
            if (heldHashes > 0) {
                boolean command = c == '[' && heldHashes >= 2;
                for (int i = command ? 1 : 0; i < heldHashes; i++) {
                    out.write('#');
                }
                if (command) {
                    out.write("\\u0023");
                }
                heldHashes = 0;
            }
            out.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int end = offset + length;
            int plain = offset; // the first character not yet written; those from it on need no care
            for (int i = offset; i < end; i++) {
                if (chars[i] == '#' || heldHashes > 0) {
                    out.write(chars, plain, i - plain);
                    write(chars[i]);
                    plain = i + 1;
                }
            }
            out.write(chars, plain, end - plain);
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            char[] chars = new char[length];
            s.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        /** Writes the held-back '#' characters and flushes, leaving the target open. */
        public void finish() throws IOException {
            for (; heldHashes > 0; heldHashes--) {
                out.write('#');
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
            super.close();
        }
    }
}
