package dev.migralint.cli;

import dev.migralint.config.Baseline;
import dev.migralint.config.Config;
import dev.migralint.config.ConfigException;
import dev.migralint.config.ConfigLoader;
import dev.migralint.lint.Lint;
import dev.migralint.lint.LintException;
import dev.migralint.lint.LintOptions;
import dev.migralint.lint.LintResult;
import dev.migralint.lint.Plugins;
import dev.migralint.lint.ProjectConfig;
import dev.migralint.lint.RuleSelection;
import dev.migralint.online.Target;
import dev.migralint.report.GithubReport;
import dev.migralint.report.JsonReport;
import dev.migralint.report.LintReport;
import dev.migralint.report.SarifReport;
import dev.migralint.report.TextReport;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleDoc;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import dev.migralint.source.Discovery;
import dev.migralint.source.DiscoveryException;
import dev.migralint.source.History;
import dev.migralint.source.ReadableTree;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code migralint [OPTIONS] [PATH...]}: lint migrations. Exit 0 clean, 1 findings at --fail-on or above, 2 usage. */
@Command(name = "migralint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Lints database migration SQL (Prisma migrations for MySQL and PostgreSQL, or plain .sql files) "
                + "for changes that lose data, break the running application or fail on production data.",
        subcommands = {RulesCommand.class, ExplainCommand.class, ExplainPlanCommand.class, InitCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or I/O error"})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final long MAX_FILE_MIB = 2047;

    enum Format { text, json, sarif, github }

    enum FailOn { error, warning, info, never }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Repository root, prisma/migrations folder, migration folder, migration.sql or .sql files "
                    + "(default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "mysql, postgresql, sqlite, sqlserver or cockroachdb; overrides migration_lock.toml "
                    + "(plain .sql files default to mysql).")
    String dialect;

    static final String TARGET_HELP = "The server the migrations run on, for the locking rules: mysql:5.7, mysql:8.0 "
            + "(default for MySQL), mysql:8.4, mariadb:10.11, postgresql:13 to postgresql:17 (default postgresql:16).";

    @Option(names = "--target", paramLabel = "SERVER:VERSION", description = TARGET_HELP)
    String target;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif (GitHub code scanning) or github (workflow annotations) "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format = Format.text; // picocli's defaultValue too: QuickArgs builds a Main without picocli

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never "
                    + "(default: the config's fail-on, else error).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read this config instead of the .migralint.yaml found in the current directory or the "
                    + "nearest parent up to the git root.")
    Path configFile;

    @Option(names = "--config-from", paramLabel = "REF",
            description = "Read the config, and the baseline it names, as of this git revision instead of the "
                    + "working tree (in CI on a pull request: its base branch, so the pull request cannot change "
                    + "the policy it is checked against).")
    String configFrom;

    @Option(names = "--allow-config-plugins",
            description = "Also load the jars the config's plugins names. Off by default: a config can come from a "
                    + "pull request, and a jar runs with the rights of the run.")
    boolean allowConfigPlugins;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only migrations added or changed since this git revision (the whole history is "
                    + "still replayed), and flag edited and out-of-order migrations.")
    String changedSince;

    @Option(names = "--plugin", paramLabel = "JAR",
            description = "Load the rules of this jar too (repeatable). Only jars named here are loaded (and the "
                    + "config's plugins, with --allow-config-plugins).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID", description = "Run only this rule (repeatable).")
    List<String> onlyRules = new ArrayList<>();

    @Option(names = "--skip-rule", paramLabel = "ID", description = "Do not run this rule (repeatable).")
    List<String> skipRules = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE, to be passed to --baseline later; exits 0.")
    Path writeBaseline;

    @Option(names = {"-v", "--verbose"}, description = "Also list stale baseline entries.")
    boolean verbose;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (through a temporary file renamed into place, so a killed run "
                    + "never leaves half a report) instead of standard output.")
    Path output;

    @Option(names = "--parse-timeout", paramLabel = "MS", defaultValue = "2000",
            description = "A statement that takes longer to parse is reported unparsed (default: ${DEFAULT-VALUE}).")
    long parseTimeoutMillis = 2000;

    @Option(names = "--max-file-size", paramLabel = "MIB", defaultValue = "32",
            description = "Larger files are reported, not read (default: ${DEFAULT-VALUE}).")
    long maxFileMib = 32;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Show paths relative to DIR (default: the current directory), e.g. the repository root "
                    + "for SARIF.")
    Path root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return lint(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The lint command itself, with its options already set (by picocli, or by {@link QuickArgs}). */
    Integer lint(PrintWriter out, PrintWriter err) {
        for (Path file : Stream.of(output, writeBaseline).filter(java.util.Objects::nonNull).toList()) {
            Optional<String> problem = OutputFile.problem(file);
            if (problem.isPresent()) {
                Diagnostics.say(err, (file == output ? "--output " : "--write-baseline ") + problem.get());
                return USAGE;
            }
        }
        if (parseTimeoutMillis <= 0 || maxFileMib <= 0 || maxFileMib > MAX_FILE_MIB) {
            // a Java array holds under 2 GiB: no file larger than that could be read anyway
            Diagnostics.say(err, "--parse-timeout must be positive and --max-file-size between 1 and "
                    + MAX_FILE_MIB + " (MiB)");
            return USAGE;
        }
        if (configFrom != null && allowConfigPlugins) {
            // the revision vouches for the config, not for the jars, which would come from the checkout
            Diagnostics.say(err, "--allow-config-plugins cannot be used with --config-from: the jars would be read "
                    + "from the working tree, which the revision does not vouch for; name them with --plugin");
            return USAGE;
        }
        ProjectConfig project;
        List<Path> jars = new ArrayList<>();
        try {
            project = ProjectConfig.read(Optional.ofNullable(configFile), Optional.ofNullable(configFrom),
                    Path.of("").toAbsolutePath());
            jars.addAll(project.plugins(allowConfigPlugins)); // none, unless --allow-config-plugins
        } catch (LintException e) {
            return usage(err, e);
        }
        Config config = project.config();
        if (dialect == null) {
            dialect = config.dialect().orElse(null);
        }
        if (target == null) {
            target = config.target().orElse(null);
        }
        Optional<Target> server = target == null ? Optional.empty() : target(target, err);
        if (target != null && server.isEmpty()) {
            return USAGE;
        }
        if (failOn == null) {
            failOn = config.failOn().map(FailOn::valueOf).orElse(FailOn.error);
        }
        jars.addAll(plugins);
        Optional<Dialect> d = Optional.empty();
        if (dialect != null) {
            d = Dialect.fromName(dialect);
            if (d.isEmpty()) {
                Diagnostics.say(err, "unknown dialect '" + dialect
                        + "' (expected mysql, postgresql, sqlite, sqlserver or cockroachdb)");
                return USAGE;
            }
        }
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<History> histories;
        try {
            histories = new Discovery(Path.of(""), root == null ? Path.of("") : root, d).discover(inputs);
        } catch (DiscoveryException e) {
            Diagnostics.say(err, e.getMessage());
            return USAGE;
        }
        if (histories.stream().allMatch(h -> h.migrations().isEmpty() && h.refused().isEmpty())) {
            Diagnostics.say(err, "no migrations found in " + String.join(", ", inputs.stream()
                    .map(Path::toString).toList()) + " (looked for prisma/migrations, migration.sql and *.sql)");
            return OK;
        }
        RuleCatalog catalog;
        List<Rule> selected;
        Optional<Baseline> accepted = Optional.empty();
        try {
            catalog = Plugins.load(jars);
            selected = RuleSelection.select(catalog, config, onlyRules, skipRules);
            if (writeBaseline == null) {
                accepted = project.baseline(Optional.ofNullable(baseline));
            }
        } catch (LintException e) {
            return usage(err, e);
        }
        Set<String> known = new HashSet<>();
        catalog.rules().forEach(r -> known.add(r.info().id()));
        LintOptions options = LintOptions.of(selected).knownRules(known).target(server)
                .limits(Duration.ofMillis(parseTimeoutMillis), maxFileMib * 1024 * 1024)
                .config(config).changedSince(Optional.ofNullable(changedSince)).baseline(accepted);
        warnIfNotFor(server, histories, err);
        LintResult result;
        try {
            result = Lint.run(histories, options);
        } catch (LintException e) {
            return usage(err, e);
        }
        LintReport report = result.report();
        List<String> unreadable = result.unreadable();
        if (writeBaseline != null) {
            return writeBaseline(report, unreadable, err);
        }
        if (verbose) {
            for (Baseline.Entry stale : result.staleBaseline()) {
                Diagnostics.say(err, "stale baseline entry: " + stale.file() + ": " + stale.rule() + ": "
                        + stale.message());
            }
        }
        unreadable.forEach(e -> Diagnostics.say(err, e));
        err.flush();
        StringWriter buffer = new StringWriter();
        PrintWriter target = output == null ? out : new PrintWriter(buffer);
        render(report, target, options.rules(), catalog);
        if (output != null) {
            try {
                OutputFile.write(output, buffer.toString());
            } catch (IOException e) {
                Diagnostics.say(err, "cannot write " + output + ": " + describe(e));
                return USAGE;
            }
        }
        if (!unreadable.isEmpty()) {
            return USAGE;
        }
        return failing(report.findings()) ? FINDINGS : OK;
    }

    /** {@code --write-baseline}: records the findings, unless a file could not be read. */
    private int writeBaseline(LintReport report, List<String> unreadable, PrintWriter err) {
        if (!unreadable.isEmpty()) {
            // a baseline without the findings of an unread file would bring them back as new ones later
            unreadable.forEach(e -> Diagnostics.say(err, e));
            Diagnostics.say(err, writeBaseline + " not written: " + unreadable.size() + " file"
                    + (unreadable.size() == 1 ? "" : "s") + " could not be read");
            return USAGE;
        }
        try {
            OutputFile.write(writeBaseline, Baseline.render(report.findings()));
            long n = report.findings().stream().filter(f -> !f.suppressed()).count();
            Diagnostics.say(err, "wrote " + n + " finding" + (n == 1 ? "" : "s") + " to " + writeBaseline);
            return OK;
        } catch (IOException e) {
            Diagnostics.say(err, "cannot write " + writeBaseline + ": " + describe(e));
            return USAGE;
        }
    }

    private void render(LintReport report, PrintWriter out, List<Rule> rules, RuleCatalog catalog) {
        switch (format) {
            case json -> new JsonReport(Version.get()).write(report, out);
            case sarif -> new SarifReport(Version.get(), rules.stream().map(Rule::info).toList(),
                    id -> RuleDoc.of(id, catalog)).write(report, out);
            case github -> new GithubReport().write(report, out);
            default -> new TextReport(output == null && useColor()).write(report, out);
        }
        out.flush();
    }

    /**
     * Reads a {@code --target} value: empty, with the reason on {@code err}, when it is not one the model can speak
     * for; a newer version than the model knows is taken with a note.
     */
    static Optional<Target> target(String text, PrintWriter err) {
        Optional<Target> parsed = Target.parse(text);
        if (parsed.isEmpty()) {
            Diagnostics.say(err, unknownTarget(text));
            return Optional.empty();
        }
        if (parsed.get().unsupported().isPresent()) {
            Diagnostics.say(err, parsed.get().unsupported().get());
            return Optional.empty();
        }
        parsed.get().newerThanKnown().ifPresent(note -> Diagnostics.say(err, "note: " + note));
        return parsed;
    }

    /** A target for another server than a history's dialect does not apply to it: say which default is used. */
    static void warnIfNotFor(Optional<Target> target, List<History> histories, PrintWriter err) {
        target.ifPresent(t -> histories.stream().filter(h -> !h.migrations().isEmpty() && !t.speaks(h.dialect()))
                .forEach(h -> Diagnostics.say(err, "note: --target " + t + " does not apply to the "
                        + h.dialect().id() + " history " + h.root() + "; it is checked for "
                        + Target.defaultFor(h.dialect()).map(Target::toString).orElse("no server (no locking model)"))));
    }

    static String unknownTarget(String text) {
        return "unknown target '" + text + "' (expected server:version, one of "
                + String.join(", ", Target.KNOWN) + ")";
    }

    /** An I/O problem in a user's words: the JDK's messages for these two are the bare path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        return String.valueOf(e.getMessage());
    }

    private static int usage(PrintWriter err, LintException e) {
        e.messages().forEach(m -> Diagnostics.say(err, m));
        return USAGE;
    }

    private boolean failing(List<Finding> findings) {
        if (failOn == FailOn.never) {
            return false;
        }
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }

    private boolean useColor() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null
                && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    public static void main(String[] args) {
        // the report is buffered and written once (run flushes it): flushing each line made a write per line, a
        // tenth of a long history's run; stderr stays line by line, as progress and errors should be
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16), false);
        int code;
        try {
            code = run(args, out, new PrintWriter(System.err, true));
        } catch (Throwable e) { // thrown while a failure was being reported (out of memory again): still one line
            System.err.println("migralint: " + e.getClass().getSimpleName());
            code = USAGE;
        } finally {
            out.flush(); // what was written before an Error still reaches the terminal
        }
        System.exit(code);
    }

    /** Runs the CLI with the given streams; the exit code is returned, not used to exit (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            Optional<Main> quick = QuickArgs.parse(args);
            if (quick.isPresent()) {
                code = quick.get().lint(out, err);
            } else {
                // no @file expansion: in a hook the arguments are staged file names, and "@x/migration.sql" would
                // have picocli read x/migration.sql (a link to anywhere) as more arguments, and quote it in an error
                CommandLine cli = new CommandLine(new Main())
                        .setExpandAtFiles(false)
                        .setOut(out).setErr(err)
                        .setCaseInsensitiveEnumValuesAllowed(true)
                        .setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd.getErr()))
                        .setParameterExceptionHandler(Main::usageError);
                code = cli.execute(args);
            }
        } catch (Exception | Error e) {
            // picocli hands only exceptions to its handler: an Error (out of memory, a plugin's) arrives here
            code = failure(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A command line picocli cannot read: its message, which quotes the arguments (in a hook, staged file names a
     * commit chose), as one safe line, and where to look; not the whole usage text.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        Diagnostics.say(err, ex.getMessage());
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        Diagnostics.say(err, "`" + command + " --help` lists the options");
        return USAGE;
    }

    /**
     * Whatever ends a run early is one line and exit 2: never a stack trace in a user's CI log, and never exit 1,
     * which would read as "findings".
     */
    static int failure(Throwable e, PrintWriter err) {
        if (e instanceof OutOfMemoryError) {
            Diagnostics.say(err, "out of memory (the heap limit is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB): lint fewer files at once, or give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx2g");
        } else {
            Diagnostics.say(err, "internal error: " + e + " (please report it with the migration that caused it)");
        }
        if (System.getenv("MIGRALINT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return USAGE;
    }
}
