package dev.migralint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a file stops being UTF-8, found without a second copy of it: a file of tens of MiB is already in memory as
 * bytes and as text when this is asked, and several are read at once.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte that is not UTF-8 (a truncated sequence at the end counts), or -1. */
    public static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192); // decoded and dropped a chunk at a time
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (!result.isOverflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /**
     * The span of the char at byte {@code offset}, where every byte before it is UTF-8, as {@link LineMap} would give
     * it for the decoded text: lines end at LF, CRLF or a lone CR, columns count UTF-16 chars (a 4-byte sequence is
     * two), and a leading byte order mark takes no column.
     */
    public static SourceSpan positionOf(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n' || (b == '\r' && (i + 1 == offset || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) { // not a continuation byte: a char starts here
                column += (b & 0xf8) == 0xf0 ? 2 : 1;
            }
        }
        boolean bom = offset >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        if (line == 1 && bom) {
            column--;
        }
        return new SourceSpan(0, 0, line, column, line, column + 1);
    }
}
