package dev.migralint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migralint.source.LineMap;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import dev.migralint.sql.LoweredChange;
import dev.migralint.sql.StatementLowering;
import java.util.List;

/**
 * Parse and lower, one statement at a time, on the calling thread (no parse worker, so no time limit and the
 * thread's own stack): whatever the statement, lowering returns changes ({@code Unparsed} for garbage) located inside
 * that statement, and never throws. Every statement the splitter finds is lowered, even one holding an unterminated
 * quote (the linter skips those, but lowering must not depend on it). A plain {@code mvn verify} replays the saved
 * inputs under {@code src/test/resources/dev/migralint/fuzz/LoweringFuzzTestInputs/}; to fuzz:
 *
 * <pre>mvn -B -Pfuzz test -Dtest=LoweringFuzzTest -Dfuzz.seconds=300</pre>
 */
class LoweringFuzzTest {

    static {
        FuzzInput.WARM_UP.forEach(LoweringFuzzTest::check);
    }

    @FuzzTest(maxDuration = "5m")
    void lowersAnyStatementWithoutThrowing(FuzzedDataProvider data) throws Throwable {
        FuzzInput in = FuzzInput.from(data);
        FuzzInput.withinTimeLimit(() -> check(in));
    }

    private static void check(FuzzInput in) {
        String text = in.text();
        LineMap lines = LineMap.of(text);
        StatementLowering lowering = new StatementLowering(in.dialect());
        for (Statement st : StatementSplitter.split(text, in.dialect()).statements()) {
            List<LoweredChange> changes = lowering.lower(st, lines);
            for (LoweredChange lc : changes) {
                assertThat(lc.change()).isNotNull();
                SourceSpan span = lc.span();
                SplitterFuzzTest.assertLocated(span, lines, text);
                assertThat(span.start()).as("%s starts inside its statement %s", lc, st.span())
                        .isBetween(st.span().start(), st.span().end());
                assertThat(span.end()).as("%s ends inside its statement %s", lc, st.span())
                        .isBetween(span.start(), st.span().end());
            }
        }
    }
}
