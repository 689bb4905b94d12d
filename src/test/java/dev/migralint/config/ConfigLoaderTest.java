package dev.migralint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
    private static final String KNOWN_KEYS =
            "(known keys: dialect, target, fail-on, rules, include, exclude, overrides, plugins, baseline)";

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), yaml);
    }

    private Config load(String yaml) throws Exception {
        return ConfigLoader.load(write(yaml));
    }

    /** The message a broken config gives, with the file's path replaced by FILE. */
    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            ConfigLoader.load(file);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(file + ":");
            return e.getMessage().replace(file.toString(), "FILE");
        }
        throw new AssertionError("expected a ConfigException for:\n" + yaml);
    }

    private String path(String relative) {
        return dir.resolve(relative).toString();
    }

    // ---- valid files ---------------------------------------------------------------------------------------------

    @Test
    void aFileWithEveryKeyIsReadWithPathsResolvedAgainstItsFolder() throws Exception {
        Config config = load("""
                dialect: mysql
                target: mysql:8.0
                fail-on: warning
                rules:
                  truncate-table: off
                  drop-column: warning
                include:
                  - prisma/migrations/**
                exclude: [prisma/migrations/2023*/**]
                overrides:
                  - paths: ["prisma/migrations/2024*/**"]
                    rules:
                      drop-column: info
                      rename-column: error
                plugins:
                  - tools/team-rules.jar
                  - /opt/migralint/extra.jar
                baseline: ../baselines/migralint.json
                """);

        assertThat(config.file()).isEqualTo(dir.resolve(ConfigLoader.FILE_NAME));
        assertThat(config.dialect()).contains("mysql");
        assertThat(config.target()).contains("mysql:8.0");
        assertThat(config.failOn()).contains("warning");
        assertThat(config.severities()).containsExactly(
                Map.entry("truncate-table", "off"), Map.entry("drop-column", "warning"));
        assertThat(config.include()).extracting(Glob::text).containsExactly("prisma/migrations/**");
        assertThat(config.exclude()).extracting(Glob::text).containsExactly("prisma/migrations/2023*/**");
        assertThat(config.overrides()).containsExactly(new PathOverride(List.of(Glob.of("prisma/migrations/2024*/**")),
                Map.of("drop-column", "info", "rename-column", "error"), 11));
        assertThat(config.plugins())
                .containsExactly(dir.resolve("tools/team-rules.jar"), Path.of("/opt/migralint/extra.jar"));
        assertThat(config.baseline()).contains(dir.getParent().resolve("baselines/migralint.json"));
        assertThat(config.ruleLines()).containsExactly(
                Map.entry("truncate-table", 5), Map.entry("drop-column", 6), Map.entry("rename-column", 14));
    }

    @Test
    void yamlBooleanWordsAreReadAsWrittenSoOffMeansOff() throws Exception {
        // YAML 1.1 reads a bare `off` as false; the severity must still be "off".
        Config config = load("rules:\n  drop-column: off\n  drop-table: 'off'\n");

        assertThat(config.severities())
                .containsExactly(Map.entry("drop-column", "off"), Map.entry("drop-table", "off"));
    }

    @Test
    void aSingleStringStandsForAListOfOne() throws Exception {
        Config config = load("""
                include: "**/migration.sql"
                exclude: ./legacy/**
                plugins: rules.jar
                overrides:
                  - paths: legacy/**
                    rules: {drop-table: off}
                """);

        assertThat(config.include()).extracting(Glob::text).containsExactly("**/migration.sql");
        assertThat(config.exclude()).extracting(Glob::text).as("a leading ./ is dropped").containsExactly("legacy/**");
        assertThat(config.plugins()).containsExactly(dir.resolve("rules.jar"));
        assertThat(config.overrides()).extracting(PathOverride::paths).containsExactly(List.of(Glob.of("legacy/**")));
    }

    @Test
    void anEmptyFileIsAnEmptyConfig() throws Exception {
        Config config = load("");

        assertThat(config).isEqualTo(Config.empty(dir.resolve(ConfigLoader.FILE_NAME)));
        assertThat(config.severities()).isEmpty();
        assertThat(config.failOn()).isEmpty();
    }

    @Test
    void aFileOfCommentsOnlyIsAnEmptyConfig() throws Exception {
        assertThat(load("# nothing yet\n\n# still nothing\n"))
                .isEqualTo(Config.empty(dir.resolve(ConfigLoader.FILE_NAME)));
    }

    @Test
    void keysWithoutAValueAreLeftUnset() throws Exception {
        Config config = load("dialect:\nrules:\ninclude:\noverrides:\nplugins:\nbaseline:\n");

        assertThat(config).isEqualTo(Config.empty(dir.resolve(ConfigLoader.FILE_NAME)));
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws Exception {
        assertThat(load("\uFEFFfail-on: never\n").failOn()).contains("never");
    }

    @Test
    void everyAcceptedDialectTargetAndFailOnLoads() throws Exception {
        for (String dialect : List.of("mysql", "postgresql", "sqlite", "sqlserver", "cockroachdb", "mariadb",
                "postgres")) {
            assertThat(load("dialect: " + dialect).dialect()).contains(dialect);
        }
        for (String target : List.of("mysql:8.0", "mysql:8.4", "mysql:5.7", "mariadb:10.11", "postgresql:13",
                "postgresql:17", "mysql:8.0.36")) {
            assertThat(load("target: " + target).target()).contains(target);
        }
        for (String failOn : List.of("error", "warning", "info", "never")) {
            assertThat(load("fail-on: " + failOn).failOn()).contains(failOn);
        }
    }

    // ---- finding the file ----------------------------------------------------------------------------------------

    @Nested
    class Find {
        @Test
        void findsTheConfigInTheStartFolder() throws IOException {
            Path config = Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "");

            assertThat(ConfigLoader.find(dir)).contains(config);
        }

        @Test
        void findsTheConfigInTheNearestParent() throws IOException {
            Files.createDirectories(dir.resolve("repo/.git"));
            Files.writeString(dir.resolve("repo/" + ConfigLoader.FILE_NAME), "");
            Files.createDirectories(dir.resolve("repo/app"));
            Path nearest = Files.writeString(dir.resolve("repo/app/" + ConfigLoader.FILE_NAME), "");
            Path start = Files.createDirectories(dir.resolve("repo/app/prisma/migrations"));

            assertThat(ConfigLoader.find(start)).contains(nearest);
        }

        @Test
        void findsTheConfigInTheGitRootItself() throws IOException {
            Files.createDirectories(dir.resolve("repo/.git"));
            Path config = Files.writeString(dir.resolve("repo/" + ConfigLoader.FILE_NAME), "");

            assertThat(ConfigLoader.find(Files.createDirectories(dir.resolve("repo/prisma")))).contains(config);
        }

        @Test
        void doesNotLookAboveTheGitRoot() throws IOException {
            Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "");
            Files.createDirectories(dir.resolve("repo/.git"));
            Path start = Files.createDirectories(dir.resolve("repo/prisma"));

            assertThat(ConfigLoader.find(start)).isEmpty();
        }

        @Test
        void aGitFileAsInWorktreesAlsoMarksTheRoot() throws IOException {
            Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "");
            Files.createDirectories(dir.resolve("worktree"));
            Files.writeString(dir.resolve("worktree/.git"), "gitdir: /elsewhere\n");

            assertThat(ConfigLoader.find(dir.resolve("worktree"))).isEmpty();
        }

        @Test
        void findsNothingWhenNoFolderUpToTheFilesystemRootHasOne() throws IOException {
            for (Path p = dir; p != null; p = p.getParent()) {
                assumeThat(p.resolve(ConfigLoader.FILE_NAME)).as("a config above the temp dir").doesNotExist();
                assumeThat(p.resolve(".git")).as("a git root above the temp dir").doesNotExist();
            }
            Path start = Files.createDirectories(dir.resolve("a/b"));

            assertThat(ConfigLoader.find(start)).isEmpty();
        }

        @Test
        void aFolderNamedLikeTheConfigIsNotAConfig() throws IOException {
            Files.createDirectories(dir.resolve(".git"));
            Files.createDirectories(dir.resolve(ConfigLoader.FILE_NAME));

            assertThat(ConfigLoader.find(dir)).isEmpty();
        }
    }

    // ---- errors: keys, types and values --------------------------------------------------------------------------

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() throws IOException {
        assertThat(error("dialect: mysql\nrules: {}\nfial-on: error\n"))
                .isEqualTo("FILE:3:1: unknown key 'fial-on' " + KNOWN_KEYS);
    }

    @Test
    void anUnknownKeyInAnOverrideIsNamed() throws IOException {
        assertThat(error("overrides:\n  - path: legacy/**\n"))
                .isEqualTo("FILE:2:5: unknown key 'path' in an override (known keys: paths, rules)");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("rules:\n  - drop-column\n",
                        "FILE:2:3: 'rules' must be a mapping of rule id to severity, not a list"),
                Arguments.of("rules: error\n",
                        "FILE:1:8: 'rules' must be a mapping of rule id to severity, not 'error'"),
                Arguments.of("include: {a: b}\n",
                        "FILE:1:10: 'include' must be a glob or a list of them, not a mapping"),
                Arguments.of("exclude:\n  - [a, b]\n",
                        "FILE:2:5: each entry of 'exclude' must be a glob, not a list"),
                Arguments.of("include: ['']\n",
                        "FILE:1:11: each entry of 'include' must be a glob, not empty"),
                Arguments.of("overrides:\n  paths: [a]\n",
                        "FILE:2:3: 'overrides' must be a list, each entry a mapping with 'paths' and 'rules',"
                                + " not a mapping"),
                Arguments.of("overrides:\n  - legacy/**\n",
                        "FILE:2:5: each entry of 'overrides' must be a mapping with 'paths' and 'rules',"
                                + " not 'legacy/**'"),
                Arguments.of("overrides:\n  - paths: {a: b}\n",
                        "FILE:2:12: 'paths' must be a glob or a list of them, not a mapping"),
                Arguments.of("overrides:\n  - paths: [a]\n    rules: [drop-column]\n",
                        "FILE:3:12: 'rules' must be a mapping of rule id to severity, not a list"),
                Arguments.of("plugins: {jar: a.jar}\n",
                        "FILE:1:10: 'plugins' must be a jar path or a list of them, not a mapping"),
                Arguments.of("plugins:\n  - ~\n",
                        "FILE:2:5: each entry of 'plugins' must be a jar path, not empty"),
                Arguments.of("baseline: [a.json]\n",
                        "FILE:1:11: 'baseline' must be a file path, not a list"),
                Arguments.of("dialect: [mysql]\n",
                        "FILE:1:10: 'dialect' must be one of mysql, postgresql, sqlite, sqlserver, cockroachdb,"
                                + " mariadb, postgres, not a list"),
                Arguments.of("- dialect: mysql\n",
                        "FILE:1:1: the config must be a mapping of keys (dialect, target, fail-on, rules, include,"
                                + " exclude, overrides, plugins, baseline), not a list"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsNamedWhereItIs(String yaml, String message) throws IOException {
        assertThat(error(yaml)).isEqualTo(message);
    }

    @Test
    void aBadFailOnListsTheAllowedValues() throws IOException {
        assertThat(error("dialect: mysql\nfail-on: sometimes\n"))
                .isEqualTo("FILE:2:10: 'fail-on' must be one of error, warning, info, never, not 'sometimes'");
    }

    @Test
    void aBadDialectListsTheAllowedValues() throws IOException {
        assertThat(error("dialect: oracle\n")).isEqualTo("FILE:1:10: 'dialect' must be one of mysql, postgresql,"
                + " sqlite, sqlserver, cockroachdb, mariadb, postgres, not 'oracle'");
    }

    @Test
    void aTargetMustBeAKnownServerAndAVersionNumber() throws IOException {
        String expected = "FILE:1:9: 'target' must be <server>:<version> with server mysql, mariadb or postgresql"
                + " (like mysql:8.0 or postgresql:16), not ";
        assertThat(error("target: mysql\n")).isEqualTo(expected + "'mysql'");
        assertThat(error("target: oracle:19\n")).isEqualTo(expected + "'oracle:19'");
        assertThat(error("target: mysql:latest\n")).isEqualTo(expected + "'mysql:latest'");
        assertThat(error("target: 8.0\n")).isEqualTo(expected + "'8.0'");
    }

    @Test
    void aBadSeverityNamesTheRule() throws IOException {
        assertThat(error("rules:\n  drop-column: fatal\n")).isEqualTo(
                "FILE:2:16: severity of rule 'drop-column' must be one of error, warning, info, off, not 'fatal'");
        assertThat(error("rules:\n  drop-column:\n")).isEqualTo(
                "FILE:2:15: severity of rule 'drop-column' must be one of error, warning, info, off, not empty");
    }

    @Test
    void aBadSeverityInAnOverrideNamesTheRule() throws IOException {
        assertThat(error("overrides:\n  - paths: [a]\n    rules: {drop-table: never}\n")).isEqualTo(
                "FILE:3:25: severity of rule 'drop-table' must be one of error, warning, info, off, not 'never'");
    }

    @Test
    void anOverrideWithoutPathsIsAnError() throws IOException {
        String message = "override has no 'paths': list the globs of the files it applies to";
        assertThat(error("overrides:\n  - rules: {drop-table: off}\n")).isEqualTo("FILE:2:5: " + message);
        assertThat(error("overrides:\n  - paths: []\n    rules: {drop-table: off}\n"))
                .isEqualTo("FILE:2:5: " + message);
    }

    @Test
    void anInvalidGlobIsNamedWithItsProblem() throws IOException {
        assertThat(error("exclude: ['[abc']\n"))
                .isEqualTo("FILE:1:11: invalid glob '[abc' in 'exclude': missing ']'");
    }

    @Test
    void aGlobTheJdkWouldReadAsHalfARegexIsRefusedSayingWhy() throws IOException {
        assertThat(error("include: ['[]*.sql']\n")).isEqualTo("FILE:1:11: invalid glob '[]*.sql' in 'include': '[]' and"
                + " '[!]' are empty classes (a class cannot hold ']'; to match one, write '\\]' outside brackets)");
    }

    @Test
    void aDuplicateKeyPointsAtTheFirstOne() throws IOException {
        assertThat(error("fail-on: error\ndialect: mysql\nfail-on: warning\n"))
                .isEqualTo("FILE:3:1: duplicate key 'fail-on' (first at line 1)");
    }

    @Test
    void aliasesAreRefusedRatherThanReadAsTheirName() throws IOException {
        assertThat(error("fail-on: &level error\ndialect: *level\n"))
                .isEqualTo("FILE:2:10: YAML aliases ('*level') are not supported here; write the value out");
    }

    @Test
    void aSecondDocumentIsAnError() throws IOException {
        assertThat(error("fail-on: error\n---\ndialect: mysql\n")).isEqualTo(
                "FILE:3:1: a second YAML document starts here; the config must be one document (remove the '---')");
    }

    // ---- errors: YAML syntax and the file itself -----------------------------------------------------------------

    @Test
    void aYamlSyntaxErrorIsOneLocatedLineWithoutParserInternals() throws IOException {
        String message = error("rules:\n  drop-column: [warning\nfail-on: error\n");

        assertThat(message).isEqualTo("FILE:3:8: invalid YAML: expected ',' or ']', but got :"
                + " (while parsing a flow sequence at line 2, column 16)");
    }

    @Test
    void badIndentationIsASyntaxErrorAtItsLine() throws IOException {
        assertThat(error("dialect: mysql\n fail-on: error\n"))
                .isEqualTo("FILE:2:9: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void syntaxErrorsNeverSpanLinesOrNameParserClasses() throws IOException {
        for (String yaml : List.of("a: 'open\n", "\tdialect: mysql\n", "? [a, b]\n: c\n", "a: [\n", "a: b: c\n")) {
            assertThat(error(yaml)).as(yaml)
                    .startsWith("FILE:")
                    .contains("invalid YAML")
                    .doesNotContain("\n")
                    .doesNotContainIgnoringCase("jackson")
                    .doesNotContainIgnoringCase("snakeyaml")
                    .doesNotContain("Exception");
        }
        assertThat(error("? [a, b]\n: c\n"))
                .isEqualTo("FILE:1:4: invalid YAML: keys must be plain names, not lists or mappings");
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ConfigLoader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": cannot read: no such file");
    }

    @Test
    void anUnreadableFileSaysSo() throws IOException {
        Path file = write("fail-on: error\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            // root reads anything, so there is nothing to observe when the tests run as root
            assumeThat(Files.isReadable(file)).as("file is unreadable after chmod 000 (not root)").isFalse();

            assertThatThrownBy(() -> ConfigLoader.load(file))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(file + ": cannot read: permission denied");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFolderIsNotAConfigFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir + ": cannot read: is a directory");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws IOException {
        byte[] latin1 = "dialect: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve(ConfigLoader.FILE_NAME), latin1);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": cannot read: not UTF-8 text");
    }

    // ---- using a config ------------------------------------------------------------------------------------------

    @Test
    void overridesWinAndLaterOverridesWinOverEarlierOnes() throws Exception {
        Config config = load("""
                rules:
                  drop-column: warning
                  drop-table: info
                overrides:
                  - paths: [prisma/migrations/**]
                    rules: {drop-column: error, drop-table: error}
                  - paths: [prisma/migrations/2023*/**]
                    rules: {drop-column: off}
                """);
        String old = path("prisma/migrations/20230105_init/migration.sql");
        String recent = path("prisma/migrations/20240105_users/migration.sql");
        String elsewhere = path("scripts/fix.sql");

        assertThat(config.severityFor("drop-column", old)).contains("off");
        assertThat(config.severityFor("drop-table", old)).as("the later override does not name it").contains("error");
        assertThat(config.severityFor("drop-column", recent)).contains("error");
        assertThat(config.severityFor("drop-column", elsewhere)).as("falls back to rules").contains("warning");
        assertThat(config.severityFor("rename-column", recent)).as("the rule's own default").isEmpty();
    }

    @Test
    void includeAndExcludeGlobsMatchWholePathsAndDoubleStarCrossesFolders() throws Exception {
        Config config = load("""
                include: ["**/migration.sql", "scripts/*.sql"]
                exclude: [prisma/migrations/2023*/**]
                """);

        assertThat(config.includes(path("prisma/migrations/20240105_users/migration.sql"))).isTrue();
        assertThat(config.includes(path("prisma/migrations/20230105_init/migration.sql"))).isFalse();
        assertThat(config.includes(path("scripts/fix.sql"))).isTrue();
        assertThat(config.includes(path("scripts/old/fix.sql"))).as("* stays in one folder").isFalse();
        assertThat(config.includes(path("migration.sql"))).as("**/ needs a folder").isFalse();
        assertThat(config.includes(path("notes/readme.sql"))).isFalse();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a speed test
    void globsThatMakeARegexBacktrackAreMatchedAgainstALongPathWithoutDelay() throws Exception {
        // The JDK's glob matcher is a backtracking regex: each of these took minutes against one long file name.
        Config config = load("""
                include: ['m/*a*a*a*a*a*a*b', 'm/*']
                exclude: ['**a**a**a**a**a**a**b', 'm/{*a*a*a*b,*a*a*a*c,*a*a*a*d}']
                overrides:
                  - paths: ['m/*a*a*a*a*a*a*a*a*b']
                    rules: {drop-column: off}
                """);
        String longName = path("m/" + "a".repeat(10_000) + ".sql");

        assertThat(config.includes(longName)).isTrue();
        assertThat(config.severityFor("drop-column", longName)).isEmpty();
    }

    @Test
    void withoutIncludeEverythingButTheExcludedIsLinted() throws Exception {
        Config config = load("exclude: legacy/**\n");

        assertThat(config.includes(path("prisma/migrations/1_init/migration.sql"))).isTrue();
        assertThat(config.includes(path("legacy/0_init.sql"))).isFalse();
        assertThat(Config.empty().includes("anything/at/all.sql")).isTrue();
    }

    @Test
    void relativeDisplayPathsAreMatchedFromTheConfigsFolder() {
        // A config in the working directory: display paths are already relative to it.
        Config here = withGlobs(Path.of(ConfigLoader.FILE_NAME), "prisma/**");
        assertThat(here.includes("prisma/migrations/1_init/migration.sql")).isTrue();

        // A config found in the parent folder: the same display path lies one folder deeper from there.
        Path cwd = Path.of("").toAbsolutePath();
        Config parent = withGlobs(cwd.getParent().resolve(ConfigLoader.FILE_NAME), cwd.getFileName() + "/prisma/**");
        assertThat(parent.includes("prisma/migrations/1_init/migration.sql")).isTrue();
        assertThat(parent.includes("../prisma/migrations/1_init/migration.sql")).isFalse();
    }

    private static Config withGlobs(Path file, String include) {
        Config empty = Config.empty(file);
        return new Config(file, file.toString(), empty.dialect(), empty.target(), empty.failOn(), empty.severities(),
                List.of(Glob.of(include)), List.of(), List.of(), List.of(), 0, Optional.empty(), Map.of());
    }

    @Test
    void unknownRuleIdsAreReportedAtTheirFirstLine() throws Exception {
        Config config = load("""
                rules:
                  drop-column: warning
                  drop-colum: error
                overrides:
                  - paths: [a/**]
                    rules:
                      drop-colum: off
                      team-no-enums: error
                """);

        assertThat(config.unknownRules(Set.of("drop-column", "drop-table"))).containsExactly(
                config.file() + ":3: unknown rule 'drop-colum' (known: `migralint rules` lists them)",
                config.file() + ":8: unknown rule 'team-no-enums' (known: `migralint rules` lists them)");
        assertThat(config.unknownRules(Set.of("drop-column", "drop-colum", "team-no-enums"))).isEmpty();
    }

    // ---- the `migralint init` template ---------------------------------------------------------------------------

    @Test
    void theTemplateLoadsAsAValidConfig() throws Exception {
        Config config = load(ConfigLoader.template());

        assertThat(config.failOn()).contains("error");
        assertThat(config.severities()).isEmpty();
        assertThat(config.include()).isEmpty();
        assertThat(config.overrides()).isEmpty();
    }

    @Test
    void theTemplateDocumentsEveryKey() {
        String template = ConfigLoader.template();

        for (String key : ConfigReader.KEYS) {
            assertThat(template).as(key).containsPattern("(?m)^(# )?" + key + ":");
        }
        assertThat(template).contains("paths:").contains("error, warning, info, or off")
                .contains("error, warning, info, or never").contains("**");
    }

    @Test
    void theTemplatesCommentedExamplesAreValidWhenUncommented() throws Exception {
        // Users enable an example by deleting its "# "; doing that to every example must give a working config.
        StringBuilder uncommented = new StringBuilder();
        for (String line : ConfigLoader.template().split("\n")) {
            String example = line.replaceFirst("^(\\s*)# ", "$1");
            boolean commented = !example.equals(line);
            boolean looksLikeYaml = example.matches("\\s*(- )?[a-z-]+:( .*)?") || example.matches("\\s*- \\S.*");
            if (!commented) {
                uncommented.append(line).append('\n');
            } else if (looksLikeYaml) {
                uncommented.append(example).append('\n');
            }
        }

        Config config = load(uncommented.toString());

        assertThat(config.dialect()).contains("mysql");
        assertThat(config.target()).contains("mysql:8.0");
        assertThat(config.severities()).containsKeys("drop-column", "truncate-table");
        assertThat(config.include()).isNotEmpty();
        assertThat(config.exclude()).isNotEmpty();
        assertThat(config.overrides()).hasSize(1);
        assertThat(config.plugins()).hasSize(1);
        assertThat(config.baseline()).isPresent();
        assertThat(config.unknownRules(Set.of("drop-column", "truncate-table"))).isEmpty();
    }
}
