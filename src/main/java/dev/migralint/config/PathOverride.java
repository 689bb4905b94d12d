package dev.migralint.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code overrides}: rule severities that hold only for files matching {@code paths} (globs relative
 * to the config file's folder). {@code line} is where the entry starts, for messages about it.
 */
public record PathOverride(List<Glob> paths, Map<String, String> severities, int line) {
    public PathOverride {
        paths = List.copyOf(paths);
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }
}
