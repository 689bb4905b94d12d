package dev.migralint.cli;

import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migralint rules}: every rule with its category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var rules = RuleCatalog.builtIn().rules();
        int idWidth = rules.stream().mapToInt(r -> r.info().id().length()).max().orElse(10);
        int catWidth = rules.stream().mapToInt(r -> r.info().category().id().length()).max().orElse(10);
        String row = "%-" + idWidth + "s  %-" + catWidth + "s  %-7s  %s%n";
        out.printf(row, "ID", "CATEGORY", "DEFAULT", "SUMMARY");
        for (Rule r : rules) {
            RuleInfo i = r.info();
            out.printf(row, i.id(), i.category().id(), i.severity().id(), i.summary());
        }
        out.println();
        out.println("`migralint explain <id>` prints a rule's documentation.");
        out.flush();
        return Main.OK;
    }
}
