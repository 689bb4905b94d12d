package dev.migralint.rule;

import dev.migralint.source.Statement;
import java.util.List;
import java.util.Optional;

/**
 * One migration as the engine sees it. {@code reported} is false for migrations replayed only for context (the
 * earlier history when only some migrations are linted): their changes build the schema but give no findings.
 * {@code statements} are the file's statements in order (a finding about no statement of its own, such as one
 * about the whole file, takes the text of the statement on its line, as baselines always matched it);
 * {@code suppressions} are the {@code migralint-ignore} comments written in it.
 */
public record MigrationChanges(String name, String file, boolean reported, List<ChangeAt> changes,
                               Optional<GitBase> git, List<Statement> statements, List<Suppression> suppressions) {
    public MigrationChanges {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        suppressions = List.copyOf(suppressions);
    }

    public MigrationChanges(String name, String file, boolean reported, List<ChangeAt> changes) {
        this(name, file, reported, changes, Optional.empty(), List.of(), List.of());
    }
}
