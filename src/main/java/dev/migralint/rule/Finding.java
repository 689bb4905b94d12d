package dev.migralint.rule;

import dev.migralint.source.NaturalOrder;
import dev.migralint.source.SourceSpan;
import java.util.Comparator;

/** One thing a rule found, located in a file. {@code file} is the path as reports show it. */
public record Finding(String rule, Severity severity, Category category, String file, SourceSpan span,
                      String message, String hint) {

    /** Reports order: by file (2_x.sql before 10_x.sql), then position, then rule id so equal positions are stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file, NaturalOrder.INSTANCE)
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::rule);
}
