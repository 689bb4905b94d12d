package dev.migralint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {
    private static String oneLine(String text) {
        return new Statement(text, new SourceSpan(0, text.length(), 1, 1, 1, text.length() + 1), List.of())
                .oneLine();
    }

    @Test
    void collapsesEveryRunOfWhitespaceToOneSpace() {
        assertThat(oneLine("ALTER TABLE \"User\"\n\tADD COLUMN  \"age\" INTEGER\r\n")).isEqualTo(
                "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER");
        assertThat(oneLine("  \u000b\fDROP   TABLE x \f")).isEqualTo("DROP TABLE x");
    }

    @Test
    void keepsWhatTheRegexWhitespaceClassDoesNotMatch() {
        // baselines written by earlier versions matched on \s+ → " ": a no-break space inside is text, not a gap
        assertThat(oneLine("SELECT 'a\u00a0b'")).isEqualTo("SELECT 'a\u00a0b'");
        assertThat(oneLine("")).isEmpty();
    }
}
