package dev.migralint.report;

import dev.migralint.change.CreateEnumType;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropType;
import dev.migralint.change.Transaction;
import dev.migralint.change.Unparsed;
import dev.migralint.online.MysqlVerdict;
import dev.migralint.online.PostgresVerdict;
import dev.migralint.online.Verdict;
import dev.migralint.rule.PlannedStatement;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code migralint explain-plan}'s report, for a reviewer: per file and target, one row per statement with what the
 * server does to run it: MySQL's algorithm, rebuild and lock, or PostgreSQL's lock on each table and the work done
 * under it. Names from the migration are made safe like the text report's.
 */
public final class PlanReport {
    /** Writes one block per file, one row per statement with its verdict. */
    public void write(List<PlannedStatement> plan, PrintWriter out) {
        String file = null;
        for (PlannedStatement p : plan) {
            if (!p.file().equals(file)) {
                out.println((file == null ? "" : "\n") + SafeText.lineStart(p.file()) + " (" + p.target() + ")");
                file = p.file();
            }
            String statement = p.statement().oneLine();
            if (statement.length() > 72) {
                statement = statement.substring(0, 71) + "…";
            }
            out.printf("  %4d  %s%n", p.statement().span().line(), SafeText.clean(statement));
            // the verdict names tables and columns of the migration: each of its lines is made safe as a whole
            String verdict = p.verdict().map(PlanReport::describe).orElseGet(() -> noVerdict(p));
            verdict.lines().forEach(line -> out.println(SafeText.lineStart("        " + line.strip())));
        }
    }

    private static String noVerdict(PlannedStatement p) {
        if (p.changes().stream().allMatch(c -> c instanceof DataChange)) {
            return "rows only, not the table's definition: locks the rows it writes";
        }
        if (p.changes().stream().allMatch(c -> c instanceof CreateEnumType || c instanceof DropType)) {
            return "a type, not a table: no table is locked";
        }
        if (p.changes().stream().allMatch(c -> c instanceof Transaction)) {
            return "transaction control";
        }
        if (p.changes().stream().anyMatch(c -> c instanceof Unparsed)) {
            return "not understood (see the parse-error finding): no prediction";
        }
        return "no prediction: no table is changed, or a part of the statement is not modelled";
    }

    private static String describe(Verdict v) {
        String why = v.newTable() ? "" : v.reasons().isEmpty() ? "" : "\n        why: " + String.join("; ", v.reasons());
        if (v instanceof MysqlVerdict m && !m.newTable() && m.refused().isEmpty()) {
            return "algorithm " + m.algorithmName() + " · " + (m.rebuild() ? "rebuilds the table" : "no rebuild")
                    + " · lock " + m.lock() + (m.blocksWrites() ? " (writes wait)" : "") + why;
        }
        if (v instanceof PostgresVerdict p && !p.newTable()) {
            return p.summary() + (p.blocksWrites() ? " (writes wait" + (p.lock().blocksReads() ? ", reads too)" : ")")
                    : "") + why;
        }
        return v.summary() + why;
    }
}
