package dev.migralint.config;

import dev.migralint.config.LocatedYaml.Entry;
import dev.migralint.config.LocatedYaml.Mapping;
import dev.migralint.config.LocatedYaml.Node;
import dev.migralint.config.LocatedYaml.Scalar;
import dev.migralint.config.LocatedYaml.Sequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the YAML tree of one config file into a {@link Config}, refusing anything it does not understand: a
 * misspelt key silently ignored is a rule silently running at the wrong severity.
 */
final class ConfigReader {
    static final List<String> KEYS =
            List.of("dialect", "target", "fail-on", "rules", "include", "exclude", "overrides", "plugins", "baseline");
    static final List<String> OVERRIDE_KEYS = List.of("paths", "rules");
    static final List<String> DIALECTS =
            List.of("mysql", "postgresql", "sqlite", "sqlserver", "cockroachdb", "mariadb", "postgres");
    static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");
    static final List<String> SEVERITIES = List.of("error", "warning", "info", "off");

    /** {@code <server>:<version>}, the servers whose locking behaviour the rules know (as {@code online.Target}). */
    private static final Pattern TARGET = Pattern.compile("(mysql|mariadb|postgresql):\\d{1,5}(\\.\\d{1,5}){0,2}");

    private final Path file;
    /** The file's name in messages: its path, or {@code REF:path}. */
    private final String name;
    private final Path folder;
    private final Map<String, Integer> ruleLines = new LinkedHashMap<>();

    private ConfigReader(Path file, String name) {
        this.file = file;
        this.name = name;
        this.folder = Optional.ofNullable(file.getParent()).orElse(Path.of(""));
    }

    static Config read(Path file, String name, Optional<Node> root) throws ConfigException {
        if (root.isEmpty() || isNull(root.get())) {
            return Config.empty(file, name);
        }
        return new ConfigReader(file, name).config(root.get());
    }

    private Config config(Node root) throws ConfigException {
        if (!(root instanceof Mapping top)) {
            throw error(root, "the config must be a mapping of keys (" + String.join(", ", KEYS) + "), not "
                    + describe(root));
        }
        Optional<String> dialect = Optional.empty();
        Optional<String> target = Optional.empty();
        Optional<String> failOn = Optional.empty();
        Map<String, String> severities = Map.of();
        List<Glob> include = List.of();
        List<Glob> exclude = List.of();
        List<PathOverride> overrides = List.of();
        List<Path> plugins = List.of();
        int pluginsLine = 0;
        Optional<Path> baseline = Optional.empty();
        for (Entry e : top.entries()) {
            if (!KEYS.contains(e.key())) {
                throw ConfigException.at(name, e.keyAt(),
                        "unknown key '" + e.key() + "' (known keys: " + String.join(", ", KEYS) + ")");
            }
            if (isNull(e.value())) {
                continue; // `key:` with nothing after it, as in the template's commented-out examples
            }
            switch (e.key()) {
                case "dialect" -> dialect = Optional.of(oneOf(e.key(), e.value(), DIALECTS));
                case "target" -> target = Optional.of(target(e.value()));
                case "fail-on" -> failOn = Optional.of(oneOf(e.key(), e.value(), FAIL_ON));
                case "rules" -> severities = severities(e.value());
                case "include" -> include = globs(e.key(), e.value());
                case "exclude" -> exclude = globs(e.key(), e.value());
                case "overrides" -> overrides = overrides(e.value());
                case "plugins" -> {
                    plugins = strings(e.key(), e.value(), "a jar path").stream()
                            .map(s -> folder.resolve(s).normalize()).toList();
                    pluginsLine = e.keyAt().line();
                }
                case "baseline" -> baseline = Optional.of(folder.resolve(path(e.key(), e.value())).normalize());
                default -> throw new IllegalStateException("key listed in KEYS but not read: " + e.key());
            }
        }
        return new Config(file, name, dialect, target, failOn, severities, include, exclude, overrides, plugins,
                pluginsLine, baseline, ruleLines);
    }

    private String oneOf(String key, Node value, List<String> allowed) throws ConfigException {
        if (value instanceof Scalar s && allowed.contains(s.text())) {
            return s.text();
        }
        throw error(value, "'" + key + "' must be one of " + String.join(", ", allowed) + ", not " + describe(value));
    }

    private String target(Node value) throws ConfigException {
        if (value instanceof Scalar s && TARGET.matcher(s.text()).matches()) {
            return s.text();
        }
        throw error(value, "'target' must be <server>:<version> with server mysql, mariadb or postgresql"
                + " (like mysql:8.0 or postgresql:16), not " + describe(value));
    }

    /** A {@code rules} mapping, in file order. Notes where each rule id appears, for {@link Config#unknownRules}. */
    private Map<String, String> severities(Node value) throws ConfigException {
        if (!(value instanceof Mapping m)) {
            throw error(value, "'rules' must be a mapping of rule id to severity, not " + describe(value));
        }
        Map<String, String> severities = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            if (!(e.value() instanceof Scalar s && SEVERITIES.contains(s.text()))) {
                throw error(e.value(), "severity of rule '" + e.key() + "' must be one of "
                        + String.join(", ", SEVERITIES) + ", not " + describe(e.value()));
            }
            severities.put(e.key(), s.text());
            ruleLines.putIfAbsent(e.key(), e.keyAt().line());
        }
        return severities;
    }

    private List<PathOverride> overrides(Node value) throws ConfigException {
        String shape = "a mapping with 'paths' and 'rules'";
        if (!(value instanceof Sequence list)) {
            throw error(value, "'overrides' must be a list, each entry " + shape + ", not " + describe(value));
        }
        List<PathOverride> overrides = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Mapping m)) {
                throw error(item, "each entry of 'overrides' must be " + shape + ", not " + describe(item));
            }
            overrides.add(override(m));
        }
        return overrides;
    }

    private PathOverride override(Mapping m) throws ConfigException {
        List<Glob> paths = List.of();
        Map<String, String> severities = Map.of();
        for (Entry e : m.entries()) {
            if (!OVERRIDE_KEYS.contains(e.key())) {
                throw ConfigException.at(name, e.keyAt(), "unknown key '" + e.key() + "' in an override (known keys: "
                        + String.join(", ", OVERRIDE_KEYS) + ")");
            }
            if (isNull(e.value())) {
                continue;
            }
            if (e.key().equals("paths")) {
                paths = globs(e.key(), e.value());
            } else {
                severities = severities(e.value());
            }
        }
        if (paths.isEmpty()) {
            // An override for no files is a typo waiting to be found; one for all files belongs in `rules`.
            throw error(m, "override has no 'paths': list the globs of the files it applies to");
        }
        return new PathOverride(paths, severities, m.at().line());
    }

    /**
     * Globs are matched against every migration's path, each at a cost of its length times the path's, so a config
     * (a file a pull request can write) must not hold megabytes of them: a 450 KB alternation took minutes on 300
     * migrations. Real globs are tens of characters.
     */
    static final int MAX_GLOB_CHARS = 256;
    static final int MAX_ALL_GLOB_CHARS = 4096;
    private int globChars;

    /** Compiled here, once: matching is then linear (see {@link Glob}). */
    private List<Glob> globs(String key, Node value) throws ConfigException {
        List<Glob> globs = new ArrayList<>();
        for (Scalar s : scalars(key, value, "a glob")) {
            if (s.text().length() > MAX_GLOB_CHARS) {
                throw error(s, "a glob of " + s.text().length() + " characters in '" + key + "'; a glob may have at "
                        + "most " + MAX_GLOB_CHARS);
            }
            globChars += s.text().length();
            if (globChars > MAX_ALL_GLOB_CHARS) {
                throw error(s, "the config's globs have more than " + MAX_ALL_GLOB_CHARS + " characters in all");
            }
            // "./prisma/**" reads naturally but would never match a path relative to the folder.
            String glob = s.text().startsWith("./") ? s.text().substring(2) : s.text();
            try {
                globs.add(Glob.of(glob));
            } catch (Glob.InvalidGlob bad) {
                throw error(s, "invalid glob '" + s.text() + "' in '" + key + "': " + bad.getMessage());
            }
        }
        return globs;
    }

    private List<String> strings(String key, Node value, String what) throws ConfigException {
        List<String> strings = new ArrayList<>();
        for (Scalar s : scalars(key, value, what)) {
            strings.add(s.text());
        }
        return strings;
    }

    /** A list of non-empty scalars; a single scalar counts as a list of one, which is what it plainly means. */
    private List<Scalar> scalars(String key, Node value, String what) throws ConfigException {
        if (value instanceof Scalar s && !s.text().isBlank()) {
            return List.of(s);
        }
        if (!(value instanceof Sequence list)) {
            throw error(value, "'" + key + "' must be " + what + " or a list of them, not " + describe(value));
        }
        List<Scalar> scalars = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof Scalar s && !s.text().isBlank())) {
                throw error(item, "each entry of '" + key + "' must be " + what + ", not " + describe(item));
            }
            scalars.add(s);
        }
        return scalars;
    }

    private String path(String key, Node value) throws ConfigException {
        if (value instanceof Scalar s && !s.text().isBlank()) {
            return s.text();
        }
        throw error(value, "'" + key + "' must be a file path, not " + describe(value));
    }

    private static boolean isNull(Node node) {
        return node instanceof Scalar s && s.isNull();
    }

    /** What was found instead, in the user's terms. */
    private static String describe(Node node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        String text = ((Scalar) node).text();
        return text.isBlank() ? "empty" : "'" + text + "'";
    }

    private ConfigException error(Node node, String message) {
        return ConfigException.at(name, node.at(), message);
    }
}
