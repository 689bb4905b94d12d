package dev.migralint.rule;

import java.util.List;

/**
 * One migration as the engine sees it. {@code reported} is false for migrations replayed only for context (the
 * earlier history when only some migrations are linted): their changes build the schema but give no findings.
 */
public record MigrationChanges(String name, String file, boolean reported, List<ChangeAt> changes) {
    public MigrationChanges {
        changes = List.copyOf(changes);
    }
}
