package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.online.Verdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** A second (third…) statement of one migration that rebuilds or rewrites the same existing table. */
public final class MultipleRebuildsRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("multiple-rebuilds", Category.LOCKING, Severity.INFO,
            "Two or more statements of one migration rebuild the same table")
            .targeting("MySQL, MariaDB, PostgreSQL");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        LockingVerdict.of(ctx).filter(Verdict::rebuilds).ifPresent(v -> {
            long before = ctx.earlierVerdicts().stream()
                    .filter(e -> e.rebuilds() && e.table().equals(v.table())).count();
            if (before == 0) {
                return;
            }
            String verb = v.target().mysqlFamily() ? "rebuilt" : "rewritten";
            ctx.report(v.table() + " is " + verb + " again (" + ordinal(before + 1) + " time in this migration): "
                            + LockingVerdict.reasons(v),
                    v.target().mysqlFamily()
                            ? "Put the clauses into one ALTER TABLE, separated by commas, so the table is copied once."
                            : "Put the subcommands into one ALTER TABLE, separated by commas, so the table is "
                            + "rewritten once.");
        });
    }

    private static String ordinal(long n) {
        return n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
    }
}
