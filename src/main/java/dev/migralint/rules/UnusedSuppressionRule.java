package dev.migralint.rules;

import dev.migralint.rule.Category;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.rule.Suppression;

/**
 * Flags a {@code migralint-ignore} comment that silences nothing: it names no rule, or the finding it was written for
 * is gone. Stale ones pile up and would hide the next real finding on that statement.
 */
public final class UnusedSuppressionRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("unused-suppression", Category.HYGIENE, Severity.WARNING,
            "A migralint-ignore comment that suppresses nothing");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkSuppressions(MigrationInfo migration, RuleContext ctx) {
        for (Suppression s : ctx.suppressions()) {
            if (s.rules().isEmpty()) {
                ctx.report(s.comment().span(), s.marker() + " names no rule, so it suppresses nothing",
                        "Write the rule id after it: -- " + s.marker() + " drop-column: why this is safe");
            } else if (!s.reason().isEmpty() && !ctx.silencedAFinding(s) && s.rules().stream().anyMatch(ctx::runs)) {
                // one without a reason is suppression-without-reason's; one for rules switched off is not stale
                ctx.report(s.comment().span(), s.marker() + " " + String.join(", ", s.rules())
                                + " suppresses nothing " + (s.fileWide() ? "in this file" : "on this statement"),
                        "Remove it: the finding it was written for is gone.");
            }
        }
    }
}
