package dev.migralint.online;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.PlannedStatement;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The version-dependent answers no server in CI can check (MySQL itself is not packaged for Debian), taken from the
 * MySQL 5.7 and 8.0 manuals' online DDL tables, and the statement-level rules of the model.
 */
class CostModelTest {
    private static final String USER = "CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, "
            + "`name` VARCHAR(50) NULL, `code` VARCHAR(200) CHARACTER SET latin1 NULL, `bio` TEXT NULL, "
            + "`role` ENUM('A', 'B') NOT NULL, PRIMARY KEY (`id`));";

    private static Optional<Verdict> plan(String target, Dialect dialect, String setup, String statement) {
        return ModelAgreement.plan(Target.parse(target).orElseThrow(), dialect, setup, statement, statement);
    }

    private static MysqlVerdict mysql(String target, String statement) {
        return (MysqlVerdict) plan(target, Dialect.MYSQL, USER, statement).orElseThrow();
    }

    @Test
    void dropColumnIsInstantFromMySql8029() {
        assertThat(mysql("mysql:8.0", "ALTER TABLE `User` DROP COLUMN `bio`;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.INSTANT);
        MysqlVerdict older = mysql("mysql:8.0.28", "ALTER TABLE `User` DROP COLUMN `bio`;");
        assertThat(older.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(older.rebuild()).isTrue();
        assertThat(older.lock()).isEqualTo(MysqlVerdict.Lock.NONE);
    }

    @Test
    void mysql57HasNoInstantAndRebuildsForEveryNewColumn() {
        MysqlVerdict add = mysql("mysql:5.7", "ALTER TABLE `User` ADD COLUMN `city` VARCHAR(10) NULL;");
        assertThat(add.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(add.rebuild()).isTrue();
        MysqlVerdict enumValue = mysql("mysql:5.7", "ALTER TABLE `User` MODIFY `role` ENUM('A', 'B', 'C') NOT NULL;");
        assertThat(enumValue.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(enumValue.rebuild()).isFalse();
        assertThat(mysql("mysql:5.7", "ALTER TABLE `User` ADD CONSTRAINT `c` CHECK (`id` > 0);").algorithm())
                .as("5.7 parses and ignores CHECK").isEqualTo(MysqlVerdict.Algorithm.INPLACE);
    }

    @Test
    void renameColumnIsInstantFromMySql8028() {
        assertThat(mysql("mysql:8.0.27", "ALTER TABLE `User` RENAME COLUMN `bio` TO `about`;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(mysql("mysql:8.0.28", "ALTER TABLE `User` RENAME COLUMN `bio` TO `about`;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.INSTANT);
    }

    @Test
    void aLongerVarcharStaysInPlaceOnlyWhileItsLengthPrefixStaysOneByte() {
        // utf8mb4 (4 bytes a character): 50 -> 63 is 252 bytes, 50 -> 64 is 256
        MysqlVerdict within = mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `name` VARCHAR(63) NULL;");
        assertThat(within.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(within.rebuild()).isFalse();
        assertThat(mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `name` VARCHAR(64) NULL;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.COPY);
        assertThat(mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `code` VARCHAR(255) CHARACTER SET latin1 NULL;")
                .rebuild()).as("latin1: 255 bytes still fit one length byte").isFalse();
    }

    @Test
    void oneStatementTakesItsCostliestClause() {
        MysqlVerdict v = mysql("mysql:8.0",
                "ALTER TABLE `User` ADD COLUMN `city` VARCHAR(10) NULL, ADD INDEX `User_city_idx`(`city`);");
        assertThat(v.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(v.rebuild()).isTrue();
        assertThat(v.reasons()).anyMatch(r -> r.contains("INSTANT in a statement of its own"));
    }

    @Test
    void anAlgorithmOrLockTheServerCannotGiveIsARefusal() {
        MysqlVerdict tooCheap = mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `name` BIGINT NULL, ALGORITHM=INPLACE;");
        assertThat(tooCheap.refused()).hasValueSatisfying(r -> assertThat(r).startsWith("ALGORITHM=INPLACE"));
        assertThat(tooCheap.blocksWrites()).as("a refused statement never runs").isFalse();
        MysqlVerdict noLock = mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `name` BIGINT NULL, LOCK=NONE;");
        assertThat(noLock.refused()).hasValueSatisfying(r -> assertThat(r).startsWith("LOCK=NONE"));
        MysqlVerdict copy = mysql("mysql:8.0", "ALTER TABLE `User` ADD COLUMN `x` INT NULL, ALGORITHM=COPY;");
        assertThat(copy.algorithm()).isEqualTo(MysqlVerdict.Algorithm.COPY);
        assertThat(copy.blocksWrites()).isTrue();
    }

    @Test
    void statementsThatChangeNoTableHaveNoVerdict() {
        assertThat(plan("mysql:8.0", Dialect.MYSQL, USER, "UPDATE `User` SET `bio` = '';")).isEmpty();
        assertThat(plan("postgresql:16", Dialect.POSTGRESQL, "CREATE TABLE \"T\" (\"id\" INTEGER);",
                "CREATE TYPE \"Mood\" AS ENUM ('sad', 'ok');")).isEmpty();
    }

    @Test
    void aTableCreatedInTheSameMigrationIsNeverCostly() {
        Lint.Plan plan = Lint.plan(List.of(new History("", Dialect.MYSQL, List.of(Migration.ofText("m", "test.sql",
                USER + "\nALTER TABLE `User` MODIFY `name` BIGINT NULL;")))), LintOptions.of(List.of()));
        assertThat(plan.problems()).isEmpty();
        List<PlannedStatement> planned = plan.statements();
        assertThat(planned).hasSize(2);
        assertThat(planned.get(1).verdict()).hasValueSatisfying(v -> {
            assertThat(v.newTable()).isTrue();
            assertThat(v.blocksWrites()).isFalse();
            assertThat(v.rebuilds()).isFalse();
        });
    }

    @Test
    void mysqlInstantTakesNoLockClause() {
        assertThat(mysql("mysql:8.0", "ALTER TABLE `User` ADD COLUMN `x` INT NULL, ALGORITHM=INSTANT, LOCK=NONE;")
                .refused()).hasValueSatisfying(r -> assertThat(r).contains("only LOCK=DEFAULT"));
        MysqlVerdict inPlace = mysql("mysql:8.0", "ALTER TABLE `User` ADD COLUMN `x` INT NULL, LOCK=NONE;");
        assertThat(inPlace.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(inPlace.rebuild()).isTrue();
        MysqlVerdict mariaDb = (MysqlVerdict) plan("mariadb:10.11", Dialect.MYSQL, USER,
                "ALTER TABLE `User` ADD COLUMN `x` INT NULL, LOCK=NONE;").orElseThrow();
        assertThat(mariaDb.algorithm()).as("seen on MariaDB 10.11").isEqualTo(MysqlVerdict.Algorithm.INSTANT);
    }

    @Test
    void otherSpellingsOfTheSameTypeAreNoChange() {
        assertThat(plan("mysql:8.0", Dialect.MYSQL, "CREATE TABLE `T` (`id` INT(11) NOT NULL, `ok` TINYINT(1) NOT NULL);",
                "ALTER TABLE `T` MODIFY `id` INTEGER NOT NULL, MODIFY `ok` BOOLEAN NOT NULL;").orElseThrow()
                .rebuilds()).isFalse();
        MysqlVerdict collation = (MysqlVerdict) plan("mysql:8.0", Dialect.MYSQL,
                "CREATE TABLE `T` (`code` VARCHAR(20) COLLATE utf8mb4_bin NOT NULL);",
                "ALTER TABLE `T` MODIFY `code` VARCHAR(30) NOT NULL;").orElseThrow();
        assertThat(collation.algorithm()).as("a MODIFY without COLLATE takes the table's default collation")
                .isEqualTo(MysqlVerdict.Algorithm.COPY);
    }

    @Test
    void mysql84AddsAndDropsColumnsInstantly() {
        assertThat(mysql("mysql:8.4", "ALTER TABLE `User` ADD COLUMN `x` INT NULL, DROP COLUMN `bio`;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.INSTANT);
        assertThat(mysql("mysql:8.4", "ALTER TABLE `User` ADD CONSTRAINT `f` FOREIGN KEY (`id`) REFERENCES `User`(`id`);")
                .algorithm()).as("foreign_key_checks=1").isEqualTo(MysqlVerdict.Algorithm.COPY);
    }

    @Test
    void targetsOutsideTheModelAreRefusedOrNoted() {
        assertThat(Target.parse("postgresql:10").orElseThrow().unsupported()).isPresent();
        assertThat(Target.parse("postgresql:13").orElseThrow().unsupported()).isEmpty();
        assertThat(Target.parse("postgresql:18").orElseThrow().newerThanKnown()).isPresent();
        assertThat(Target.parse("mysql:8.0").orElseThrow().newerThanKnown()).isEmpty();
        assertThat(Target.parse("mysql:9.1").orElseThrow().newerThanKnown()).isPresent();
        assertThat(Target.defaultFor(Dialect.COCKROACHDB)).as("CockroachDB changes schemas online").isEmpty();
    }

    @Test
    void aDropConstraintLaterInTheStatementIsResolvedBeforeThePrediction() {
        String setup = "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n"
                + "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL, \"authorId\" INTEGER NOT NULL);\n"
                + "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") "
                + "REFERENCES \"User\"(\"id\");";
        PostgresVerdict v = (PostgresVerdict) plan("postgresql:16", Dialect.POSTGRESQL, setup,
                "ALTER TABLE \"Post\" ADD COLUMN \"x\" TEXT, DROP CONSTRAINT \"Post_authorId_fkey\";").orElseThrow();
        assertThat(v.locks()).containsEntry("User", PgLock.ACCESS_EXCLUSIVE).containsEntry("Post",
                PgLock.ACCESS_EXCLUSIVE);
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("dropping foreign key"));
    }

    @Test
    void timestampToTimestamptzNamesTheUtcException() {
        String setup = "CREATE TABLE \"T\" (\"at\" TIMESTAMP(3), \"name\" VARCHAR(50));";
        assertThat(plan("postgresql:16", Dialect.POSTGRESQL, setup,
                "ALTER TABLE \"T\" ALTER COLUMN \"at\" SET DATA TYPE TIMESTAMPTZ(3);").orElseThrow().reasons())
                .anyMatch(r -> r.contains("unless the session time zone is UTC"));
        assertThat(plan("postgresql:16", Dialect.POSTGRESQL, setup,
                "ALTER TABLE \"T\" ALTER COLUMN \"name\" SET DATA TYPE VARCHAR(20);").orElseThrow().reasons())
                .noneMatch(r -> r.contains("UTC"));
    }

    @Test
    void aColumnPlacedWithAfterIsInstantOnlyFromMySql8029() {
        MysqlVerdict older = mysql("mysql:8.0.20", "ALTER TABLE `User` ADD COLUMN `x` INT NULL AFTER `name`;");
        assertThat(older.algorithm()).isEqualTo(MysqlVerdict.Algorithm.INPLACE);
        assertThat(older.rebuild()).isTrue();
        assertThat(mysql("mysql:8.0.20", "ALTER TABLE `User` ADD COLUMN `x` INT NULL;").algorithm())
                .as("last position").isEqualTo(MysqlVerdict.Algorithm.INSTANT);
        assertThat(mysql("mysql:8.0", "ALTER TABLE `User` ADD COLUMN `x` INT NULL FIRST;").algorithm())
                .isEqualTo(MysqlVerdict.Algorithm.INSTANT);
        MysqlVerdict move = mysql("mysql:8.0", "ALTER TABLE `User` MODIFY `bio` TEXT NULL AFTER `id`;");
        assertThat(move.rebuild()).as("a reorder rebuilds on MySQL").isTrue();
    }
}
