package dev.migralint.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable id (used in suppressions, configs, baselines, SARIF), its category, severity, summary,
 * and, for a rule that speaks for some databases only, which ones as its doc's header names them
 * ({@code "PostgreSQL"}, {@code "MySQL and MariaDB"}; empty for a rule of every dialect). {@link RuleDoc} makes the
 * doc's header from it.
 */
public record RuleInfo(String id, Category category, Severity severity, String summary, String targets) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleInfo {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        Objects.requireNonNull(targets, "targets");
    }

    /** A rule of every dialect. */
    public RuleInfo(String id, Category category, Severity severity, String summary) {
        this(id, category, severity, summary, "");
    }

    public static RuleInfo of(String id, Category category, Severity severity, String summary) {
        return new RuleInfo(id, category, severity, summary);
    }

    /** This rule, speaking only for the databases {@code targets} names (shown in its doc's header). */
    public RuleInfo targeting(String targets) {
        return new RuleInfo(id, category, severity, summary, targets);
    }
}
