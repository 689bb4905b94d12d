package dev.migralint.report;

import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import java.util.List;

/** Everything a renderer needs: the sorted findings and what was linted. */
public record LintReport(List<Finding> findings, int migrations, int statements, int baselined) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    public LintReport(List<Finding> findings, int migrations, int statements) {
        this(findings, migrations, statements, 0);
    }

    /** Findings at this severity, not counting suppressed ones. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !f.suppressed()).count();
    }

    public long suppressed() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** {@code 3 errors, 2 warnings in 6 migrations (41 statements)}. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long infos = count(Severity.INFO);
        if (findings.size() == suppressed()) {
            b.append("no problems");
        } else {
            b.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
            if (infos > 0) {
                b.append(", ").append(plural(infos, "info"));
            }
        }
        b.append(" in ").append(plural(migrations, "migration"))
                .append(" (").append(plural(statements, "statement")).append(')');
        if (suppressed() > 0) {
            b.append(", ").append(suppressed()).append(" suppressed");
        }
        if (baselined > 0) {
            b.append(", ").append(baselined).append(" in the baseline");
        }
        return b.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
