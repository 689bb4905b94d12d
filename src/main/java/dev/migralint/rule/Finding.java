package dev.migralint.rule;

import dev.migralint.source.NaturalOrder;
import dev.migralint.source.SourceSpan;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing a rule found, located in a file. {@code file} is the path as reports show it; {@code statement} the
 * text of the statement it is in, whitespace collapsed (baselines match on it, so edits above do not matter);
 * {@code suppression} the reason given where the migration acknowledges it ({@code -- migralint-ignore}).
 */
public record Finding(String rule, Severity severity, Category category, String file, SourceSpan span,
                      String message, String hint, String statement, Optional<String> suppression) {

    public Finding(String rule, Severity severity, Category category, String file, SourceSpan span, String message,
                   String hint) {
        this(rule, severity, category, file, span, message, hint, "", Optional.empty());
    }

    /** Reports order: by file (2_x.sql before 10_x.sql), then position, then rule id so equal positions are stable. */
    public static final Comparator<Finding> ORDER = Finding::compareForReports;

    // one method rather than a chain of comparators: sorting a long history's findings is a good part of its run
    private static int compareForReports(Finding a, Finding b) {
        int c = NaturalOrder.INSTANCE.compare(a.file, b.file);
        if (c == 0) {
            c = Integer.compare(a.span.line(), b.span.line());
        }
        if (c == 0) {
            c = Integer.compare(a.span.column(), b.span.column());
        }
        return c != 0 ? c : a.rule.compareTo(b.rule);
    }

    public boolean suppressed() {
        return suppression.isPresent();
    }

    public Finding withSuppression(String reason) {
        return new Finding(rule, severity, category, file, span, message, hint, statement, Optional.of(reason));
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, category, file, span, message, hint, statement, suppression);
    }
}
