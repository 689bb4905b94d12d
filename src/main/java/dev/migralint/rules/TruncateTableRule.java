package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Flags TRUNCATE, and DELETE without WHERE, on an existing table: every row is gone. */
public final class TruncateTableRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("truncate-table", Category.DESTRUCTIVE, Severity.ERROR,
            "TRUNCATE or an unconditional DELETE removes every row");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof DataChange dc) || ctx.createdInThisMigration(dc.table())) {
            return;
        }
        boolean all = dc.kind() == DataChange.Kind.TRUNCATE
                || dc.kind() == DataChange.Kind.DELETE && dc.where().isEmpty();
        if (!all) {
            return;
        }
        ctx.report((dc.kind() == DataChange.Kind.TRUNCATE ? "TRUNCATE" : "DELETE without WHERE") + " removes every row"
                        + " of " + dc.table(),
                "If only some rows must go, add the WHERE; if the table is obsolete, stop using it first and drop it "
                        + "in a later migration after a backup.");
    }
}
