package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .migralint.yaml as the command line uses it. */
class ConfigCliTest {
    @TempDir
    Path dir;
    private Path migrations;
    private Path config;

    private void migration(String folder, String sql) throws IOException {
        Path m = Files.createDirectories(migrations.resolve(folder));
        Files.writeString(m.resolve("migration.sql"), sql);
    }

    @BeforeEach
    void history() throws IOException {
        migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        migration("20230101000000_init", "CREATE TABLE `User` (`id` INT NOT NULL, `a` INT, `b` INT, PRIMARY KEY (`id`));\n");
        migration("20230201000000_legacy", "ALTER TABLE `User` DROP COLUMN `a`;\n");
        migration("20240101000000_new", "ALTER TABLE `User` DROP COLUMN `b`;\n");
        config = dir.resolve(ConfigLoader.FILE_NAME);
    }


    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    private CliRun lintWith(String yaml, String... more) throws IOException {
        Files.writeString(config, yaml);
        String[] args = new String[more.length + 4];
        args[0] = "--config";
        args[1] = config.toString();
        args[2] = "--no-color";
        System.arraycopy(more, 0, args, 3, more.length);
        args[args.length - 1] = migrations.toString();
        return migralint(args);
    }

    @Test
    void aRuleSeverityFromTheConfigChangesFindingsAndTheExitCode() throws IOException {
        CliRun run = lintWith("rules:\n  drop-column: warning\n");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("warning[drop-column]").doesNotContain("error[drop-column]");

        CliRun failOn = lintWith("fail-on: warning\nrules:\n  drop-column: warning\n");
        assertThat(failOn.exit()).isEqualTo(1);

        CliRun flagWins = lintWith("fail-on: warning\nrules:\n  drop-column: warning\n", "--fail-on", "error");
        assertThat(flagWins.exit()).isZero();
    }

    @Test
    void aPathOverrideSwitchesARuleOffForOldMigrationsOnly() throws IOException {
        CliRun run = lintWith("overrides:\n  - paths: [\"prisma/migrations/2023*/**\"]\n    rules:\n"
                + "      drop-column: off\n");
        assertThat(run.out()).contains("20240101000000_new/migration.sql:1:20: error[drop-column]")
                .doesNotContain("20230201000000_legacy");
    }

    @Test
    void excludedMigrationsAreReplayedButNotReported() throws IOException {
        CliRun run = lintWith("exclude:\n  - \"prisma/migrations/2023*/**\"\n");
        assertThat(run.out()).doesNotContain("legacy").contains("20240101000000_new")
                .contains("in 1 migration");
    }

    @Test
    void anUnknownRuleIdIsAnErrorNamingFileAndLine() throws IOException {
        CliRun run = lintWith("fail-on: error\nrules:\n  drop-colum: off\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("migralint: " + config + ":3: unknown rule 'drop-colum' "
                + "(known: `migralint rules` lists them)");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingFileLineAndKey() throws IOException {
        CliRun run = lintWith("dialect: mysql\nfial-on: warning\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("migralint: " + config + ":2:1: unknown key 'fial-on' (known keys: "
                + "dialect, target, fail-on, rules, include, exclude, overrides, plugins, baseline)");
    }

    @Test
    void aWrongTypeIsAnErrorNamingFileLineAndKey() throws IOException {
        CliRun run = lintWith("rules:\n  - drop-column\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("migralint: " + config + ":2:")
                .contains("'rules' must be a mapping of rule id to severity, not a list");
    }

    @Test
    void aMissingConfigFileIsAOneLineUsageError() {
        CliRun run = migralint("--config", dir.resolve("nope.yaml").toString(), migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("migralint: " + dir.resolve("nope.yaml") + ": cannot read: no such file");
    }

    @Test
    void initWritesACommentedConfigThatLoadsAndNeverOverwrites() throws Exception {
        Path here = Files.createDirectories(dir.resolve("repo"));
        CliRun init = migralint("init", here.toString());
        assertThat(init.exit()).isZero();
        Path written = here.resolve(ConfigLoader.FILE_NAME);
        assertThat(Files.readString(written)).contains("# ").contains("fail-on");
        assertThat(ConfigLoader.load(written).failOn()).contains("error");

        CliRun again = migralint("init", here.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }
}
