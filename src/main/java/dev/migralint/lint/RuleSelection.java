package dev.migralint.lint;

import dev.migralint.config.Config;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Which rules of a catalog run: those asked for, less those skipped and those the config switches off everywhere. */
public final class RuleSelection {
    private RuleSelection() {
    }

    /**
     * All of the catalog, or those {@code only} names, less those {@code skip} names and those the config switches off
     * everywhere. A rule id no rule has, in the config or in {@code only} and {@code skip}, is an error.
     */
    public static List<Rule> select(RuleCatalog catalog, Config config, List<String> only, List<String> skip)
            throws LintException {
        Set<String> known = new HashSet<>();
        catalog.rules().forEach(r -> known.add(r.info().id()));
        List<String> unknown = config.unknownRules(known);
        if (!unknown.isEmpty()) {
            throw new LintException(unknown);
        }
        for (String id : Stream.concat(only.stream(), skip.stream()).toList()) {
            if (!known.contains(id)) {
                throw new LintException("unknown rule '" + id + "'; `migralint rules` lists them");
            }
        }
        return catalog.rules().stream()
                .filter(r -> only.isEmpty() || only.contains(r.info().id()))
                .filter(r -> !skip.contains(r.info().id()))
                .filter(r -> !offEverywhere(config, r.info().id()))
                .toList();
    }

    private static boolean offEverywhere(Config config, String id) {
        return "off".equals(config.severities().get(id))
                && config.overrides().stream().noneMatch(o -> o.severities().containsKey(id));
    }
}
