package dev.migralint.rule;

import java.util.Optional;

/**
 * What git says about a migration compared with a base revision ({@code --changed-since REF}): whether its file
 * existed there, whether it changed since, and the newest migration of its history at the base.
 */
public record GitBase(String ref, boolean presentAtBase, boolean changedSinceBase,
                      Optional<String> newestMigrationAtBase) {
}
