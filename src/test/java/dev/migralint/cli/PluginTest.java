package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own rules, in a jar built by this test, loaded with --plugin through ServiceLoader. */
class PluginTest {
    @TempDir
    Path dir;
    private Path migrations;

    private static final String NO_FLOAT = """
            package acme;

            import dev.migralint.change.AddColumn;
            import dev.migralint.change.Change;
            import dev.migralint.rule.Category;
            import dev.migralint.rule.Rule;
            import dev.migralint.rule.RuleContext;
            import dev.migralint.rule.RuleInfo;
            import dev.migralint.rule.Severity;

            public final class NoFloatRule implements Rule {
                @Override public RuleInfo info() {
                    return RuleInfo.of("acme-no-float", Category.HYGIENE, Severity.ERROR, "Money is never FLOAT at Acme");
                }

                @Override public void check(Change change, RuleContext ctx) {
                    if (change instanceof AddColumn add && add.column().type().name().equals("FLOAT")) {
                        ctx.report("column " + add.column().name() + " is FLOAT", "Use DECIMAL(12, 2).");
                    }
                }
            }
            """;

    private static final String THROWING = """
            package acme;

            import dev.migralint.change.Change;
            import dev.migralint.rule.Category;
            import dev.migralint.rule.Rule;
            import dev.migralint.rule.RuleContext;
            import dev.migralint.rule.RuleInfo;
            import dev.migralint.rule.Severity;

            public final class BrokenRule implements Rule {
                @Override public RuleInfo info() {
                    return RuleInfo.of("acme-broken", Category.HYGIENE, Severity.INFO, "Always throws");
                }

                @Override public void check(Change change, RuleContext ctx) {
                    throw new IllegalStateException("acme bug");
                }
            }
            """;

    /** A rule that throws what {@code THROWS} names: the test fills it in. */
    private static final String THROWING_ERROR = """
            package acme;

            import dev.migralint.change.Change;
            import dev.migralint.rule.Category;
            import dev.migralint.rule.Rule;
            import dev.migralint.rule.RuleContext;
            import dev.migralint.rule.RuleInfo;
            import dev.migralint.rule.Severity;

            public final class ErrorRule implements Rule {
                @Override public RuleInfo info() {
                    return RuleInfo.of("acme-error", Category.HYGIENE, Severity.INFO, "Always throws an Error");
                }

                @Override public void check(Change change, RuleContext ctx) {
                    throw THROWS;
                }
            }
            """;

    /** Compiles the sources against our classes and packs them, with their service file, into a jar. */
    private Path pluginJar(String name, String... sources) throws IOException {
        return pluginJarWithDoc(name, "# acme-no-float\n\nAcme keeps money exact.\n", sources);
    }

    /** The same, with {@code doc} as {@code rules/acme-no-float.md}. */
    private Path pluginJarWithDoc(String name, String doc, String... sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/acme"));
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        StringBuilder services = new StringBuilder();
        List<String> files = new java.util.ArrayList<>();
        for (String source : sources) {
            String cls = source.substring(source.indexOf("class ") + 6, source.indexOf(" implements"));
            Path file = src.resolve(cls + ".java");
            Files.writeString(file, source);
            files.add(file.toString());
            services.append("acme.").append(cls).append('\n');
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(),
                "-cp", System.getProperty("java.class.path")));
        args.addAll(files);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/dev.migralint.rule.Rule"));
            out.write(services.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("rules/acme-no-float.md"));
            out.write(doc.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @BeforeEach
    void history() throws IOException {
        migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        Path m = Files.createDirectories(migrations.resolve("20240101000000_init"));
        Files.writeString(m.resolve("migration.sql"), "CREATE TABLE `Order` (`id` INT NOT NULL, `x` INT NULL);\n");
        Path m2 = Files.createDirectories(migrations.resolve("20240201000000_price"));
        Files.writeString(m2.resolve("migration.sql"),
                "ALTER TABLE `Order` ADD COLUMN `price` FLOAT NULL;\nALTER TABLE `Order` DROP COLUMN `x`;\n");
    }


    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aPluginRuleFiresAndIsListedExplainedAndDescribedInSarif() throws Exception {
        Path jar = pluginJar("acme", NO_FLOAT);

        CliRun lint = migralint("--plugin", jar.toString(), "--no-color", migrations.toString());
        assertThat(lint.out()).contains("error[acme-no-float] column price is FLOAT")
                .contains("error[drop-column]");

        CliRun rules = migralint("rules", "--plugin", jar.toString());
        assertThat(rules.out()).containsPattern("acme-no-float\\s+hygiene\\s+error\\s+Money is never FLOAT");

        CliRun explain = migralint("explain", "--plugin", jar.toString(), "acme-no-float");
        assertThat(explain.exit()).isZero();
        // the jar's doc has a title of its own: it is printed as written, no header made for it
        assertThat(explain.out()).isEqualTo("# acme-no-float\n\nAcme keeps money exact.\n");

        CliRun sarif = migralint("--plugin", jar.toString(), "--format", "sarif", migrations.toString());
        JsonNode run = new ObjectMapper().readTree(sarif.out()).get("runs").get(0);
        List<String> ids = new java.util.ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("acme-no-float", "drop-column");
        assertThat(run.get("results").findValuesAsText("ruleId")).contains("acme-no-float");
    }

    @Test
    void aPluginDocWithoutAHeaderGetsOneFromTheRuleInfoInExplainAndSarif() throws Exception {
        Path jar = pluginJarWithDoc("bare", "Acme keeps money exact.\n", NO_FLOAT);
        String doc = "# acme-no-float\n\n**Category:** hygiene  \u00b7  **Default severity:** error\n\n"
                + "Acme keeps money exact.\n";

        CliRun explain = migralint("explain", "--plugin", jar.toString(), "acme-no-float");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).isEqualTo(doc);

        CliRun sarif = migralint("--plugin", jar.toString(), "--format", "sarif", migrations.toString());
        JsonNode rules = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("tool").get("driver")
                .get("rules");
        JsonNode rule = null;
        for (JsonNode r : rules) {
            if (r.get("id").asText().equals("acme-no-float")) {
                rule = r;
            }
        }
        assertThat(rule).isNotNull();
        assertThat(rule.get("help").get("markdown").asText()).isEqualTo(doc);
        assertThat(rule.get("fullDescription").get("text").asText()).isEqualTo("Acme keeps money exact.");
    }

    @Test
    void withoutThePluginItsRuleDoesNotRun() {
        CliRun lint = migralint("--no-color", migrations.toString());
        assertThat(lint.out()).doesNotContain("acme-no-float").contains("drop-column");
    }

    @Test
    void aPluginRuleThatThrowsIsReportedByNameAndTheOtherRulesStillRun() throws Exception {
        Path jar = pluginJar("broken", THROWING);

        CliRun lint = migralint("--plugin", jar.toString(), "--no-color", migrations.toString());

        assertThat(lint.err()).doesNotContain("\tat ");
        assertThat(lint.out()).contains("error[acme-broken] rule acme-broken (acme.BrokenRule from plugin broken.jar) "
                + "failed on this statement: java.lang.IllegalStateException: acme bug");
        assertThat(lint.out()).contains("error[drop-column]");
    }

    @Test
    void jarsNamedOnlyInAConfigAreNotLoadedUnlessTheCommandLineAllowsIt() throws Exception {
        Path jar = pluginJar("acme", NO_FLOAT);
        Path config = Files.writeString(dir.resolve(".migralint.yaml"), "fail-on: error\nplugins:\n  - acme.jar\n");

        CliRun refused = migralint("--config", config.toString(), "--no-color", migrations.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty(); // nothing ran
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("migralint: " + config + ":2: the config's plugins are not loaded")
                .contains("--plugin").contains("--allow-config-plugins");

        CliRun allowed = migralint("--config", config.toString(), "--allow-config-plugins", "--no-color",
                migrations.toString());
        assertThat(allowed.out()).contains("error[acme-no-float] column price is FLOAT");
        assertThat(jar).isRegularFile();
    }

    @Test
    void aPluginRuleThrowingAnErrorIsAFindingLikeAnyOtherFailure() throws Exception {
        for (String error : List.of("new Error(\"bare\")", "new AssertionError(\"assert\")",
                "new NoClassDefFoundError(\"acme/Gone\")")) {
            Path jar = pluginJar("error" + Math.abs(error.hashCode()), THROWING_ERROR.replace("THROWS", error));

            CliRun lint = migralint("--plugin", jar.toString(), "--no-color", migrations.toString());

            assertThat(lint.err()).as(error).doesNotContain("\tat ").doesNotContain("internal error");
            assertThat(lint.out()).as(error).contains("error[acme-error] rule acme-error (acme.ErrorRule from plugin ")
                    .contains("error[drop-column]");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit2NeverAStackTrace() throws Exception {
        Path jar = pluginJar("oom", THROWING_ERROR.replace("THROWS", "new OutOfMemoryError(\"Java heap space\")"));

        CliRun lint = migralint("--plugin", jar.toString(), migrations.toString());

        assertThat(lint.exit()).isEqualTo(2);
        assertThat(lint.err().lines().toList()).singleElement().asString()
                .startsWith("migralint: out of memory (the heap limit is ");
    }

    @Test
    void aPluginRuleCannotTakeTheIdOfABuiltInOne() throws Exception {
        Path jar = pluginJar("shadow", NO_FLOAT.replace("\"acme-no-float\"", "\"drop-column\""));
        CliRun lint = migralint("--plugin", jar.toString(), migrations.toString());
        assertThat(lint.exit()).isEqualTo(2);
        assertThat(lint.err()).contains("two rules share the id drop-column: dev.migralint.rules.DropColumnRule and "
                + "acme.NoFloatRule").doesNotContain("\tat ");
    }

    @Test
    void aMissingPluginJarIsAOneLineUsageError() {
        CliRun lint = migralint("--plugin", dir.resolve("nope.jar").toString(), migrations.toString());
        assertThat(lint.exit()).isEqualTo(2);
        assertThat(lint.err().strip()).isEqualTo("migralint: plugin " + dir.resolve("nope.jar") + ": no such file");
    }

    @Test
    void ruleSelectionRunsOnlyNamedRulesOrSkipsThem() {
        CliRun only = migralint("--rule", "add-required-column", "--no-color", migrations.toString());
        assertThat(only.exit()).isZero();
        assertThat(only.out()).doesNotContain("drop-column");

        CliRun skip = migralint("--skip-rule", "drop-column", "--no-color", migrations.toString());
        assertThat(skip.out()).doesNotContain("drop-column");

        CliRun unknown = migralint("--skip-rule", "no-such-rule", migrations.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("migralint: unknown rule 'no-such-rule'; `migralint rules` lists them");
    }

}
