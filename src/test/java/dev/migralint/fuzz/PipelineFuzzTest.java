package dev.migralint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.report.LintReport;
import dev.migralint.rule.Finding;
import dev.migralint.rules.BuiltInRules;
import dev.migralint.source.History;
import dev.migralint.source.LineMap;
import dev.migralint.source.Migration;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole pipeline (split, parse, lower, replay, every built-in rule, suppressions) on one file: it never throws,
 * no rule fails (the engine reports a failing rule as a finding), no statement runs into the parse time limit, and
 * the findings are sorted and located within the file. A plain {@code mvn verify} replays the saved inputs under
 * {@code src/test/resources/dev/migralint/fuzz/PipelineFuzzTestInputs/}; to fuzz:
 *
 * <pre>mvn -B -Pfuzz test -Dtest=PipelineFuzzTest -Dfuzz.seconds=300</pre>
 */
class PipelineFuzzTest {
    /** As the CLI does: every built-in rule, with the default parse time limit. */
    private static final LintOptions OPTIONS = LintOptions.of(BuiltInRules.create());

    static {
        FuzzInput.WARM_UP.forEach(PipelineFuzzTest::check);
    }

    @FuzzTest(maxDuration = "5m")
    void lintsAnyFileIntoSortedLocatedFindings(FuzzedDataProvider data) throws Throwable {
        FuzzInput in = FuzzInput.from(data);
        FuzzInput.withinTimeLimit(() -> check(in));
    }

    private static void check(FuzzInput in) {
        LintReport report;
        try {
            report = Lint.run(List.of(new History("", in.dialect(), List.of(Migration.ofText("1", "f.sql", in.text())))),
                    OPTIONS).report();
        } catch (dev.migralint.lint.LintException e) {
            throw new AssertionError(e);
        }
        LineMap lines = LineMap.of(in.text());
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            assertThat(f.file()).isEqualTo("f.sql");
            assertThat(f.span().line()).as("line of %s", f).isBetween(1, lines.lineCount());
            assertThat(f.span().endLine()).as("end line of %s", f).isBetween(f.span().line(), lines.lineCount());
            assertThat(f.span().column()).as("column of %s", f).isPositive();
            // the engine turns an exception in a rule into a finding; for built-in rules that is our bug
            assertThat(f.message()).as("a rule failed").doesNotContain(" failed on this statement")
                    .doesNotContain(" failed on this migration");
            assertThat(f.message()).as("a statement took too long to parse").doesNotContain("took longer than");
            if (i > 0) {
                assertThat(Finding.ORDER.compare(findings.get(i - 1), f)).as("findings sorted at %d", i)
                        .isLessThanOrEqualTo(0);
            }
        }
    }
}
