package dev.migralint.lint;

import dev.migralint.config.Baseline;
import dev.migralint.report.LintReport;
import java.util.List;

/**
 * What a lint found: the report (findings in report order, with the config's severities, less those the baseline
 * accepts), the files that could not be read (a run with any is incomplete), and the baseline entries that matched
 * no finding.
 */
public record LintResult(LintReport report, List<String> unreadable, List<Baseline.Entry> staleBaseline) {
    public LintResult {
        unreadable = List.copyOf(unreadable);
        staleBaseline = List.copyOf(staleBaseline);
    }
}
