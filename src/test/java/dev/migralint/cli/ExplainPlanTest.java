package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migralint explain-plan}: one row per statement of the migrations asked for, for the target server. */
class ExplainPlanTest {
    @TempDir
    Path dir;

    private Path history(String provider, String init, String change) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"" + provider + "\"\n");
        Files.createDirectories(migrations.resolve("20240101000000_init"));
        Files.writeString(migrations.resolve("20240101000000_init/migration.sql"), init);
        Path second = Files.createDirectories(migrations.resolve("20240102000000_change"));
        Files.writeString(second.resolve("migration.sql"), change);
        return second;
    }

    @Test
    void plansOnlyTheMigrationAskedForWithTheHistoryBeforeItAsContext() throws IOException {
        Path second = history("mysql",
                "CREATE TABLE `User` (`id` INTEGER NOT NULL, `age` INTEGER NULL, PRIMARY KEY (`id`));\n",
                "ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL;\n\nALTER TABLE `User` MODIFY `age` BIGINT NULL;\n");

        CliRun run = CliRun.of("explain-plan", second.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("(mysql:8.0)")
                .contains("1  ALTER TABLE `User` ADD COLUMN `city`")
                .contains("algorithm INSTANT · no rebuild · lock NONE")
                .contains("3  ALTER TABLE `User` MODIFY `age` BIGINT NULL")
                .contains("algorithm COPY · rebuilds the table · lock SHARED (writes wait)")
                .contains("why: changing `age` from INT to BIGINT")
                .doesNotContain("CREATE TABLE");
    }

    @Test
    void theTargetChangesThePrediction() throws IOException {
        Path second = history("mysql",
                "CREATE TABLE `User` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));\n",
                "ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL;\n");

        assertThat(CliRun.of("explain-plan", "--target", "mysql:5.7", second.toString()).out())
                .contains("(mysql:5.7)").contains("algorithm INPLACE · rebuilds the table · lock NONE");
        assertThat(CliRun.of("explain-plan", "--target", "mariadb:10.11", second.toString()).out())
                .contains("(mariadb:10.11)").contains("algorithm INSTANT");
    }

    @Test
    void postgresqlShowsLocksAndWork() throws IOException {
        Path second = history("postgresql",
                "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"age\" INTEGER, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n",
                "CREATE INDEX \"User_age_idx\" ON \"User\"(\"age\");\n");

        CliRun run = CliRun.of("explain-plan", "--target", "postgresql:15", second.toString());

        assertThat(run.out()).contains("(postgresql:15)").contains("SHARE on User; builds an index (writes wait)");
    }

    @Test
    void anUnknownTargetIsAUsageError() throws IOException {
        Path second = history("mysql", "CREATE TABLE `T` (`id` INTEGER NOT NULL);\n", "DROP TABLE `T`;\n");

        CliRun run = CliRun.of("explain-plan", "--target", "oracle:19", second.toString());

        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("unknown target 'oracle:19'");
    }

    @Test
    void lintTakesTheTargetToo() throws IOException {
        history("mysql", "CREATE TABLE `User` (`id` INTEGER NOT NULL, `bio` TEXT NULL, PRIMARY KEY (`id`));\n",
                "ALTER TABLE `User` DROP COLUMN `bio`;\n");

        assertThat(CliRun.of("--format", "json", dir.toString()).out()).doesNotContain("table-rebuild");
        assertThat(CliRun.of("--format", "json", "--target", "mysql:8.0.28", dir.toString()).out())
                .contains("table-rebuild");
    }

    @Test
    void theConfigTargetAppliesWhenNoFlagIsGiven() throws IOException {
        history("mysql", "CREATE TABLE `User` (`id` INTEGER NOT NULL, `bio` TEXT NULL, PRIMARY KEY (`id`));\n",
                "ALTER TABLE `User` DROP COLUMN `bio`;\n");
        Path config = Files.writeString(dir.resolve(".migralint.yaml"), "target: mysql:8.0.28\n");

        assertThat(CliRun.of("--format", "json", "--config", config.toString(), dir.toString()).out())
                .contains("table-rebuild").contains("mysql:8.0.28");
        assertThat(CliRun.of("--format", "json", "--config", config.toString(), "--target", "mysql:8.4",
                dir.toString()).out()).doesNotContain("table-rebuild");
    }
}
