package dev.migralint.rule;

import java.util.regex.Pattern;

/** What a rule is: a stable id (used in suppressions, configs, baselines, SARIF), its category, severity, summary. */
public record RuleInfo(String id, Category category, Severity severity, String summary) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleInfo {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
    }

    public static RuleInfo of(String id, Category category, Severity severity, String summary) {
        return new RuleInfo(id, category, severity, summary);
    }
}
