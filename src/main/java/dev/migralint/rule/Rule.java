package dev.migralint.rule;

import dev.migralint.change.Change;

/**
 * A check. The engine calls {@link #check} once for every change of every linted migration, in order, with the
 * schema as it stood before that change. Implementations must be stateless (one instance serves every run) and are
 * found through {@code META-INF/services/dev.migralint.rule.Rule}, in our jar and in plugin jars.
 */
public interface Rule {
    RuleInfo info();

    void check(Change change, RuleContext ctx);
}
