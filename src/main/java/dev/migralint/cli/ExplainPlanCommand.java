package dev.migralint.cli;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.online.Target;
import dev.migralint.report.PlanReport;
import dev.migralint.source.Dialect;
import dev.migralint.source.Discovery;
import dev.migralint.source.DiscoveryException;
import dev.migralint.source.History;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code migralint explain-plan <migration>}: for a reviewer, one row per statement with what the target server does
 * to run it: MySQL's algorithm, rebuild and lock, or PostgreSQL's lock on each table and the work done under it.
 */
@Command(name = "explain-plan", mixinStandardHelpOptions = true,
        description = "Show, per statement, the algorithm, rebuild and lock (MySQL, MariaDB) or the lock and "
                + "rewrite (PostgreSQL) the target server would use. Earlier migrations of the history are replayed "
                + "for context.")
final class ExplainPlanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Migration files or folders, as for a lint run (a Prisma migration folder, its "
                    + "migration.sql, or the whole history).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--target", paramLabel = "SERVER:VERSION", description = Main.TARGET_HELP)
    String target;

    @Option(names = "--dialect", paramLabel = "NAME", description = "mysql or postgresql, for plain .sql files.")
    String dialect;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Target> server = target == null ? Optional.empty() : Main.target(target, err);
        if (target != null && server.isEmpty()) {
            return Main.USAGE;
        }
        Optional<Dialect> d = Optional.empty();
        if (dialect != null) {
            d = Dialect.fromName(dialect);
            if (d.isEmpty()) {
                Diagnostics.say(err, "unknown dialect '" + dialect + "'");
                return Main.USAGE;
            }
        }
        List<History> histories;
        try {
            histories = new Discovery(Path.of(""), Path.of(""), d).discover(paths);
        } catch (DiscoveryException e) {
            Diagnostics.say(err, e.getMessage());
            return Main.USAGE;
        }
        if (histories.stream().allMatch(h -> h.migrations().isEmpty())) {
            Diagnostics.say(err, "no migrations found in " + String.join(", ", paths.stream().map(Path::toString)
                    .toList()) + " (looked for prisma/migrations, migration.sql and *.sql)");
            return Main.OK;
        }
        Main.warnIfNotFor(server, histories, err);
        Lint.Plan plan = Lint.plan(histories, LintOptions.of(List.of()).target(server));
        plan.problems().forEach(e -> Diagnostics.say(err, e));
        err.flush();
        new PlanReport().write(plan.statements(), out);
        out.flush();
        return plan.problems().isEmpty() ? Main.OK : Main.USAGE;
    }
}
