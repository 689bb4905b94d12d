package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning Migralint on in a repository with history: record today's findings, report only new ones. */
class BaselineTest {
    @TempDir
    Path dir;
    private Path migrations;
    private Path baseline;

    private void migration(String folder, String sql) throws IOException {
        Path m = Files.createDirectories(migrations.resolve(folder));
        Files.writeString(m.resolve("migration.sql"), sql);
    }

    @BeforeEach
    void oldHistoryWithFindings() throws IOException {
        migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        migration("20230101000000_init", "CREATE TABLE `User` (`id` INT NOT NULL, `a` INT, `b` INT, `c` INT, "
                + "PRIMARY KEY (`id`));\nCREATE TABLE `Old` (`id` INT);\n");
        migration("20230201000000_cleanup", "ALTER TABLE `User` DROP COLUMN `a`;\nDROP TABLE `Old`;\n");
        baseline = dir.resolve("migralint-baseline.json");
    }


    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    @Test
    void onlyFindingsThatAreNotInTheBaselineAreReported() throws IOException {
        CliRun write = migralint("--write-baseline", baseline.toString(), migrations.toString());
        assertThat(write.exit()).isZero();
        assertThat(write.err()).contains("wrote 2 findings to " + baseline);

        CliRun clean = migralint("--baseline", baseline.toString(), "--no-color", migrations.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("no problems").contains("2 in the baseline");
        assertThat(migralint("--baseline", baseline.toString(), "--format", "json", migrations.toString()).out())
                .contains("\"baselined\" : 2");

        migration("20240301000000_new", "ALTER TABLE `User` DROP COLUMN `b`;\n");
        CliRun withNew = migralint("--baseline", baseline.toString(), "--no-color", migrations.toString());
        assertThat(withNew.exit()).isEqualTo(1);
        assertThat(withNew.out()).contains("20240301000000_new/migration.sql:1:20: error[drop-column]")
                .doesNotContain("20230201000000_cleanup").contains("1 error");
    }

    @Test
    void editsAboveABaselinedFindingDoNotBringItBack() throws IOException {
        migralint("--write-baseline", baseline.toString(), migrations.toString());
        migration("20230201000000_cleanup", "-- a comment added later\n\n\nALTER TABLE `User`   DROP COLUMN `a`;\n"
                + "DROP TABLE `Old`;\n");

        CliRun run = migralint("--baseline", baseline.toString(), "--no-color", migrations.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("no problems");
    }

    @Test
    void staleEntriesAreListedWithVerbose() throws IOException {
        migralint("--write-baseline", baseline.toString(), migrations.toString());
        migration("20230201000000_cleanup", "ALTER TABLE `User` DROP COLUMN `a`;\n"); // the DROP TABLE is gone

        CliRun quiet = migralint("--baseline", baseline.toString(), migrations.toString());
        assertThat(quiet.err()).isEmpty();
        CliRun verbose = migralint("--baseline", baseline.toString(), "--verbose", migrations.toString());
        assertThat(verbose.err()).contains("stale baseline entry").contains("drop-table");
    }

    @Test
    void aBrokenBaselineIsAOneLineUsageError() throws IOException {
        Files.writeString(baseline, "{ not json");
        CliRun run = migralint("--baseline", baseline.toString(), migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("migralint: " + baseline + ":1:").contains("not a Migralint baseline");

        CliRun missing = migralint("--baseline", dir.resolve("none.json").toString(), migrations.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
