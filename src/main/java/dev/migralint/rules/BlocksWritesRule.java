package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.DataChange;
import dev.migralint.change.ModifyColumn;
import dev.migralint.online.MysqlVerdict;
import dev.migralint.online.PostgresVerdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.List;

/**
 * A statement that makes writes to an existing table wait for longer than a catalog update. MySQL and MariaDB: it
 * needs LOCK=SHARED or EXCLUSIVE. PostgreSQL: it holds a lock that blocks writes (SHARE or stronger) while it
 * rewrites, scans or indexes the table; plain CREATE INDEX and validating constraints are left to
 * {@code require-concurrent-index} and {@code add-foreign-key-validating}, which say the specific way out.
 */
public final class BlocksWritesRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("blocks-writes", Category.LOCKING, Severity.WARNING,
            "A statement that blocks writes to an existing table while it copies, rewrites or scans it")
            .targeting("MySQL, MariaDB, PostgreSQL");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        LockingVerdict.mysql(ctx).filter(MysqlVerdict::blocksWrites).ifPresent(v -> mysql(v, ctx));
        LockingVerdict.postgres(ctx).filter(PostgresVerdict::blocksWrites).ifPresent(v -> postgres(v, ctx));
    }

    private static void mysql(MysqlVerdict v, RuleContext ctx) {
        boolean foreignKey = ctx.statementChanges().stream().anyMatch(c -> c instanceof AddForeignKey);
        String hint = foreignKey
                ? "MySQL adds a foreign key in place (LOCK=NONE) only with foreign_key_checks=0, which skips checking "
                + "the existing rows: check them for orphans yourself, then run SET foreign_key_checks=0 before the "
                + "ALTER and SET foreign_key_checks=1 after it. " + LockingVerdict.ONLINE_TOOLS
                : LockingVerdict.ONLINE_TOOLS;
        ctx.report("this statement blocks writes to " + v.table() + " on " + v.target() + " (ALGORITHM="
                + v.algorithmName() + ", LOCK=" + v.lock() + "; " + (v.rebuild() ? "the table is rebuilt" : "no rebuild")
                + "): " + LockingVerdict.reasons(v), hint);
    }

    private static void postgres(PostgresVerdict v, RuleContext ctx) {
        List<PostgresVerdict.Cause> here = v.causes().stream()
                .filter(c -> c.work() != PostgresVerdict.Work.CATALOG && reportedHere(c.change())).toList();
        if (here.isEmpty()) {
            return; // only an index build or a constraint check: require-concurrent-index or
                    // add-foreign-key-validating say so, with their own way out
        }
        String reads = v.lock().blocksReads() ? "reads and writes" : "writes";
        ctx.report("this statement holds " + v.lock().sqlName() + " on " + v.table() + " and " + v.work().text()
                + " on " + v.target() + ": " + String.join(", ", here.stream().map(PostgresVerdict.Cause::text)
                .toList()) + "; " + reads + " wait until it ends", hint(here.get(0).change()));
    }

    /** Blocking that no more specific rule reports: CREATE INDEX, constraint checks and TRUNCATE have their own. */
    private static boolean reportedHere(Change c) {
        return !(c instanceof AddForeignKey || c instanceof AddCheck || c instanceof DataChange
                || c instanceof AddIndex ai && !ai.inAlterTable());
    }

    private static String hint(Change c) {
        if (c instanceof ModifyColumn m && m.alteration() instanceof ColumnAlteration.SetNotNull) {
            return "Add CHECK (\"" + m.column() + "\" IS NOT NULL) NOT VALID, run VALIDATE CONSTRAINT in a later "
                    + "migration (reads and writes go on), then SET NOT NULL, which PostgreSQL 12+ then does without a "
                    + "scan, and drop the CHECK.";
        }
        if (c instanceof ModifyColumn) {
            return "Add a column of the new type, backfill it in batches, move the code over, then drop the old "
                    + "column; on a small table, accept the lock in a quiet hour.";
        }
        if (c instanceof AddIndex || c instanceof AddPrimaryKey) {
            return "Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (alone in its own migration), then ADD "
                    + "CONSTRAINT … UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which only updates the catalog.";
        }
        return "Add the column without a default (or with a constant one), set the default in a second statement, and "
                + "backfill the existing rows in batches.";
    }
}
