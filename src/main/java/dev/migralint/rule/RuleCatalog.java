package dev.migralint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules of a run: the built-in ones, and those of plugin jars found through {@link ServiceLoader} (their
 * {@code META-INF/services/dev.migralint.rule.Rule}). Rule ids are unique.
 */
public final class RuleCatalog {
    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The given rules, sorted by id. */
    public static RuleCatalog of(List<Rule> rules) {
        return new RuleCatalog(checked(rules));
    }

    /**
     * The built-in rules and every rule the loader's service files name, except the built-in classes themselves:
     * our jar has no service file, but a plugin jar may name one of our classes (one that bundles an older Migralint,
     * which listed its rules there), and that rule is already in. A plugin's own class with a built-in id is refused.
     */
    public static RuleCatalog withPlugins(List<Rule> builtIn, ClassLoader loader) {
        Set<Class<?>> ours = new HashSet<>();
        builtIn.forEach(r -> ours.add(r.getClass()));
        List<Rule> rules = new ArrayList<>(builtIn);
        ServiceLoader.load(Rule.class, loader).stream().filter(p -> !ours.contains(p.type()))
                .forEach(p -> rules.add(p.get()));
        return new RuleCatalog(checked(rules));
    }

    private static List<Rule> checked(List<Rule> rules) {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : rules) {
            Rule previous = byId.putIfAbsent(rule.info().id(), rule);
            if (previous != null) {
                throw new IllegalStateException("two rules share the id " + rule.info().id() + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.info().id()));
        return sorted;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }
}
