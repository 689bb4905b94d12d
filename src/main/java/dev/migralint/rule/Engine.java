package dev.migralint.rule;

import dev.migralint.online.Target;
import dev.migralint.schema.NameRules;
import dev.migralint.schema.Schema;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replays a migration history into a fresh {@link Schema} and runs every rule on every change of the reported
 * migrations, before the change is applied. A value: make as many as you like, each run starts from an empty schema.
 */
public final class Engine {
    private final List<Rule> rules;
    private final Set<String> knownRules;

    /** An engine running these rules, which are all the rules there are. */
    public Engine(List<Rule> rules) {
        this(rules, Set.of());
    }

    /**
     * An engine running these rules, of a catalog that has the {@code known} ones too (a suppression may name a rule
     * that is switched off in this run).
     */
    public Engine(List<Rule> rules, Set<String> known) {
        this.rules = List.copyOf(rules);
        Set<String> all = new HashSet<>(known);
        rules.forEach(r -> all.add(r.info().id()));
        this.knownRules = Set.copyOf(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Lints a history given in application order and returns the findings, sorted for reports. */
    public List<Finding> run(Dialect dialect, Iterable<MigrationChanges> history) {
        return run(dialect, Target.defaultFor(dialect), history);
    }

    /**
     * Lints a history for a target server ({@code --target}); with none, rules that predict locking stay silent. A
     * target of another dialect's server (a MySQL target for a PostgreSQL history) counts as none. The history is
     * read once, in order, so it may be produced as the replay goes.
     */
    public List<Finding> run(Dialect dialect, Optional<Target> target, Iterable<MigrationChanges> history) {
        List<Finding> findings = check(dialect, target, history);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** As {@link #run}, with the findings in the order they were found, for a caller that sorts them once. */
    public List<Finding> check(Dialect dialect, Optional<Target> target, Iterable<MigrationChanges> history) {
        List<Finding> findings = new ArrayList<>();
        replay(rules, knownRules, dialect, target.filter(t -> t.speaks(dialect)), history, findings, planned -> { });
        return findings;
    }

    /**
     * Replays a history and predicts, for every statement of the reported migrations, what it does to a live server
     * of the target ({@code migralint explain-plan}). Rules do not run.
     */
    public static List<PlannedStatement> plan(Dialect dialect, Target target, Iterable<MigrationChanges> history) {
        List<PlannedStatement> planned = new ArrayList<>();
        replay(List.of(), Set.of(), dialect, Optional.of(target), history, new ArrayList<>(), planned::add);
        return planned;
    }

    private static void replay(List<Rule> rules, Set<String> knownRules, Dialect dialect, Optional<Target> target,
                               Iterable<MigrationChanges> history, List<Finding> findings,
                               Consumer<PlannedStatement> planner) {
        Schema schema = new Schema(dialect.isPostgresFamily() ? NameRules.EXACT : NameRules.MYSQL);
        UndeployedTables undeployed = new UndeployedTables();
        HistoryOrigin origin = null;
        for (MigrationChanges migration : history) {
            if (origin == null) {
                origin = HistoryOrigin.of(migration);
            }
            new MigrationRun(rules, knownRules, schema, dialect, target, migration, findings, planner, undeployed,
                    origin).run();
        }
    }
}
