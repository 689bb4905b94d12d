package dev.migralint.lint;

import dev.migralint.config.Baseline;
import dev.migralint.config.Config;
import dev.migralint.online.Target;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.Rule;
import dev.migralint.sql.ParseWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to lint: the rules to run, and the ids of every rule there is (running or not: a suppression may name one
 * switched off); the server to predict locking for (without one, each dialect's default); the time a statement may
 * take to parse and the size a file may have; the config (per-rule and per-path severities, include and exclude);
 * the git revision {@code --changed-since} compares with, or what git says about each migration when the caller
 * knows it already (by the migration's file); the baseline of accepted findings.
 */
public record LintOptions(List<Rule> rules, Set<String> knownRules, Optional<Target> target, Duration parseLimit,
                          long maxFileBytes, Config config, Optional<String> changedSince,
                          Map<Path, GitBase> gitFacts, Optional<Baseline> baseline) {
    /** Files larger than this are reported, not read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;

    public LintOptions {
        rules = List.copyOf(rules);
        knownRules = Set.copyOf(knownRules);
        gitFacts = Map.copyOf(gitFacts);
    }

    /** These rules, which are all there are, with every other option at its default. */
    public static LintOptions of(List<Rule> rules) {
        return new LintOptions(rules, Set.of(), Optional.empty(), ParseWorker.DEFAULT_LIMIT, DEFAULT_MAX_FILE_BYTES,
                Config.empty(), Optional.empty(), Map.of(), Optional.empty());
    }

    /** The ids of the catalog the rules were chosen from. */
    public LintOptions knownRules(Set<String> ids) {
        return new LintOptions(rules, ids, target, parseLimit, maxFileBytes, config, changedSince, gitFacts, baseline);
    }

    public LintOptions target(Optional<Target> server) {
        return new LintOptions(rules, knownRules, server, parseLimit, maxFileBytes, config, changedSince, gitFacts,
                baseline);
    }

    public LintOptions limits(Duration parse, long fileBytes) {
        return new LintOptions(rules, knownRules, target, parse, fileBytes, config, changedSince, gitFacts, baseline);
    }

    public LintOptions config(Config newConfig) {
        return new LintOptions(rules, knownRules, target, parseLimit, maxFileBytes, newConfig, changedSince,
                gitFacts, baseline);
    }

    public LintOptions changedSince(Optional<String> ref) {
        return new LintOptions(rules, knownRules, target, parseLimit, maxFileBytes, config, ref, gitFacts, baseline);
    }

    /**
     * What git says about each migration, by its file, when the caller knows it without asking git (a test; an
     * editor): used as {@code --changed-since} uses what it asks git.
     */
    public LintOptions gitFacts(Map<Path, GitBase> facts) {
        return new LintOptions(rules, knownRules, target, parseLimit, maxFileBytes, config, changedSince, facts,
                baseline);
    }

    public LintOptions baseline(Optional<Baseline> accepted) {
        return new LintOptions(rules, knownRules, target, parseLimit, maxFileBytes, config, changedSince, gitFacts,
                accepted);
    }
}
