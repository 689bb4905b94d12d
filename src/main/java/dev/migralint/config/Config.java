package dev.migralint.config;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of one {@code .migralint.yaml}. Globs are relative to the folder of {@code file}; {@code plugins}
 * and {@code baseline} are already resolved against it. {@code name} names the file in messages: its path, or
 * {@code REF:path} when it was read from a git revision ({@code --config-from}); {@code pluginsLine} is the line of
 * {@code plugins:} (0 without one). {@code ruleLines} keeps, for each rule id the file names
 * (in {@code rules} or an override), the line where it first appears: rule ids are only checked once plugins
 * have added their rules, long after loading.
 */
public record Config(Path file, String name, Optional<String> dialect, Optional<String> target,
                     Optional<String> failOn, Map<String, String> severities,
                     List<Glob> include, List<Glob> exclude,
                     List<PathOverride> overrides, List<Path> plugins, int pluginsLine,
                     Optional<Path> baseline, Map<String, Integer> ruleLines) {

    public Config {
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        overrides = List.copyOf(overrides);
        plugins = List.copyOf(plugins);
        ruleLines = Collections.unmodifiableMap(new LinkedHashMap<>(ruleLines));
    }

    /** No settings: every rule at its default severity, every file linted. */
    public static Config empty() {
        return empty(Path.of(ConfigLoader.FILE_NAME), ConfigLoader.FILE_NAME);
    }

    static Config empty(Path file) {
        return empty(file, file.toString());
    }

    static Config empty(Path file, String name) {
        return new Config(file, name, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(),
                List.of(), List.of(), List.of(), 0, Optional.empty(), Map.of());
    }

    /**
     * Severity ({@code error|warning|info|off}) for a rule in a file given as reports show it (relative to the
     * working directory, or absolute): the last matching override that names the rule wins, then {@code rules};
     * empty means the rule's own default.
     */
    public Optional<String> severityFor(String ruleId, String displayPath) {
        if (overrides.isEmpty()) {
            return Optional.ofNullable(severities.get(ruleId)); // no path to work out
        }
        String path = pathInConfigFolder(displayPath);
        for (int i = overrides.size() - 1; i >= 0; i--) {
            PathOverride override = overrides.get(i);
            if (override.severities().containsKey(ruleId) && matchesAny(override.paths(), path)) {
                return Optional.of(override.severities().get(ruleId));
            }
        }
        return Optional.ofNullable(severities.get(ruleId));
    }

    /**
     * Whether a file (display path) is linted: it matches an {@code include} glob (when there are any) and no
     * {@code exclude} glob.
     */
    public boolean includes(String displayPath) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        String path = pathInConfigFolder(displayPath);
        return (include.isEmpty() || matchesAny(include, path)) && !matchesAny(exclude, path);
    }

    /** One error for each rule id the file names that is not in {@code knownIds}, in file order. */
    public List<String> unknownRules(Set<String> knownIds) {
        List<String> errors = new ArrayList<>();
        ruleLines.forEach((id, line) -> {
            if (!knownIds.contains(id)) {
                errors.add(name + ":" + line + ": unknown rule '" + id + "' (known: `migralint rules` lists them)");
            }
        });
        return errors;
    }

    /**
     * The path that globs are matched against: relative to the config file's folder, with '/' between names.
     * Reports show paths relative to the working directory, which is not the config's folder when the config was
     * found in a parent folder; files outside the folder come out as {@code ../…} and match only globs that allow it.
     */
    private String pathInConfigFolder(String displayPath) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path target = Path.of(displayPath).toAbsolutePath().normalize();
        Path relative = folder == null ? target : folder.relativize(target);
        return relative.toString().replace(File.separatorChar, '/');
    }

    private static boolean matchesAny(List<Glob> globs, String path) {
        return globs.stream().anyMatch(g -> g.matches(path));
    }
}
