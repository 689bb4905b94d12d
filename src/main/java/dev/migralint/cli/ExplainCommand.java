package dev.migralint.cli;

import dev.migralint.lint.LintException;
import dev.migralint.lint.Plugins;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleDoc;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code migralint explain <id>}: prints the rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print the documentation of a rule.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule id, as `migralint rules` lists them.")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--plugin", paramLabel = "JAR", description = "Explain a rule of this jar.")
    java.util.List<java.nio.file.Path> plugins = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        RuleCatalog catalog;
        try {
            catalog = Plugins.load(plugins);
        } catch (LintException e) {
            Diagnostics.say(spec.commandLine().getErr(), e.getMessage());
            return Main.USAGE;
        }
        if (catalog.rule(id).isEmpty()) {
            Diagnostics.say(spec.commandLine().getErr(), "unknown rule '" + id
                    + "'; `migralint rules` lists them");
            return Main.USAGE;
        }
        Optional<String> doc = RuleDoc.of(id, catalog);
        if (doc.isEmpty()) {
            Diagnostics.say(spec.commandLine().getErr(), "rule '" + id + "' has no documentation");
            return Main.USAGE;
        }
        spec.commandLine().getOut().print(doc.get());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
