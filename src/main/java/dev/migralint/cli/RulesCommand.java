package dev.migralint.cli;

import dev.migralint.lint.LintException;
import dev.migralint.lint.Plugins;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code migralint rules}: every rule with its category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--plugin", paramLabel = "JAR", description = "List the rules of this jar too.")
    List<java.nio.file.Path> plugins = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalog catalog;
        try {
            catalog = Plugins.load(plugins);
        } catch (LintException e) {
            Diagnostics.say(spec.commandLine().getErr(), e.getMessage());
            return Main.USAGE;
        }
        List<RuleInfo> rules = new ArrayList<>(catalog.rules().stream().map(Rule::info).toList());
        rules.sort(Comparator.comparing(RuleInfo::id));
        int idWidth = rules.stream().mapToInt(i -> i.id().length()).max().orElse(10);
        int catWidth = rules.stream().mapToInt(i -> i.category().id().length()).max().orElse(10);
        String row = "%-" + idWidth + "s  %-" + catWidth + "s  %-7s  %s%n";
        out.printf(row, "ID", "CATEGORY", "DEFAULT", "SUMMARY");
        for (RuleInfo i : rules) {
            out.printf(row, i.id(), i.category().id(), i.severity().id(), i.summary());
        }
        out.println();
        out.println("`migralint explain <id>` prints a rule's documentation.");
        out.flush();
        return Main.OK;
    }
}
