package dev.migralint.rule;

import dev.migralint.change.Change;

/**
 * A check. For every linted migration the engine calls {@link #checkMigration} once, then {@link #check} once for
 * every change, in order, with the schema as it stood before that change, then, once the migration's suppressions
 * are applied, {@link #checkSuppressions}; a rule overrides the ones it needs (all three do nothing by default). Implementations must be stateless (one instance serves every run). Ours are
 * made in {@code dev.migralint.rules.BuiltInRules}; a plugin jar's are found through its
 * {@code META-INF/services/dev.migralint.rule.Rule}.
 */
public interface Rule {
    RuleInfo info();

    /** Called for every change of every linted migration, with the schema as it stood before the change. */
    default void check(Change change, RuleContext ctx) {
    }

    /**
     * Called once for every linted migration, before its changes, for rules about the migration file itself (was it
     * edited after production applied it?). Findings reported here point at the top of the file.
     */
    default void checkMigration(MigrationInfo migration, RuleContext ctx) {
    }

    /**
     * Called once for every linted migration after every rule has checked its changes and its inline suppressions
     * were applied, for rules about those suppressions ({@link RuleContext#suppressions()}). Findings reported here
     * are not suppressed.
     */
    default void checkSuppressions(MigrationInfo migration, RuleContext ctx) {
    }
}
