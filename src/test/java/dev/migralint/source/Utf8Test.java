package dev.migralint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8} finds and locates the first bad byte as the whole-file decoder and {@link LineMap} do, without their
 * copies: checked on seeded random texts of every kind of line break, BOMs, 2-, 3- and 4-byte sequences and bad ones.
 */
class Utf8Test {
    private static final byte[][] PIECES = {
        "a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "\r".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
        "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
    };

    @Test
    void findsAndLocatesTheFirstBadByteAsTheDecoderAndLineMapDo() {
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            ByteBuffer text = ByteBuffer.allocate(256);
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                // bad pieces are rarer, so that most texts run a while before one
                byte[] piece = PIECES[random.nextInt(10) < 8 ? random.nextInt(8) : random.nextInt(PIECES.length)];
                text.put(piece);
            }
            byte[] bytes = java.util.Arrays.copyOf(text.array(), text.position());

            int expected = strictlyDecodedUpTo(bytes);
            assertThat(Utf8.firstMalformed(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            if (expected >= 0) {
                String before = new String(bytes, 0, expected, StandardCharsets.UTF_8);
                LineMap lines = LineMap.of(before);
                SourceSpan at = Utf8.positionOf(bytes, expected);
                String shown = java.util.HexFormat.of().formatHex(bytes);
                assertThat(at.line()).as(shown).isEqualTo(lines.line(before.length()));
                assertThat(at.column()).as(shown).isEqualTo(lines.column(before.length()));
            }
        }
    }

    /** The whole text decoded at once, strictly: where it stops, or -1. */
    private static int strictlyDecodedUpTo(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : -1;
    }
}
