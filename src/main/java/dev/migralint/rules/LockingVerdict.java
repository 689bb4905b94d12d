package dev.migralint.rules;

import dev.migralint.online.MysqlVerdict;
import dev.migralint.online.PostgresVerdict;
import dev.migralint.online.Verdict;
import dev.migralint.rule.RuleContext;
import java.util.Optional;

/**
 * The verdict the locking rules judge: once per statement, on a table that existed before the migration and still
 * holds its rows.
 */
final class LockingVerdict {
    private LockingVerdict() {
    }

    static Optional<Verdict> of(RuleContext ctx) {
        return ctx.firstInStatement() ? current(ctx) : Optional.empty();
    }

    /**
     * The verdict of the statement holding the current change, for rules about one change of it. A table emptied
     * earlier in the migration counts as new: its copy, scan or index build has no rows to read, so the lock is
     * released about as soon as it is taken.
     */
    static Optional<Verdict> current(RuleContext ctx) {
        return onExistingTable(ctx).filter(v -> !ctx.emptiedInThisMigration(v.table()));
    }

    /** As {@link #current}, also for an emptied table: for a cost that is the lock itself, not the rows. */
    static Optional<Verdict> onExistingTable(RuleContext ctx) {
        return ctx.statementVerdict().filter(v -> !v.newTable());
    }

    static Optional<MysqlVerdict> mysql(RuleContext ctx) {
        return of(ctx).filter(MysqlVerdict.class::isInstance).map(MysqlVerdict.class::cast)
                .filter(v -> v.refused().isEmpty());
    }

    static Optional<PostgresVerdict> postgres(RuleContext ctx) {
        return of(ctx).filter(PostgresVerdict.class::isInstance).map(PostgresVerdict.class::cast);
    }

    /** "dropping column `bio`, adding index `i`": what the statement does that costs. */
    static String reasons(Verdict v) {
        return String.join(", ", v.reasons());
    }

    /** The hint every MySQL copy gets: the tools that copy in the background. */
    static final String ONLINE_TOOLS = "On a large table, run it with an online schema change tool (gh-ost or "
            + "pt-online-schema-change copy the table in the background and swap it in), or in a maintenance window.";
}
