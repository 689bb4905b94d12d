package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reusable workflow and the composite action as a pull request meets them: {@code bin/migralint-github}, which
 * both run, against a real git remote and a shallow checkout of a hostile pull request; Maven's search for
 * {@code .mvn/}; and the workflow files' steps. No GitHub runner here: the steps' scripts run as they would.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GithubCiIT {
    private static final Path PROJECT =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("migralint.jar",
            PROJECT.resolve("target/migralint.jar").toString()));

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void git(Path cwd, String... args) throws Exception {
        TestGit.git(cwd, args);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * An origin whose main branch has a history and a policy, and a pull request branch that drops a table and,
     * in the same change, turns the policy off and names a plugin jar of its own; then a shallow checkout of the
     * pull request, as actions/checkout makes by default.
     */
    private Path hostilePullRequestCheckout() throws Exception {
        Path origin = Files.createDirectories(temp.resolve("origin"));
        git(origin, "init", "-q");
        write(origin.resolve("prisma/migrations/migration_lock.toml"), "provider = \"mysql\"\n");
        write(origin.resolve("prisma/migrations/20240101000000_init/migration.sql"),
                "CREATE TABLE `User` (`id` INT NOT NULL, PRIMARY KEY (`id`));\n");
        write(origin.resolve(".migralint.yaml"), "fail-on: error\n");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "base");
        git(origin, "checkout", "-q", "-b", "pr");
        write(origin.resolve("prisma/migrations/20240201000000_drop/migration.sql"), "DROP TABLE `User`;\n");
        write(origin.resolve(".migralint.yaml"), "fail-on: never\nrules:\n  drop-table: off\nplugins: [tools/x.jar]\n");
        write(origin.resolve("tools/x.jar"), "not even a jar\n");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "pr");
        git(origin, "checkout", "-q", "main");
        Path workspace = temp.resolve("workspace");
        git(temp, "clone", "-q", "--depth", "1", "--branch", "pr", "file://" + origin, workspace.toString());
        return workspace;
    }

    private static Map<String, String> pullRequestEnv(String configFrom) {
        return Map.of("MIGRALINT_JAR", JAR.toString(), "GITHUB_BASE_REF", "main", "LINT_PATH", "prisma/migrations",
                "CONFIG_FROM", configFrom, "CHANGED_SINCE", "", "MIGRALINT_NO_CDS", "1");
    }

    @Test
    void aPullRequestIsCheckedAgainstItsBaseBranchsPolicyNotItsOwn() throws Exception {
        Path workspace = hostilePullRequestCheckout();

        Run lint = run(workspace, pullRequestEnv(""), PROJECT.resolve("bin/migralint-github").toString(),
                "--format", "github", "--fail-on", "error");

        assertThat(lint.exit()).as(lint.err()).isEqualTo(1);
        assertThat(lint.out()).contains("::error file=prisma/migrations/20240201000000_drop/migration.sql,")
                .contains("title=migralint drop-table::");
        // only what the pull request changed is reported: the base branch was fetched into the shallow checkout
        assertThat(lint.out()).doesNotContain("20240101000000_init");

        // the checkout's own config, when asked for, is the pull request's: its plugin is refused, not loaded
        Run own = run(workspace, pullRequestEnv("none"), PROJECT.resolve("bin/migralint-github").toString(),
                "--format", "github", "--fail-on", "error");
        assertThat(own.exit()).isEqualTo(2);
        assertThat(own.err()).contains(".migralint.yaml:4:").contains("--allow-config-plugins");
    }

    @Test
    void mavenNeverReadsTheDotMvnOfTheWorkspaceAroundTheProject() throws Exception {
        // a pull request's .mvn/jvm.config: were Maven to read it, the JVM would refuse to start
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        write(workspace.resolve(".mvn/jvm.config"), "-XX:+MigralintNoSuchOption\n");
        Path checkout = Files.createDirectories(workspace.resolve("migralint"));
        Files.copy(PROJECT.resolve("pom.xml"), checkout.resolve("pom.xml"));
        try (var files = Files.list(PROJECT.resolve(".mvn"))) {
            for (Path f : files.toList()) {
                write(checkout.resolve(".mvn").resolve(f.getFileName()), Files.readString(f));
            }
        }

        Run build = run(workspace, Map.of(), "mvn", "-o", "-q", "-f", checkout.resolve("pom.xml").toString(),
                "validate");

        assertThat(build.exit()).as(build.out() + build.err()).isZero();
    }

    @Test
    void theWorkflowAndTheActionBuildOutsideTheWorkspaceAndLintThroughTheCiScript() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode workflow = yaml.readTree(PROJECT.resolve(".github/workflows/migralint.yml").toFile());
        JsonNode steps = workflow.get("jobs").get("migralint").get("steps");
        List<String> runs = new ArrayList<>();
        for (JsonNode step : steps) {
            if (step.path("uses").asText().startsWith("actions/checkout")) {
                assertThat(step.path("with").has("repository")).as("Migralint is not checked out into the workspace")
                        .isFalse();
            }
            if (step.path("name").asText().equals("Build Migralint")) {
                assertThat(step.path("working-directory").asText()).contains("runner.temp");
            }
            runs.add(step.path("run").asText());
        }
        assertThat(runs).filteredOn(r -> r.contains("bin/migralint-github")).hasSize(2);
        assertThat(String.join("\n", runs)).doesNotContain("bin/migralint ").doesNotContain("-f .migralint");

        JsonNode action = yaml.readTree(PROJECT.resolve(".github/actions/migralint/action.yml").toFile());
        List<String> actionRuns = new ArrayList<>();
        for (JsonNode step : action.get("runs").get("steps")) {
            actionRuns.add(step.path("run").asText());
            if (step.path("name").asText().equals("Build Migralint")) {
                assertThat(step.path("working-directory").asText()).contains("github.action_path");
            }
        }
        assertThat(actionRuns).filteredOn(r -> r.contains("MIGRALINT_GITHUB")).hasSize(2);
        assertThat(PROJECT.resolve(".mvn")).as("the project's own .mvn/ ends Maven's upward search").isDirectory();
    }
}
