package dev.migralint.online;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.PlannedStatement;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;

/** Compares what the cost model predicts for each locking fixture case with what a real server did. */
final class ModelAgreement {
    private ModelAgreement() {
    }

    /** The model's verdict for one case: the setup replayed as history, the case as the migration planned. */
    static Optional<Verdict> predict(Target target, Dialect dialect, Path fixture, String setupSql,
                                     LockingFixture.Case c) {
        return plan(target, dialect, setupSql, c.sql() + ";", "'" + c.title() + "' (line " + c.line() + ")");
    }

    /** The verdict for {@code statement} (exactly one) after {@code setup} was replayed as an earlier migration. */
    static Optional<Verdict> plan(Target target, Dialect dialect, String setup, String statement, String what) {
        List<Migration> migrations = List.of(Migration.ofText("setup", "plan.sql", setup).reported(false),
                Migration.ofText("change", "plan.sql", statement));
        Lint.Plan plan = Lint.plan(List.of(new History("", dialect, migrations)),
                LintOptions.of(List.of()).target(Optional.of(target)));
        assertThat(plan.problems()).as("problems planning %s", what).isEmpty();
        List<PlannedStatement> planned = plan.statements();
        assertThat(planned).as("statements planned for %s", what).hasSize(1);
        return planned.get(0).verdict();
    }

    static void mariaDb(LockingFixture fixture, List<MariaDbObserver.Observation> seen, Path report)
            throws IOException {
        Target target = Target.parse("mariadb:10.11").orElseThrow();
        SoftAssertions softly = new SoftAssertions();
        StringBuilder table = new StringBuilder("| line | case | predicted | accepted by MariaDB 10.11 | agrees |\n"
                + "| ---: | --- | --- | --- | --- |\n");
        for (MariaDbObserver.Observation o : seen) {
            LockingFixture.Case c = o.fixtureCase();
            if (o.skipped()) {
                continue;
            }
            Optional<Verdict> verdict = predict(target, Dialect.MYSQL, fixture.file(), fixture.setupSql(), c);
            softly.assertThat(verdict).as("a prediction for '%s' (line %d)", c.title(), c.line()).isPresent();
            if (verdict.isEmpty()) {
                continue;
            }
            MysqlVerdict v = (MysqlVerdict) verdict.get();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (MariaDbObserver.Algorithm a : MariaDbObserver.Algorithm.values()) {
                if (accepts(v, a)) {
                    expected.add(a.name());
                }
                if (o.accepts(a)) {
                    actual.add(a.name());
                }
            }
            for (MariaDbObserver.Lock l : MariaDbObserver.Lock.values()) {
                if (v.lock().compareTo(MysqlVerdict.Lock.valueOf(l.name())) <= 0) {
                    expected.add("LOCK=" + l.name());
                }
                if (o.accepts(l)) {
                    actual.add("LOCK=" + l.name());
                }
            }
            softly.assertThat(expected).as("'%s' (line %d): model %s", c.title(), c.line(), v.summary())
                    .isEqualTo(actual);
            table.append("| ").append(c.line()).append(" | ").append(c.title()).append(" | ").append(v.summary())
                    .append(" | ").append(String.join(" ", actual)).append(" | ")
                    .append(expected.equals(actual) ? "yes" : "**no**").append(" |\n");
        }
        Files.writeString(report, table, StandardCharsets.UTF_8);
        softly.assertAll();
    }

    /** The ALGORITHM= clause MariaDB accepts when the model is right: the predicted one and every costlier one. */
    private static boolean accepts(MysqlVerdict v, MariaDbObserver.Algorithm a) {
        return switch (a) {
            case INSTANT -> v.algorithm() == MysqlVerdict.Algorithm.INSTANT;
            case NOCOPY -> v.algorithm() == MysqlVerdict.Algorithm.INSTANT
                    || v.algorithm() == MysqlVerdict.Algorithm.INPLACE && !v.rebuild();
            case INPLACE -> v.algorithm() != MysqlVerdict.Algorithm.COPY;
            case COPY -> true;
        };
    }

    static void postgres(LockingFixture fixture, List<PostgresObserver.Observation> seen, Path report)
            throws IOException {
        Target target = Target.parse("postgresql:" + PostgresServer.MAJOR).orElseThrow();
        SoftAssertions softly = new SoftAssertions();
        StringBuilder table = new StringBuilder("| line | case | predicted | observed on PostgreSQL " + PostgresServer.MAJOR
                + " | agrees |\n"
                + "| ---: | --- | --- | --- | --- |\n");
        for (PostgresObserver.Observation o : seen) {
            LockingFixture.Case c = o.fixtureCase();
            if (o.skipped()) {
                continue;
            }
            Optional<Verdict> verdict = predict(target, Dialect.POSTGRESQL, fixture.file(), fixture.setupSql(), c);
            softly.assertThat(verdict).as("a prediction for '%s' (line %d)", c.title(), c.line()).isPresent();
            if (verdict.isEmpty()) {
                continue;
            }
            PostgresVerdict v = (PostgresVerdict) verdict.get();
            TreeSet<String> tables = new TreeSet<>(o.tableLocks().keySet());
            v.locks().forEach((t, lock) -> {
                if (lock != PgLock.NONE) {
                    tables.add(t);
                }
            });
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (String t : tables) {
                expected.add(t + ": " + v.locks().getOrDefault(t, PgLock.NONE).name());
                actual.add(t + ": " + o.lockOn(t).map(Enum::name).orElse("NONE"));
            }
            boolean predictedRewrite = v.work() == PostgresVerdict.Work.REWRITE;
            boolean predictedScan = v.work() != PostgresVerdict.Work.CATALOG && !predictedRewrite;
            expected.add("rewrite " + predictedRewrite);
            actual.add("rewrite " + o.rewrites(v.table()));
            if (!c.sql().toUpperCase(Locale.ROOT).startsWith("TRUNCATE")) {
                // a scan of the table: a rewrite reads it too, so only scans without rewrite are compared
                expected.add("scan " + predictedScan);
                actual.add("scan " + (!o.rewrites(v.table()) && o.seqScans().getOrDefault(v.table(), 0L) > 0));
            }
            softly.assertThat(expected).as("'%s' (line %d): model %s", c.title(), c.line(), v.summary())
                    .isEqualTo(actual);
            table.append("| ").append(c.line()).append(" | ").append(c.title()).append(" | ").append(v.summary())
                    .append(" | ").append(String.join(", ", actual)).append(" | ")
                    .append(expected.equals(actual) ? "yes" : "**no**").append(" |\n");
        }
        Files.writeString(report, table, StandardCharsets.UTF_8);
        softly.assertAll();
    }
}
