package dev.migralint.rules;

import dev.migralint.rule.Category;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.rule.Suppression;

/**
 * Flags a {@code migralint-ignore} comment without a reason: it suppresses nothing, since an acknowledgement a
 * reviewer cannot check is no acknowledgement.
 */
public final class SuppressionWithoutReasonRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("suppression-without-reason", Category.HYGIENE, Severity.ERROR,
            "A migralint-ignore comment without a reason, which therefore suppresses nothing");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkSuppressions(MigrationInfo migration, RuleContext ctx) {
        for (Suppression s : ctx.suppressions()) {
            if (!s.rules().isEmpty() && s.reason().isEmpty()) {
                ctx.report(s.comment().span(), s.marker() + " " + String.join(", ", s.rules())
                                + " gives no reason, so it suppresses nothing",
                        "Say why the change is safe after a colon: -- " + s.marker() + " " + s.rules().get(0)
                                + ": moved to the archive table in #482");
            }
        }
    }
}
