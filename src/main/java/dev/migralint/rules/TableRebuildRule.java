package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.online.MysqlVerdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/**
 * MySQL and MariaDB: a statement that rebuilds an existing table while writes go on (INPLACE with a rebuild). One
 * that also blocks writes is {@code blocks-writes}' to report, once.
 */
public final class TableRebuildRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("table-rebuild", Category.LOCKING, Severity.WARNING,
            "A MySQL or MariaDB ALTER that rebuilds an existing table (copies every row)")
            .targeting("MySQL and MariaDB");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        LockingVerdict.mysql(ctx).filter(v -> v.rebuilds() && !v.blocksWrites()).ifPresent(v -> ctx.report(
                "this statement rebuilds " + v.table() + " on " + v.target() + " (ALGORITHM=" + v.algorithmName()
                        + ", LOCK=" + v.lock() + "): " + LockingVerdict.reasons(v), hint(v)));
    }

    private static String hint(MysqlVerdict v) {
        String split = v.reasons().stream().anyMatch(r -> r.endsWith(MysqlVerdict.INSTANT_ALONE))
                ? "Split the statement: the clauses marked INSTANT run without a rebuild in an ALTER TABLE of their "
                + "own. " : "";
        return split + "Reads and writes go on, but the rebuild reads and writes the whole table, needs that much free "
                + "disk, and replicas start it only when the primary is done, so they lag by as long. Adding "
                + "ALGORITHM=INPLACE, LOCK=NONE to the statement makes the server refuse it rather than fall back to a "
                + "blocking copy if this prediction is wrong for your server. " + LockingVerdict.ONLINE_TOOLS;
    }
}
