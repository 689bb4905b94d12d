package dev.migralint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migralint.source.Comment;
import dev.migralint.source.LineMap;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.SplitProblem;
import dev.migralint.source.SplitResult;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The splitter on arbitrary text: it never throws, and what it returns is true to the text. A plain {@code mvn verify}
 * replays the saved inputs under {@code src/test/resources/dev/migralint/fuzz/SplitterFuzzTestInputs/}; to fuzz:
 *
 * <pre>mvn -B -Pfuzz test -Dtest=SplitterFuzzTest -Dfuzz.seconds=300</pre>
 */
class SplitterFuzzTest {

    static {
        FuzzInput.WARM_UP.forEach(SplitterFuzzTest::check);
    }

    @FuzzTest(maxDuration = "5m")
    void splitsAnyTextIntoTrueSpans(FuzzedDataProvider data) throws Throwable {
        FuzzInput in = FuzzInput.from(data);
        FuzzInput.withinTimeLimit(() -> check(in));
    }

    private static void check(FuzzInput in) {
        String text = in.text();
        SplitResult split = StatementSplitter.split(text, in.dialect());
        LineMap lines = LineMap.of(text);

        int previousEnd = 0;
        for (Statement st : split.statements()) {
            SourceSpan span = st.span();
            assertLocated(span, lines, text);
            assertThat(st.text()).isEqualTo(text.substring(span.start(), span.end()));
            assertThat(span.start()).as("statements in order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
            assertThat(st.text()).as("a statement has text").isNotEmpty();
            assertThat(st.text().charAt(0)).as("starts at its first token").isGreaterThan(' ');
            assertThat(st.text().charAt(st.text().length() - 1)).as("trimmed at its end").isGreaterThan(' ');
            for (Comment c : st.comments()) {
                assertComment(c, lines, text);
            }
            previousEnd = span.end();
        }
        for (Comment c : split.trailingComments()) {
            assertComment(c, lines, text);
        }
        for (SplitProblem p : split.problems()) {
            assertLocated(p.span(), lines, text);
        }
        assertNothingLost(text, split, in);
    }

    /**
     * Outside statements and comments only blanks and terminators remain. MySQL's client DELIMITER lines (and the
     * terminators they choose) also live outside; texts that mention DELIMITER are left to the other checks.
     */
    private static void assertNothingLost(String text, SplitResult split, FuzzInput in) {
        if (text.toUpperCase(Locale.ROOT).contains("DELIMITER")) {
            return;
        }
        List<SourceSpan> covered = new ArrayList<>();
        split.statements().forEach(st -> covered.add(st.span()));
        split.statements().forEach(st -> st.comments().forEach(c -> covered.add(c.span())));
        split.trailingComments().forEach(c -> covered.add(c.span()));
        boolean[] inside = new boolean[text.length()];
        for (SourceSpan s : covered) {
            for (int i = s.start(); i < s.end(); i++) {
                inside[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean leadingBom = i == 0 && c == '\uFEFF';
            if (!inside[i] && !leadingBom && c > ' ' && c != ';') {
                throw new AssertionError("char " + i + " (" + (int) c + ") of the " + in.dialect()
                        + " text is in no statement and no comment");
            }
        }
    }

    private static void assertComment(Comment c, LineMap lines, String text) {
        assertLocated(c.span(), lines, text);
        assertThat(c.text()).isEqualTo(text.substring(c.span().start(), c.span().end()));
    }

    static void assertLocated(SourceSpan span, LineMap lines, String text) {
        assertThat(span.start()).isBetween(0, text.length());
        assertThat(span.end()).isBetween(span.start(), text.length());
        assertThat(span.line()).as("line of %s", span).isEqualTo(lines.line(span.start()));
        assertThat(span.column()).as("column of %s", span).isEqualTo(lines.column(span.start()));
        assertThat(span.endLine()).as("end line of %s", span).isEqualTo(lines.line(span.end()));
        assertThat(span.endColumn()).as("end column of %s", span).isEqualTo(lines.column(span.end()));
    }
}
