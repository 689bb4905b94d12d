package dev.migralint.lint;

import dev.migralint.config.Baseline;
import dev.migralint.config.Config;
import dev.migralint.online.Target;
import dev.migralint.report.LintReport;
import dev.migralint.rule.Engine;
import dev.migralint.rule.Finding;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.PlannedStatement;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One lint run over discovered histories: narrow to what changed since a revision and to what the config includes;
 * read, split, parse and lower the files in parallel; replay each history in order and check it; give the findings
 * the config's severities; leave out those the baseline accepts. The CLI, the tests and the benchmarks all come in
 * here. Files that cannot be read are listed in the result and skipped; every other problem in a file is a finding,
 * and the run goes on.
 */
public final class Lint {
    private Lint() {
    }

    /** Lints the histories; only {@code --changed-since} (git cannot answer) ends the run early. */
    public static LintResult run(List<History> histories, LintOptions options) throws LintException {
        Map<Path, GitBase> git = new HashMap<>();
        if (options.changedSince().isPresent()) {
            histories = changedOnly(histories, options.changedSince().get(), git);
        } else if (!options.gitFacts().isEmpty()) {
            git.putAll(options.gitFacts());
            histories = histories.stream().map(h -> GitChanges.onlyChanged(h, options.gitFacts())).toList();
        }
        histories = histories.stream().map(h -> included(h, options.config())).toList();
        List<String> unreadable = new ArrayList<>();
        histories.forEach(h -> unreadable.addAll(h.refused()));
        List<Finding> findings = new ArrayList<>();
        int migrations = 0;
        int statements = 0;
        Engine engine = new Engine(options.rules(), options.knownRules());
        try (ParallelLowering lowering = new ParallelLowering(options.parseLimit(), options.maxFileBytes())) {
            for (History history : histories) {
                ParallelLowering.InFileOrder lowered = lowering.lower(history, git, unreadable::add);
                findings.addAll(engine.check(history.dialect(), targetFor(options.target(), history.dialect()),
                        lowered));
                lowered.drain();
                migrations += lowered.migrations();
                statements += lowered.statements();
            }
        }
        findings = configured(findings, options.config());
        findings.sort(Finding.ORDER);
        LintReport report = new LintReport(findings, migrations, statements);
        if (options.baseline().isEmpty()) {
            return new LintResult(report, unreadable, List.of());
        }
        Baseline.Applied applied = options.baseline().get().apply(findings);
        return new LintResult(new LintReport(applied.findings(), migrations, statements, applied.matched()),
                unreadable, applied.stale());
    }

    /** What a plan found: each statement of the reported migrations with its verdict, and the problems met. */
    public record Plan(List<PlannedStatement> statements, List<String> problems) {
    }

    /**
     * What each statement of the reported migrations would do to a live server ({@code explain-plan}). Histories of
     * a dialect without a locking model (SQLite, SQL Server) are listed in the problems and skipped. Rules do not run:
     * of the options only the target and the limits count.
     */
    public static Plan plan(List<History> histories, LintOptions options) {
        List<String> problems = new ArrayList<>();
        histories.forEach(h -> problems.addAll(h.refused()));
        List<PlannedStatement> planned = new ArrayList<>();
        try (ParallelLowering lowering = new ParallelLowering(options.parseLimit(), options.maxFileBytes())) {
            for (History history : histories) {
                Optional<Target> server = targetFor(options.target(), history.dialect());
                if (server.isEmpty()) {
                    problems.add("no locking model for " + history.dialect().id() + " (" + history.root() + ")");
                    continue;
                }
                ParallelLowering.InFileOrder lowered = lowering.lower(history, Map.of(), problems::add);
                planned.addAll(Engine.plan(history.dialect(), server.get(), lowered));
                lowered.drain();
            }
        }
        return new Plan(planned, problems);
    }

    /**
     * The server to predict locking for: the one asked for, when it speaks the history's dialect; else the default
     * of the dialect (MySQL 8.0, PostgreSQL 16).
     */
    private static Optional<Target> targetFor(Optional<Target> asked, Dialect dialect) {
        return asked.filter(t -> t.speaks(dialect)).or(() -> Target.defaultFor(dialect));
    }

    /** The histories with only the migrations added or changed since the revision reported, and git's facts. */
    private static List<History> changedOnly(List<History> histories, String ref, Map<Path, GitBase> git)
            throws LintException {
        GitChanges changes = new GitChanges(ref);
        List<History> narrowed = new ArrayList<>();
        try {
            for (History h : histories) {
                Map<Path, GitBase> facts = changes.facts(h);
                git.putAll(facts);
                narrowed.add(GitChanges.onlyChanged(h, facts));
            }
        } catch (GitChanges.GitException e) {
            throw new LintException(e.getMessage());
        }
        return narrowed;
    }

    /** The config's include and exclude decide which migrations are reported; all are still replayed. */
    private static History included(History h, Config config) {
        List<Migration> migrations = h.migrations().stream()
                .map(m -> config.includes(m.displayPath()) ? m : m.reported(false))
                .toList();
        return new History(h.root(), h.dialect(), migrations, h.refused());
    }

    /** The findings with the config's per-rule and per-path severities; "off" removes a finding. */
    private static List<Finding> configured(List<Finding> findings, Config config) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Optional<String> severity = config.severityFor(f.rule(), f.file());
            if (severity.isEmpty()) {
                out.add(f);
            } else if (!severity.get().equals("off")) {
                out.add(f.withSeverity(Severity.valueOf(severity.get().toUpperCase(Locale.ROOT))));
            }
        }
        return out;
    }
}
