package dev.migralint.lint;

import dev.migralint.change.Unparsed;
import dev.migralint.rule.ChangeAt;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.MigrationChanges;
import dev.migralint.rule.Suppression;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.Migration;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.SplitProblem;
import dev.migralint.source.SplitResult;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import dev.migralint.sql.LoweredChange;
import dev.migralint.sql.ParseWorker;
import dev.migralint.sql.StatementLowering;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one migration's text into what the engine replays: split, parse and lower each statement, keep its comments. */
final class MigrationLowering {
    /** A migration ready for the engine, and how many statements it holds (for the summary). */
    record Lowered(MigrationChanges changes, int statements) {
    }

    private MigrationLowering() {
    }

    /** Lowers the migration's text on {@code worker}, which bounds the time each statement may take to parse. */
    static Lowered lower(Migration m, String text, Dialect dialect, Optional<GitBase> git, ParseWorker worker) {
        SplitResult split = StatementSplitter.split(text, dialect);
        List<ChangeAt> changes = new ArrayList<>();
        for (SplitProblem problem : split.problems()) {
            // a statement of its own, the text the problem spans: explain-plan shows it as a row
            SourceSpan at = problem.span();
            Statement piece = new Statement(text.substring(at.start(), Math.min(at.end(), text.length())), at,
                    List.of());
            changes.add(new ChangeAt(new Unparsed(problem.message()), at, piece));
        }
        // a statement holding an unterminated quote or comment is reported where that opens; parsing it would only
        // add noise
        List<Statement> parseable = split.statements().stream()
                .filter(st -> split.problems().stream().noneMatch(p -> holds(st, p)))
                .toList();
        List<List<LoweredChange>> lowered = new StatementLowering(dialect, worker).lowerAll(parseable,
                LineMap.of(text));
        for (int i = 0; i < lowered.size(); i++) {
            Statement statement = parseable.get(i);
            for (LoweredChange lc : lowered.get(i)) {
                changes.add(new ChangeAt(lc.change(), lc.span(), statement));
            }
        }
        // a migration replayed for context gives no findings: its statements and suppressions are not kept
        List<Statement> statements = m.reported() ? split.statements() : List.of();
        List<Suppression> suppressions = m.reported()
                ? Suppression.parse(split.statements(), split.trailingComments()) : List.of();
        return new Lowered(new MigrationChanges(m.name(), m.displayPath(), m.reported(), changes, git, statements,
                suppressions), split.statements().size());
    }

    /** A migration that was read but not linted: its one problem, and no statements. */
    static Lowered refused(Migration m, FileText.Refused refused, Optional<GitBase> git) {
        return new Lowered(new MigrationChanges(m.name(), m.displayPath(), m.reported(),
                List.of(new ChangeAt(refused.problem(), refused.at())), git, List.of(), List.of()), 0);
    }

    private static boolean holds(Statement st, SplitProblem p) {
        return p.span().start() >= st.span().start()
                && p.span().start() < Math.max(st.span().end(), st.span().start() + 1);
    }
}
