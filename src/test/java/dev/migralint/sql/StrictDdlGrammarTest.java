package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.Unparsed;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Statements {@link StrictDdlGrammar} accepts skip JSqlParser. That is only sound if JSqlParser accepts them too and
 * both paths lower them alike, if {@link DdlReader} reads every one of them, and if everything else (typos above all)
 * still reaches JSqlParser and its located parse error.
 */
class StrictDdlGrammarTest {
    private static final List<Dialect> DIALECTS = List.of(Dialect.MYSQL, Dialect.POSTGRESQL);

    private static boolean accepts(String sql, Dialect dialect) {
        return StrictDdlGrammar.accepts(sql, SqlTokens.of(sql, dialect), dialect);
    }

    /** Lowers every statement both ways and returns how many the grammar accepted; fails where the paths differ. */
    private static int assertBothPathsAgree(String text, Dialect dialect, String where) {
        LineMap lines = LineMap.of(text);
        StatementLowering strict = new StatementLowering(dialect, null, true);
        StatementLowering parser = new StatementLowering(dialect, null, false);
        int accepted = 0;
        for (Statement st : StatementSplitter.split(text, dialect).statements()) {
            List<LoweredChange> viaParser = parser.lower(st, lines);
            if (accepts(st.text(), dialect)) {
                accepted++;
                assertThat(viaParser).as("JSqlParser accepts what the grammar accepts: %s (%s, %s)", st.text(),
                        dialect, where).noneMatch(lc -> lc.change() instanceof Unparsed);
                assertThat(new DdlReader(st.text(), dialect).read(SqlTokens.of(st.text(), dialect)))
                        .as("DdlReader reads what the grammar accepts: %s (%s, %s)", st.text(), dialect, where)
                        .isPresent();
            }
            assertThat(strict.lower(st, lines)).as("%s (%s, %s)", st.text(), dialect, where).isEqualTo(viaParser);
        }
        return accepted;
    }

    @Test
    void everyStatementOfTheTestCorpusLowersAlikeWithAndWithoutTheParser() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> sql = Files.walk(Path.of("testdata"));
             Stream<Path> fuzz = Files.walk(Path.of("src/test/resources/dev/migralint/fuzz"))) {
            sql.filter(p -> p.toString().endsWith(".sql")).forEach(files::add);
            fuzz.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).forEach(files::add);
        }
        int accepted = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (Dialect dialect : DIALECTS) {
                accepted += assertBothPathsAgree(text, dialect, file.toString());
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(accepted).as("statements the grammar accepted").isGreaterThan(300);
    }

    @Test
    void everyShapeOfTheGrammarIsOneJSqlParserAcceptsAndLowersAlike() {
        List<String> mysqlTypes = List.of("INT", "INTEGER NULL", "BIGINT UNSIGNED", "SMALLINT", "TINYINT(1)",
                "MEDIUMINT", "DECIMAL(65, 30)", "NUMERIC(10,2)", "FLOAT", "DOUBLE", "REAL", "VARCHAR(191)", "CHAR(36)",
                "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "BOOLEAN", "BOOL", "DATETIME(3)", "TIMESTAMP(0)", "DATE",
                "TIME", "YEAR", "JSON", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY(16)", "VARBINARY(255)",
                "BIT(1)", "ENUM('A', 'B', 'it''s')");
        List<String> postgresTypes = List.of("INT", "INTEGER", "BIGINT", "SMALLINT", "SERIAL", "BIGSERIAL",
                "SMALLSERIAL", "DECIMAL(65,30)", "NUMERIC", "REAL", "TEXT", "TEXT[]", "VARCHAR(255)", "CHAR(1)",
                "BOOLEAN", "TIMESTAMP(3)", "TIMESTAMPTZ(6)", "DATE", "TIME(6)", "TIMETZ", "JSON", "JSONB", "UUID",
                "BYTEA", "INET", "CITEXT", "XML", "MONEY", "DOUBLE PRECISION", "\"Role\"", "\"Role\"[]",
                "INTEGER[]");
        List<String> options = List.of("", " NOT NULL", " NULL", " NOT NULL DEFAULT 'x'", " DEFAULT 0",
                " DEFAULT -1.5", " DEFAULT true", " DEFAULT FALSE", " DEFAULT NULL",
                " NOT NULL DEFAULT CURRENT_TIMESTAMP",
                " DEFAULT CURRENT_TIMESTAMP(3)", " DEFAULT now()", " PRIMARY KEY");
        int accepted = 0;
        for (Dialect dialect : DIALECTS) {
            boolean mysql = dialect == Dialect.MYSQL;
            String q = mysql ? "`" : "\"";
            String t = q + "T" + q;
            String c = q + "c" + q;
            StringBuilder sql = new StringBuilder();
            for (String type : mysql ? mysqlTypes : postgresTypes) {
                for (String option : options) {
                    sql.append("CREATE TABLE ").append(t).append(" (").append(c).append(' ').append(type).append(option)
                            .append(");\n");
                    sql.append("ALTER TABLE ").append(t).append(" ADD COLUMN ").append(c).append(' ').append(type)
                            .append(option).append(";\n");
                    if (mysql) {
                        sql.append("ALTER TABLE ").append(t).append(" MODIFY ").append(c).append(' ').append(type)
                                .append(option).append(";\n");
                    }
                }
                if (!mysql) {
                    sql.append("ALTER TABLE \"T\" ALTER COLUMN \"c\" SET DATA TYPE ").append(type).append(";\n");
                    sql.append("ALTER TABLE \"T\" ALTER COLUMN \"c\" TYPE ").append(type).append(";\n");
                }
            }
            if (mysql) {
                sql.append("""
                        CREATE TABLE `User` (
                            `id` INTEGER NOT NULL AUTO_INCREMENT,
                            `email` VARCHAR(191) NOT NULL,
                            `teamId` INTEGER NULL,
                            UNIQUE INDEX `User_email_key`(`email`),
                            INDEX `User_teamId_idx`(`teamId` DESC),
                            INDEX `User_email_teamId_idx`(`email`(100) ASC, `teamId`),
                            PRIMARY KEY (`id`)
                        ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                        CREATE TABLE `T` (`id` INT) CHARACTER SET utf8mb4;
                        CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);
                        CREATE INDEX `User_email_idx` ON `db`.`User`(`email`(191), `id` DESC);
                        DROP INDEX `User_email_idx` ON `User`;
                        DROP TABLE `User`;
                        ALTER TABLE `User` ADD CONSTRAINT `User_teamId_fkey` FOREIGN KEY (`teamId`)
                            REFERENCES `Team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
                        ALTER TABLE `User` ADD CONSTRAINT `fk` FOREIGN KEY (`a`, `b`)
                            REFERENCES `Team`(`a`, `b`) ON DELETE NO ACTION ON UPDATE SET DEFAULT;
                        ALTER TABLE `User` ADD CONSTRAINT `fk` FOREIGN KEY (`a`)
                            REFERENCES `Team`(`a`) ON UPDATE RESTRICT;
                        ALTER TABLE `User` ADD FOREIGN KEY (`a`) REFERENCES `Team`(`a`);
                        ALTER TABLE `User` DROP FOREIGN KEY `User_teamId_fkey`, DROP INDEX `User_teamId_idx`;
                        ALTER TABLE `User` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`, `email`);
                        ALTER TABLE `User` DROP COLUMN `email`, ADD COLUMN `name` VARCHAR(191) NOT NULL DEFAULT '';
                        ALTER TABLE `User` MODIFY COLUMN `id` INTEGER NOT NULL AUTO_INCREMENT;
                        ALTER TABLE `User` ALTER COLUMN `name` SET DEFAULT 'x', ALTER COLUMN `id` DROP DEFAULT;
                        ALTER TABLE `User` RENAME COLUMN `name` TO `fullName`;
                        ALTER TABLE `User` CHANGE `name` `fullName` VARCHAR(191) NOT NULL DEFAULT '';
                        ALTER TABLE `User` CHANGE COLUMN `name` `name` TEXT NULL;
                        ALTER TABLE `User` RENAME INDEX `User_a_idx` TO `User_b_idx`;
                        ALTER TABLE `User` RENAME TO `Person`;
                        ALTER TABLE `User` DROP COLUMN `a`, -- a line comment between clauses
                            DROP COLUMN `b` -- and one at the end
                        ;
                        """);
            } else {
                sql.append("""
                        CREATE TABLE "User" (
                            "id" TEXT NOT NULL,
                            "email" TEXT NOT NULL,
                            "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                            "tags" TEXT[],
                            CONSTRAINT "User_pkey" PRIMARY KEY ("id")
                        );
                        CREATE TABLE "public"."Post" ("id" SERIAL NOT NULL, PRIMARY KEY ("id"));
                        CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                        CREATE INDEX "User_email_id_idx" ON "public"."User"("email" ASC, "id" DESC);
                        DROP INDEX "User_email_key";
                        DROP INDEX "public"."User_email_key";
                        DROP TABLE "User";
                        ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId")
                            REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
                        ALTER TABLE "Post" ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id");
                        ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";
                        ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey", DROP COLUMN "title", ADD COLUMN "body" TEXT;
                        ALTER TABLE "Post" ALTER COLUMN "body" SET NOT NULL, ALTER COLUMN "title" DROP NOT NULL;
                        ALTER TABLE "Post" ALTER COLUMN "body" SET DEFAULT '', ALTER COLUMN "n" DROP DEFAULT;
                        ALTER TABLE "Post" RENAME COLUMN "body" TO "content";
                        ALTER TABLE "Post" RENAME CONSTRAINT "Post_pkey" TO "Article_pkey";
                        ALTER TABLE "Post" RENAME TO "Article";
                        """);
            }
            accepted += assertBothPathsAgree(sql.toString(), dialect, "generated shapes");
            assertThat(StatementSplitter.split(sql.toString(), dialect).statements().stream()
                    .map(Statement::text).filter(st -> !accepts(st, dialect)).toList())
                    .as("generated shapes the grammar refuses (%s)", dialect).isEmpty();
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    @Test
    void malformedDdlIsRefusedAndStaysALocatedParseError() {
        List<String> mysql = List.of(
                "ALTER TABLE `User` DROP COLUM `name`",
                "ALTER TABLE `User` ADD COLUMN",
                "ALTER TABLE `User` ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES",
                "ALTER TABLE `User` ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `T`(`id`) ON DELETE",
                "ALTER TABLE `User` MODIFY `x` VARCHAR(191 NOT NULL",
                "CREATE TABLE `T` (`id` INT NOT NULL,)",
                "CREATE TABLE `T` (`id` INT NOT NULL",
                "CREATE TABLE `T` `id` INT",
                "CREATE INDEX `i` ON",
                "CREATE INDEX `i` ON `T`(",
                "DROP TABLE",
                "DROP INDEX `i` ON");
        List<String> postgres = List.of(
                "ALTER TABLE \"User\" ADD COLUMN",
                "ALTER TABLE \"User\" DROP COLUM \"name\"",
                "ALTER TABLE \"User\" ALTER COLUMN \"x\" SET NOT",
                "ALTER TABLE \"User\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"a\") REFERENCES \"T\"(\"id\") ON UPDATE",
                "CREATE TABLE \"T\" (\"id\" TEXT NOT NULL, CONSTRAINT \"T_pkey\" PRIMARY KEY)",
                "CREATE UNIQUE INDEX \"i\" ON \"T\"(\"a\",)",
                "DROP TABLE");
        List<String> notParseErrors = new ArrayList<>();
        for (Dialect dialect : DIALECTS) {
            for (String sql : dialect == Dialect.MYSQL ? mysql : postgres) {
                assertThat(accepts(sql, dialect)).as("%s (%s)", sql, dialect).isFalse();
                List<LoweredChange> lowered = new StatementLowering(dialect).lower(
                        StatementSplitter.split(sql, dialect).statements().get(0), LineMap.of(sql));
                if (lowered.isEmpty() || !(lowered.get(0).change() instanceof Unparsed)) {
                    notParseErrors.add(sql + " (" + dialect + "): " + lowered);
                }
            }
        }
        assertThat(notParseErrors).isEmpty();
    }

    @Test
    void shapesOutsideTheGrammarAreLeftToJSqlParser() {
        List<String> mysql = List.of(
                "ALTER TABLE User DROP COLUMN name", // unquoted names
                "ALTER TABLE `User` /* why */ DROP COLUMN `name`", // a block comment inside
                "ALTER TABLE `User` # why\n DROP COLUMN `name`",
                "ALTER TABLE `User` /*! DROP COLUMN `name` */",
                "ALTER TABLE `User` ADD COLUMN `x` VARCHR(10)", // a type outside the list
                "ALTER TABLE `User` ADD COLUMN `x` INT COMMENT 'n'",
                "ALTER TABLE `User` ADD COLUMN `x` VARCHAR(10) DEFAULT 'it\\'s'",
                "ALTER TABLE `User` ADD COLUMN `x` INT DEFAULT (1 + 1)",
                "ALTER TABLE `User` ADD COLUMN `x` INT NULL, ALGORITHM=INPLACE, LOCK=NONE",
                "ALTER TABLE `User` ADD COLUMN \"x\" INT",
                "ALTER TABLE `User` ALTER COLUMN `x` TYPE INT",
                "CREATE TABLE `T` (`id` INT) ENGINE=InnoDB",
                "CREATE TABLE IF NOT EXISTS `T` (`id` INT)",
                "CREATE TEMPORARY TABLE `T` (`id` INT)",
                "DROP TABLE `A`, `B`",
                "DROP INDEX `i`",
                "CREATE FULLTEXT INDEX `i` ON `T`(`a`)",
                "ALTER TABLE `User` DROP CONSTRAINT PRIMARY KEY",
                "ALTER TABLE `User` ADD COLUMN `x`", // JSqlParser takes this for a column without a type
                "ALTER TABLE `User` ADD COLUMN `x` INT NOT", // and these three for columns it can read
                "ALTER TABLE `User` ADD COLUMN `x` INT DEFAULT",
                "ALTER TABLE `User` ADD COLUMN `x` INT,",
                "INSERT INTO `T` VALUES (1)");
        List<String> postgres = List.of(
                "ALTER TABLE users ADD COLUMN email TEXT",
                "ALTER TABLE \"User\" ADD COLUMN \"x\" TEXT /* why */",
                "ALTER TABLE \"User\" ADD COLUMN \"x\" TEXT DEFAULT E'a'",
                "ALTER TABLE \"User\" ADD COLUMN \"x\" TEXT[] DEFAULT ARRAY[]::TEXT[]",
                "ALTER TABLE \"User\" ADD COLUMN \"x\" INTEGER REFERENCES \"T\"(\"id\")",
                "ALTER TABLE \"User\" ALTER COLUMN \"x\" TYPE INTEGER USING \"x\"::integer",
                "ALTER TABLE \"User\" ALTER COLUMN \"x\" SET DATA TYPE", // JSqlParser accepts it
                "ALTER TABLE \"User\" ADD CONSTRAINT \"c\" CHECK (\"x\" > 0) NOT VALID",
                "ALTER TABLE \"User\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"a\") REFERENCES \"T\"(\"id\") NOT VALID",
                "ALTER TABLE \"User\" DROP FOREIGN KEY \"fk\"",
                "CREATE INDEX CONCURRENTLY \"i\" ON \"T\"(\"a\")",
                "CREATE INDEX \"i\" ON \"T\" USING GIN (\"a\")",
                "CREATE INDEX \"i\" ON \"T\"(\"a\") WHERE \"a\" > 0",
                "DROP INDEX \"i\" ON \"T\"",
                "DROP TABLE IF EXISTS \"T\"",
                "ALTER TABLE `User` ADD COLUMN `x` INT");
        for (Dialect dialect : DIALECTS) {
            for (String sql : dialect == Dialect.MYSQL ? mysql : postgres) {
                assertThat(accepts(sql, dialect)).as("%s (%s)", sql, dialect).isFalse();
                assertBothPathsAgree(sql, dialect, "left to JSqlParser");
            }
        }
    }

    @Test
    void otherDialectsAlwaysGoThroughJSqlParser() {
        String sql = "ALTER TABLE \"User\" ADD COLUMN \"x\" TEXT";
        for (Dialect dialect : List.of(Dialect.SQLITE, Dialect.SQLSERVER, Dialect.COCKROACHDB)) {
            assertThat(accepts(sql, dialect)).as("%s", dialect).isFalse();
        }
    }
}
