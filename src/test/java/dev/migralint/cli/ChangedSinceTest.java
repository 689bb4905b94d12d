package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} against a real temporary git repository. */
class ChangedSinceTest {
    @TempDir
    Path repo;
    private Path migrations;

    private void git(String... args) throws Exception {
        TestGit.git(repo, args);
    }

    private void migration(String folder, String sql) throws IOException {
        Path dir = Files.createDirectories(migrations.resolve(folder));
        Files.writeString(dir.resolve("migration.sql"), sql);
    }

    @BeforeEach
    void historyCommittedAsBase() throws Exception {
        migrations = Files.createDirectories(repo.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        migration("20240101000000_init", "CREATE TABLE `User` (`id` INT NOT NULL, `a` INT NULL, `b` INT NULL, "
                + "`c` INT NULL, PRIMARY KEY (`id`));\n");
        migration("20240201000000_add", "ALTER TABLE `User` ADD COLUMN `d` INT NULL;\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
    }


    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    @Test
    void onlyNewAndChangedMigrationsAreReportedWithEditedAndOutOfOrderOnesFlagged() throws Exception {
        // edit a migration production already applied, add one after the base and one that sorts before it
        migration("20240201000000_add", "ALTER TABLE `User` ADD COLUMN `d` INT NULL;\nALTER TABLE `User` DROP COLUMN `a`;\n");
        migration("20240301000000_later", "ALTER TABLE `User` DROP COLUMN `b`;\n");
        migration("20240115000000_sneaky", "ALTER TABLE `User` ADD COLUMN `e` INT NULL;\n");
        git("add", "prisma/migrations/20240301000000_later"); // staged; the sneaky one stays untracked

        CliRun run = migralint("--changed-since", "base", "--format", "json", "--root", repo.toString(),
                migrations.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("file").asText()
                .replace("prisma/migrations/", "") + ":" + f.get("line").asInt()));
        assertThat(findings).containsExactlyInAnyOrder(
                "out-of-order-migration 20240115000000_sneaky/migration.sql:1",
                "edited-migration 20240201000000_add/migration.sql:1",
                "drop-column 20240201000000_add/migration.sql:2",
                "drop-column 20240301000000_later/migration.sql:1");
        assertThat(report.get("summary").get("migrations").asInt()).isEqualTo(3); // init is context only
    }

    /** The findings of a --changed-since base run, as "rule folder:line". */
    private List<String> findingsSinceBase() throws IOException {
        CliRun run = migralint("--changed-since", "base", "--format", "json", "--fail-on", "never", "--root",
                repo.toString(), migrations.toString());
        assertThat(run.err()).isEmpty();
        List<String> findings = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> findings.add(f.get("rule").asText() + " "
                + f.get("file").asText().replace("prisma/migrations/", "").replace("/migration.sql", "") + ":"
                + f.get("line").asInt()));
        return findings;
    }

    @Test
    void aTableCreatedInAnotherMigrationNotYetDeployedIsNewInTheLaterOnes() throws Exception {
        // both reach production in one `prisma migrate deploy`: Team has no rows and no code reads it yet
        migration("20240301000000_team", "CREATE TABLE `Team` (`id` INT NOT NULL, `slug` VARCHAR(191) NULL, "
                + "`old` INT NULL, PRIMARY KEY (`id`));\n");
        migration("20240302000000_team_details", String.join("\n",
                "ALTER TABLE `Team` ADD COLUMN `name` VARCHAR(191) NOT NULL;",
                "CREATE UNIQUE INDEX `Team_slug_key` ON `Team`(`slug`);",
                "ALTER TABLE `Team` DROP COLUMN `old`;",
                "ALTER TABLE `Team` RENAME TO `Group`;",
                "ALTER TABLE `Group` MODIFY `slug` VARCHAR(191) NOT NULL;",
                "ALTER TABLE `User` ADD COLUMN `teamName` VARCHAR(191) NOT NULL;", ""));

        assertThat(findingsSinceBase()).containsExactly("add-required-column 20240302000000_team_details:6");
    }

    @Test
    void aTableCreatedInAMigrationProductionHasIsNotNewThoughItsFileWasEdited() throws Exception {
        migration("20240201000000_add", "ALTER TABLE `User` ADD COLUMN `d` INT NULL;\n"
                + "CREATE TABLE `Audit` (`id` INT NOT NULL, `at` INT NULL, PRIMARY KEY (`id`));\n");
        migration("20240301000000_audit_index", "CREATE UNIQUE INDEX `Audit_at_key` ON `Audit`(`at`);\n");

        assertThat(findingsSinceBase()).containsExactlyInAnyOrder("edited-migration 20240201000000_add:1",
                "add-unique-constraint 20240301000000_audit_index:1");
    }

    @Test
    void aTableOfAnOutOfOrderMigrationIsTakenAsExisting() throws Exception {
        // it sorts before the newest migration at the base: where it stands in production is not known for sure
        migration("20240115000000_team", "CREATE TABLE `Team` (`id` INT NOT NULL, `slug` VARCHAR(191) NULL, "
                + "PRIMARY KEY (`id`));\n");
        migration("20240301000000_team_slug", "CREATE UNIQUE INDEX `Team_slug_key` ON `Team`(`slug`);\n");

        assertThat(findingsSinceBase()).containsExactlyInAnyOrder("out-of-order-migration 20240115000000_team:1",
                "add-unique-constraint 20240301000000_team_slug:1");
    }

    @Test
    void withoutChangedSinceATableOfAnEarlierMigrationIsNotNew() throws Exception {
        migration("20240301000000_team", "CREATE TABLE `Team` (`id` INT NOT NULL, `slug` VARCHAR(191) NULL, "
                + "PRIMARY KEY (`id`));\n");
        migration("20240302000000_team_slug", "CREATE UNIQUE INDEX `Team_slug_key` ON `Team`(`slug`);\n");
        CliRun run = migralint("--root", repo.toString(), "--fail-on", "never", migrations.toString());

        assertThat(run.out()).contains("add-unique-constraint");
    }

    @Test
    void withNothingChangedNothingIsReported() {
        CliRun run = migralint("--changed-since", "base", "--root", repo.toString(), migrations.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("no problems in 0 migrations");
    }

    @Test
    void withoutChangedSinceTheGitRulesStaySilent() throws Exception {
        migration("20240201000000_add", "ALTER TABLE `User` ADD COLUMN `d` INT NULL;\n-- edited\n");
        CliRun run = migralint("--root", repo.toString(), migrations.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("edited-migration");
    }

    @Test
    void anUnknownRevisionIsAOneLineUsageError() {
        CliRun run = migralint("--changed-since", "no-such-ref", migrations.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("migralint: --changed-since: unknown git revision 'no-such-ref'");
    }

    @Test
    void aFolderOutsideGitIsAOneLineUsageError(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("1.sql"), "SELECT 1;\n");
        CliRun run = migralint("--changed-since", "base", elsewhere.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("not inside a git repository");
    }
}
