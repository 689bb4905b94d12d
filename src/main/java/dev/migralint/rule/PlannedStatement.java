package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.online.Target;
import dev.migralint.online.Verdict;
import dev.migralint.source.Statement;
import java.util.List;
import java.util.Optional;

/** One statement of a planned migration: where it is, what it lowered to, and the verdict for the target. */
public record PlannedStatement(String file, Target target, Statement statement, List<Change> changes,
                               Optional<Verdict> verdict) {
}
