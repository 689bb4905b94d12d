package dev.migralint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules found through {@link ServiceLoader}: ours, and those of plugin jars on the given class loader. */
public final class RuleCatalog {
    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleCatalog load(ClassLoader loader) {
        Map<String, Rule> byId = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
            Rule previous = byId.putIfAbsent(rule.info().id(), rule);
            if (previous != null) {
                throw new IllegalStateException("two rules share the id " + rule.info().id() + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
            rules.add(rule);
        }
        rules.sort(Comparator.comparing(r -> r.info().id()));
        return new RuleCatalog(rules);
    }

    public static RuleCatalog builtIn() {
        return load(RuleCatalog.class.getClassLoader());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }
}
