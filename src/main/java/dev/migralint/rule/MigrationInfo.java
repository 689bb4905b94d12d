package dev.migralint.rule;

import java.util.Optional;

/** A migration as a whole, for rules about the file rather than its statements. */
public record MigrationInfo(String name, String file, Optional<GitBase> git) {
}
