package dev.migralint.source;

import static dev.migralint.source.Dialect.MYSQL;
import static dev.migralint.source.Dialect.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterTest {

    // ---- statements and spans -------------------------------------------------------------------------------

    @Test
    void splitsStatementsWithExactTextAndSpans() {
        SplitResult result = StatementSplitter.split("CREATE TABLE a (id INT);\n  DROP TABLE b ;\n", MYSQL);

        assertThat(texts(result)).containsExactly("CREATE TABLE a (id INT)", "DROP TABLE b");
        assertThat(result.statements().get(0).span()).isEqualTo(new SourceSpan(0, 23, 1, 1, 1, 24));
        assertThat(result.statements().get(1).span()).isEqualTo(new SourceSpan(27, 39, 2, 3, 2, 15));
        assertThat(result.problems()).isEmpty();
        assertThat(result.trailingComments()).isEmpty();
    }

    @Test
    void mysqlExecutableCommentsAreCodeWithTheirMarkersBlanked() {
        String sql = "/*!40101 SET NAMES utf8 */;\nALTER TABLE t /*!50100 DROP COLUMN c */;\n/*M!100100 DROP TABLE x */;\n"
                + "SELECT '/*! not code */';\n";
        SplitResult result = StatementSplitter.split(sql, MYSQL);

        assertThat(texts(result)).containsExactly("SET NAMES utf8", "ALTER TABLE t          DROP COLUMN c",
                "DROP TABLE x", "SELECT '/*! not code */'");
        // positions are those of the file: the markers became blanks of the same length
        assertThat(result.statements().get(1).span().column()).isEqualTo(1);
        assertThat(result.statements().get(0).span().column()).isEqualTo(10);
        assertThat(result.problems()).isEmpty();
        // PostgreSQL has no such comments
        assertThat(texts(StatementSplitter.split("/*! DROP TABLE x */ SELECT 1;", POSTGRESQL)))
                .containsExactly("SELECT 1");
    }

    @Test
    void anExecutableCommentWhoseStatementsDependOnTheServerIsAProblemWhereItOpens() {
        // a server that skips the body ends it at the first */; one that runs it reads the quote across that
        SplitResult quote = StatementSplitter.split("SELECT 1 /*!99999 '*/ ;\nDROP TABLE t;\n-- ' */;\n", MYSQL);
        assertThat(quote.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).endsWith("its body, read as code, runs past the first */");
            assertThat(p.span().column()).isEqualTo(10);
        });
        assertThat(StatementSplitter.split("/*!50000 SELECT 1; */ SELECT 2;", MYSQL).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).endsWith("a statement ends inside it"));
        assertThat(StatementSplitter.split("/*!50000\nDELIMITER $$\n*/ SELECT 1;", MYSQL).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).endsWith("a DELIMITER line inside it"));
        assertThat(StatementSplitter.split("/*!50000 CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN */"
                + " DELETE FROM t; END;", MYSQL).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("it opens or closes a BEGIN … END body"));
    }

    @Test
    void anUnterminatedExecutableCommentIsAProblemWhereItOpens() {
        SplitResult result = StatementSplitter.split("SELECT 1;\n/*! DROP TABLE x;\n", MYSQL);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unterminated /*! comment");
            assertThat(p.span().line()).isEqualTo(2);
            assertThat(p.span().column()).isEqualTo(1);
        });
    }

    @Test
    void statementSpanningLinesEndsJustAfterItsLastChar() {
        SplitResult result = StatementSplitter.split("SELECT\n  1,\n  22;", POSTGRESQL);

        assertThat(result.statements().get(0).span()).isEqualTo(new SourceSpan(0, 16, 1, 1, 3, 5));
    }

    @Test
    void lastStatementWithoutTerminatorRunsToTheEndOfTheText() {
        SplitResult result = StatementSplitter.split("SELECT 1;\nSELECT 2  \n\n", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void emptyStatementsProduceNothing() {
        assertThat(StatementSplitter.split(";; ;\n;", MYSQL).statements()).isEmpty();
        assertThat(texts(StatementSplitter.split("SELECT 1;;;SELECT 2;", POSTGRESQL)))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void emptyInputGivesAnEmptyResult() {
        for (Dialect dialect : Dialect.values()) {
            SplitResult result = StatementSplitter.split("", dialect);
            assertThat(result.statements()).isEmpty();
            assertThat(result.trailingComments()).isEmpty();
            assertThat(result.problems()).isEmpty();
        }
    }

    @Test
    void crlfCountsAsOneLineBreak() {
        SplitResult result = StatementSplitter.split("SELECT 1;\r\n\r\n  SELECT\r\n 2;", MYSQL);

        Statement second = result.statements().get(1);
        assertThat(second.text()).isEqualTo("SELECT\r\n 2");
        assertThat(second.span()).isEqualTo(new SourceSpan(15, 25, 3, 3, 4, 3));
    }

    @Test
    void loneCarriageReturnBreaksLines() {
        SplitResult result = StatementSplitter.split("SELECT 1;\r\rSELECT 2;", MYSQL);

        assertThat(result.statements().get(1).span()).isEqualTo(new SourceSpan(11, 19, 3, 1, 3, 9));
    }

    @Test
    void leadingBomIsSkippedKeepsItsOffsetButTakesNoColumn() {
        SplitResult result = StatementSplitter.split("\uFEFFSELECT 1;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("SELECT 1");
        assertThat(result.statements().get(0).span()).isEqualTo(new SourceSpan(1, 9, 1, 1, 1, 9));
    }

    @Test
    void lineMapLocatesOffsetsAcrossAllLineBreakKinds() {
        LineMap map = LineMap.of("a\nb\r\nc\rd");

        assertThat(map.lineCount()).isEqualTo(4);
        assertThat(map.line(0)).isEqualTo(1);
        assertThat(map.line(1)).isEqualTo(1); // the \n itself
        assertThat(map.line(2)).isEqualTo(2);
        assertThat(map.line(4)).isEqualTo(2); // the \n of \r\n
        assertThat(map.line(5)).isEqualTo(3);
        assertThat(map.line(7)).isEqualTo(4);
        assertThat(map.column(8)).isEqualTo(2); // end of text
        assertThat(map.lineStart(3)).isEqualTo(5);
        assertThat(map.span(2, 6)).isEqualTo(new SourceSpan(2, 6, 2, 1, 3, 2));
    }

    @Test
    void lineMapOfTextEndingInALineBreakHasAnEmptyLastLine() {
        LineMap map = LineMap.of("x\n");

        assertThat(map.lineCount()).isEqualTo(2);
        assertThat(map.line(2)).isEqualTo(2);
        assertThat(map.column(2)).isEqualTo(1);
    }

    // ---- comments -------------------------------------------------------------------------------------------

    @Test
    void mysqlDashCommentNeedsWhitespaceAfterTheDashes() {
        String sql = "SELECT 1--x;\nSELECT 2 --\tnote;\n;";

        SplitResult mysql = StatementSplitter.split(sql, MYSQL);
        assertThat(texts(mysql)).containsExactly("SELECT 1--x", "SELECT 2 --\tnote;");
        assertThat(commentTexts(mysql.statements().get(1))).containsExactly("--\tnote;");

        SplitResult postgres = StatementSplitter.split(sql, POSTGRESQL);
        assertThat(texts(postgres)).containsExactly("SELECT 1--x;\nSELECT 2 --\tnote;");
        assertThat(commentTexts(postgres.statements().get(0))).containsExactly("--x;", "--\tnote;");
    }

    @Test
    void mysqlDashCommentMayEndTheInput() {
        SplitResult result = StatementSplitter.split("SELECT 1;\n--", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT 1");
        assertThat(result.trailingComments()).extracting(Comment::text).containsExactly("--");
    }

    @Test
    void hashStartsACommentOnlyInMysql() {
        String sql = "SELECT 1 # a ; b\n;";

        SplitResult mysql = StatementSplitter.split(sql, MYSQL);
        assertThat(texts(mysql)).containsExactly("SELECT 1 # a ; b");
        assertThat(mysql.statements().get(0).comments())
                .containsExactly(new Comment("# a ; b", new SourceSpan(9, 16, 1, 10, 1, 17)));

        assertThat(texts(StatementSplitter.split(sql, POSTGRESQL))).containsExactly("SELECT 1 # a", "b");
    }

    @Test
    void blockCommentsNestInPostgresButNotInMysql() {
        String sql = "/* a /* b */ ; c */ SELECT 1;";

        SplitResult postgres = StatementSplitter.split(sql, POSTGRESQL);
        assertThat(texts(postgres)).containsExactly("SELECT 1");
        assertThat(commentTexts(postgres.statements().get(0))).containsExactly("/* a /* b */ ; c */");

        SplitResult mysql = StatementSplitter.split(sql, MYSQL);
        assertThat(texts(mysql)).containsExactly("c */ SELECT 1");
        assertThat(commentTexts(mysql.statements().get(0))).containsExactly("/* a /* b */");
    }

    @Test
    void semicolonsInsideCommentsDoNotSplit() {
        String sql = "SELECT 1 /* ; */ -- ;\n, 2 /* x; */;";

        for (Dialect dialect : List.of(MYSQL, POSTGRESQL)) {
            SplitResult result = StatementSplitter.split(sql, dialect);
            assertThat(texts(result)).containsExactly("SELECT 1 /* ; */ -- ;\n, 2 /* x; */");
            assertThat(commentTexts(result.statements().get(0))).containsExactly("/* ; */", "-- ;", "/* x; */");
        }
    }

    @Test
    void commentsBeforeAStatementBelongToIt() {
        SplitResult result = StatementSplitter.split(
                "SELECT 0;\n-- AlterTable\n/* step */\nALTER TABLE t ADD c INT;", POSTGRESQL);

        Statement alter = result.statements().get(1);
        assertThat(alter.text()).isEqualTo("ALTER TABLE t ADD c INT");
        assertThat(alter.comments()).containsExactly(
                new Comment("-- AlterTable", new SourceSpan(10, 23, 2, 1, 2, 14)),
                new Comment("/* step */", new SourceSpan(24, 34, 3, 1, 3, 11)));
        assertThat(result.statements().get(0).comments()).isEmpty();
    }

    @Test
    void commentOnTheTerminatorLineBelongsToThePreviousStatement() {
        SplitResult result = StatementSplitter.split(
                "ALTER TABLE t DROP x; -- migralint-ignore drop-column: reason\nALTER TABLE t DROP y;\n", MYSQL);

        assertThat(commentTexts(result.statements().get(0)))
                .containsExactly("-- migralint-ignore drop-column: reason");
        assertThat(result.statements().get(1).comments()).isEmpty();
    }

    @Test
    void commentOnTheTerminatorLineOfTheLastStatementIsNotTrailing() {
        SplitResult result = StatementSplitter.split("DROP TABLE t; /* ok */ -- really\n-- the end\n", MYSQL);

        assertThat(commentTexts(result.statements().get(0))).containsExactly("/* ok */", "-- really");
        assertThat(result.trailingComments()).extracting(Comment::text).containsExactly("-- the end");
    }

    @Test
    void commentInsideTheNextStatementOnTheSameLineStaysWithIt() {
        SplitResult result = StatementSplitter.split("SELECT 1; SELECT /* two */ 2;", MYSQL);

        assertThat(result.statements().get(0).comments()).isEmpty();
        assertThat(commentTexts(result.statements().get(1))).containsExactly("/* two */");
    }

    @Test
    void commentsBeforeAnEmptyStatementWaitForTheNextRealOne() {
        SplitResult result = StatementSplitter.split("SELECT 1;\n-- first\n;\n-- second\nSELECT 2;", MYSQL);

        assertThat(commentTexts(result.statements().get(1))).containsExactly("-- first", "-- second");
    }

    @Test
    void fileOfOnlyCommentsHasNoStatementsAndOnlyTrailingComments() {
        SplitResult result = StatementSplitter.split("-- one\n/* two */\n# three\n", MYSQL);

        assertThat(result.statements()).isEmpty();
        assertThat(result.trailingComments()).extracting(Comment::text)
                .containsExactly("-- one", "/* two */", "# three");
    }

    @Test
    void prismaStyleFileKeepsStepCommentsAndTheWarningBlockWithTheirStatements() {
        String sql = """
                /*
                  Warnings:

                  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.

                */
                -- AlterTable
                ALTER TABLE `User` DROP COLUMN `name`,
                    ADD COLUMN `nick` VARCHAR(191) NULL;

                -- CreateIndex
                CREATE UNIQUE INDEX `User_nick_key` ON `User`(`nick`);

                -- AddForeignKey
                ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
                """;

        SplitResult result = StatementSplitter.split(sql, MYSQL);

        assertThat(texts(result)).containsExactly(
                "ALTER TABLE `User` DROP COLUMN `name`,\n    ADD COLUMN `nick` VARCHAR(191) NULL",
                "CREATE UNIQUE INDEX `User_nick_key` ON `User`(`nick`)",
                "ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES "
                        + "`User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE");
        Statement alter = result.statements().get(0);
        assertThat(alter.comments()).hasSize(2);
        assertThat(alter.comments().get(0).text()).startsWith("/*\n  Warnings:").endsWith("lost.\n\n*/");
        assertThat(alter.comments().get(1).text()).isEqualTo("-- AlterTable");
        assertThat(alter.span().line()).isEqualTo(8);
        assertThat(commentTexts(result.statements().get(1))).containsExactly("-- CreateIndex");
        assertThat(result.statements().get(2).span().line()).isEqualTo(15);
        assertThat(result.trailingComments()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    // ---- quoting --------------------------------------------------------------------------------------------

    @Test
    void semicolonsInsideSingleQuotedStringsDoNotSplit() {
        String sql = "INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 1;";

        for (Dialect dialect : List.of(MYSQL, POSTGRESQL)) {
            assertThat(texts(StatementSplitter.split(sql, dialect)))
                    .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 1");
        }
    }

    @Test
    void backslashEscapesAQuoteInMysqlStringsButNotInPlainPostgresOnes() {
        String sql = "SELECT 'a\\';b';";

        assertThat(texts(StatementSplitter.split(sql, MYSQL))).containsExactly("SELECT 'a\\';b'");

        SplitResult postgres = StatementSplitter.split(sql, POSTGRESQL);
        assertThat(texts(postgres)).containsExactly("SELECT 'a\\'", "b';");
        assertThat(postgres.problems()).extracting(SplitProblem::message)
                .containsExactly("unterminated string literal");
    }

    @Test
    void postgresEscapeStringsHonourBackslashes() {
        SplitResult result = StatementSplitter.split("SELECT E'a\\';b', e'\\\\';SELECT 2;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("SELECT E'a\\';b', e'\\\\'", "SELECT 2");
    }

    @Test
    void doubleQuotesAreIdentifiersInPostgresAndStringsInMysql() {
        assertThat(texts(StatementSplitter.split("SELECT \"a;\"\"b\";SELECT 2;", POSTGRESQL)))
                .containsExactly("SELECT \"a;\"\"b\"", "SELECT 2");
        assertThat(texts(StatementSplitter.split("SELECT \"a;\"\"b\";SELECT 2;", MYSQL)))
                .containsExactly("SELECT \"a;\"\"b\"", "SELECT 2");

        String escaped = "SELECT \"a\\\";b\";";
        assertThat(texts(StatementSplitter.split(escaped, MYSQL))).containsExactly("SELECT \"a\\\";b\"");
        assertThat(texts(StatementSplitter.split(escaped, POSTGRESQL))).containsExactly("SELECT \"a\\\"", "b\";");
    }

    @Test
    void backtickIdentifiersKeepSemicolonsAndDoubledBackticks() {
        SplitResult result = StatementSplitter.split("ALTER TABLE `we;ird``name` DROP `x`;SELECT 2;", MYSQL);

        assertThat(texts(result)).containsExactly("ALTER TABLE `we;ird``name` DROP `x`", "SELECT 2");
    }

    @Test
    void commentMarkersInsideQuotesAreNotComments() {
        SplitResult result = StatementSplitter.split("SELECT '-- no', \"/* no\", `# no`;", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT '-- no', \"/* no\", `# no`");
        assertThat(result.statements().get(0).comments()).isEmpty();
    }

    @Test
    void quotesInsideCommentsAreNotQuotes() {
        SplitResult result = StatementSplitter.split("-- it's\nSELECT 1; /* \" */ SELECT 2;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dollarQuotedBodiesKeepTheirSemicolons() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger AS $$
                BEGIN
                  NEW.updated := now();
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                SELECT 1;
                """;

        SplitResult result = StatementSplitter.split(sql, POSTGRESQL);

        assertThat(texts(result)).hasSize(2);
        assertThat(result.statements().get(0).text()).startsWith("CREATE FUNCTION").endsWith("$$ LANGUAGE plpgsql");
        assertThat(result.statements().get(1).span().line()).isEqualTo(7);
    }

    @Test
    void taggedDollarQuotesEndOnlyAtTheSameTag() {
        String sql = "DO $outer$ BEGIN EXECUTE $q$SELECT 1; $$x$$;$q$; END $outer$;SELECT $tag_2$;$tag_2$;";

        assertThat(texts(StatementSplitter.split(sql, POSTGRESQL))).containsExactly(
                "DO $outer$ BEGIN EXECUTE $q$SELECT 1; $$x$$;$q$; END $outer$", "SELECT $tag_2$;$tag_2$");
    }

    @Test
    void positionalParametersAndNamesWithDollarsAreNotDollarQuotes() {
        SplitResult result = StatementSplitter.split("PREPARE p AS SELECT $1, a$b$;SELECT $2;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("PREPARE p AS SELECT $1, a$b$", "SELECT $2");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void dollarsAreNotQuotesInMysql() {
        assertThat(texts(StatementSplitter.split("SELECT $$;SELECT 2;", MYSQL)))
                .containsExactly("SELECT $$", "SELECT 2");
    }

    // ---- MySQL DELIMITER ------------------------------------------------------------------------------------

    @Test
    void delimiterDollarDollarChangesTheTerminatorUntilTheNextDelimiterLine() {
        String sql = """
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                  SELECT 2;
                END$$
                DELIMITER ;
                SELECT 3;
                """;

        SplitResult result = StatementSplitter.split(sql, MYSQL);

        assertThat(texts(result)).containsExactly(
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", "SELECT 3");
        assertThat(result.statements().get(0).span().line()).isEqualTo(2);
        assertThat(result.statements().get(1).span().line()).isEqualTo(8);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void delimiterSlashSlashIsCaseInsensitiveAndMaySplitSeveralStatements() {
        String sql = "  delimiter //\nSELECT 1; SELECT 2//SELECT 3 //\nDelimiter ;\nSELECT 4;";

        assertThat(texts(StatementSplitter.split(sql, MYSQL)))
                .containsExactly("SELECT 1; SELECT 2", "SELECT 3", "SELECT 4");
    }

    @Test
    void delimiterIsACommandOnlyAtTheStartOfALineBetweenStatements() {
        assertThat(texts(StatementSplitter.split("SELECT 1\nDELIMITER $$\n;", MYSQL)))
                .containsExactly("SELECT 1\nDELIMITER $$");
        assertThat(texts(StatementSplitter.split("SELECT 1; DELIMITER $$\nSELECT 2;", MYSQL)))
                .containsExactly("SELECT 1", "DELIMITER $$\nSELECT 2");
        assertThat(texts(StatementSplitter.split("DELIMITERS x;", MYSQL))).containsExactly("DELIMITERS x");
    }

    @Test
    void delimiterIsNotACommandInPostgres() {
        assertThat(texts(StatementSplitter.split("DELIMITER //\nSELECT 1;", POSTGRESQL)))
                .containsExactly("DELIMITER //\nSELECT 1");
    }

    @Test
    void delimiterWithoutAStringIsAProblemAndKeepsTheTerminator() {
        SplitResult result = StatementSplitter.split("SELECT 1;\nDELIMITER\nSELECT 2;", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("DELIMITER");
            assertThat(problem.span().line()).isEqualTo(2);
        });
    }

    // ---- MySQL compound bodies without DELIMITER ------------------------------------------------------------

    @Test
    void mysqlTriggerBodyWithoutDelimiterStaysOneStatement() {
        String trigger = """
                CREATE TRIGGER `Order_total` BEFORE UPDATE ON `Order` FOR EACH ROW
                BEGIN
                  IF NEW.qty < 0 THEN
                    SET NEW.qty = 0;
                  END IF;
                  SET NEW.label = CASE WHEN NEW.qty > 10 THEN 'bulk' ELSE 'unit' END;
                  CASE NEW.kind
                    WHEN 1 THEN SET NEW.note = 'one; really';
                    ELSE BEGIN SET NEW.note = 'other'; END;
                  END CASE;
                END""";
        SplitResult result = StatementSplitter.split(trigger + ";\nSELECT 1;", MYSQL);

        assertThat(texts(result)).containsExactly(trigger, "SELECT 1");
    }

    @Test
    void definerAndOrReplaceMayPrecedeTheRoutineKind() {
        List<String> headers = List.of(
                "CREATE DEFINER = `admin`@`%` TRIGGER t AFTER INSERT ON a FOR EACH ROW",
                "CREATE DEFINER='admin'@'localhost' PROCEDURE p()",
                "CREATE DEFINER=admin@127.0.0.1 FUNCTION f() RETURNS INT",
                "CREATE DEFINER = CURRENT_USER() EVENT e ON SCHEDULE EVERY 1 DAY DO",
                "create or replace definer=current_user trigger t before delete on a for each row");

        for (String header : headers) {
            String body = header + " BEGIN DELETE FROM b; DELETE FROM c; END";
            assertThat(texts(StatementSplitter.split(body + ";SELECT 1;", MYSQL))).as(header)
                    .containsExactly(body, "SELECT 1");
        }
    }

    @Test
    void loopsWhilesAndRepeatsCloseWithoutDisturbingTheDepth() {
        String procedure = """
                CREATE PROCEDURE fill()
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  lbl: LOOP
                    SET i = i + 1;
                    IF i > 3 THEN LEAVE lbl; END IF;
                  END LOOP lbl;
                  WHILE i > 0 DO SET i = i - 1; END WHILE;
                  REPEAT SET i = i + 1; UNTIL i > 2 END REPEAT;
                  inner_block: BEGIN SELECT 1; END inner_block;
                END""";

        assertThat(texts(StatementSplitter.split(procedure + ";\nSELECT 2;", MYSQL)))
                .containsExactly(procedure, "SELECT 2");
    }

    @Test
    void qualifiedColumnsNamedLikeKeywordsDoNotOpenOrCloseBlocks() {
        String trigger = "CREATE TRIGGER t BEFORE INSERT ON ev FOR EACH ROW BEGIN SET NEW.end = NEW.begin; "
                + "SET NEW.`case` = 1; END";

        assertThat(texts(StatementSplitter.split(trigger + ";SELECT 1;", MYSQL)))
                .containsExactly(trigger, "SELECT 1");
    }

    @Test
    void triggerWithoutBeginEndsAtItsFirstSemicolon() {
        assertThat(texts(StatementSplitter.split(
                "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1;SELECT 1;", MYSQL)))
                .containsExactly("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1", "SELECT 1");
    }

    @Test
    void otherStatementsIgnoreBeginAndEndWords() {
        String sql = "CREATE TABLE t (begin INT);\nBEGIN;\nSELECT CASE WHEN 1 THEN 2 END;\nCOMMIT;";

        assertThat(texts(StatementSplitter.split(sql, MYSQL)))
                .containsExactly("CREATE TABLE t (begin INT)", "BEGIN", "SELECT CASE WHEN 1 THEN 2 END", "COMMIT");
    }

    @Test
    void postgresBeginIsJustAStatement() {
        String sql = "BEGIN;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;\nCOMMIT;";

        // a transaction's BEGIN ends at its ';', while BEGIN ATOMIC … END is one routine body
        assertThat(texts(StatementSplitter.split(sql, POSTGRESQL)))
                .containsExactly("BEGIN", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                        "COMMIT");
    }

    @Test
    void sqliteTriggerBodiesHoldSemicolons() {
        String trigger = "CREATE TEMP TRIGGER t AFTER INSERT ON [a;b] BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END";

        assertThat(texts(StatementSplitter.split(trigger + ";SELECT 1;", Dialect.SQLITE)))
                .containsExactly(trigger, "SELECT 1");
    }

    // ---- problems -------------------------------------------------------------------------------------------

    @Test
    void unterminatedStringIsLocatedAtItsOpeningQuote() {
        SplitResult result = StatementSplitter.split("SELECT 1;\nINSERT INTO t VALUES ('oops);\nSELECT 2;\n", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT 1", "INSERT INTO t VALUES ('oops);\nSELECT 2;");
        assertThat(result.problems()).containsExactly(
                new SplitProblem("unterminated string literal", new SourceSpan(32, 50, 2, 23, 4, 1)));
    }

    @Test
    void unterminatedQuotedIdentifiersAreProblems() {
        SplitResult mysql = StatementSplitter.split("DROP TABLE `oops;", MYSQL);
        assertThat(mysql.problems()).extracting(SplitProblem::message)
                .containsExactly("unterminated quoted identifier");
        assertThat(mysql.problems().get(0).span().column()).isEqualTo(12);

        SplitResult postgres = StatementSplitter.split("DROP TABLE \"oops;", POSTGRESQL);
        assertThat(postgres.problems()).extracting(SplitProblem::message)
                .containsExactly("unterminated quoted identifier");
        assertThat(texts(postgres)).containsExactly("DROP TABLE \"oops;");
    }

    @Test
    void unterminatedMysqlDoubleQuotedStringIsAStringProblem() {
        assertThat(StatementSplitter.split("SELECT \"x", MYSQL).problems()).extracting(SplitProblem::message)
                .containsExactly("unterminated string literal");
    }

    @Test
    void unterminatedEscapeStringIsLocatedAtItsPrefix() {
        SplitResult result = StatementSplitter.split("SELECT E'\\'", POSTGRESQL);

        assertThat(result.problems()).containsExactly(
                new SplitProblem("unterminated string literal", new SourceSpan(7, 11, 1, 8, 1, 12)));
    }

    @Test
    void unterminatedBlockCommentIsATrailingCommentAndAProblem() {
        SplitResult result = StatementSplitter.split("SELECT 1;\n/* never\nclosed", MYSQL);

        assertThat(texts(result)).containsExactly("SELECT 1");
        assertThat(result.trailingComments()).extracting(Comment::text).containsExactly("/* never\nclosed");
        assertThat(result.problems()).containsExactly(
                new SplitProblem("unterminated /* comment", new SourceSpan(10, 25, 2, 1, 3, 7)));
    }

    @Test
    void unclosedNestedPostgresCommentIsUnterminated() {
        SplitResult result = StatementSplitter.split("SELECT 1 /* a /* b */ c;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("SELECT 1 /* a /* b */ c;");
        assertThat(result.problems()).extracting(SplitProblem::message).containsExactly("unterminated /* comment");
        assertThat(result.problems().get(0).span().start()).isEqualTo(9);
    }

    @Test
    void unterminatedDollarBodyNamesItsTag() {
        SplitResult result = StatementSplitter.split("SELECT 1;\nDO $body$ BEGIN; END $other$;", POSTGRESQL);

        assertThat(texts(result)).containsExactly("SELECT 1", "DO $body$ BEGIN; END $other$;");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("unterminated $body$ body");
            assertThat(problem.span().line()).isEqualTo(2);
            assertThat(problem.span().column()).isEqualTo(4);
            assertThat(problem.span().end()).isEqualTo(39);
        });
        assertThat(StatementSplitter.split("DO $$ x", POSTGRESQL).problems()).extracting(SplitProblem::message)
                .containsExactly("unterminated $$ body");
    }

    // ---- invariants and robustness --------------------------------------------------------------------------

    static Stream<Arguments> variedInputs() {
        return Stream.of(
                Arguments.of("\uFEFF-- c\r\nSELECT 'x;' /* ; */ ;\r\n\r\n  ALTER TABLE `a` DROP b; # t\rSELECT 2",
                        MYSQL),
                Arguments.of("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 2;\n",
                        MYSQL),
                Arguments.of("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN IF 1 THEN SET @x = 1; END IF;"
                        + " END;\n;;\n-- tail\n", MYSQL),
                Arguments.of("CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1; $f$ LANGUAGE sql; /* a /* b */ */\n"
                        + "COMMENT ON TABLE \"T\" IS E'it\\'s'; SELECT $1", POSTGRESQL),
                Arguments.of("SELECT 'never closed; SELECT 2;\n", POSTGRESQL),
                Arguments.of("   \n\t  ", MYSQL));
    }

    @ParameterizedTest
    @MethodSource("variedInputs")
    void statementTextsAreTheirSpansAndEveryCharIsAccountedFor(String sql, Dialect dialect) {
        assertSplitInvariants(sql, StatementSplitter.split(sql, dialect));
    }

    @Test
    void neverThrowsAndKeepsItsInvariantsOnRandomInput() {
        List<String> pieces = List.of("a", "b", " ", "E", "$", "$t$", ";", "'", "\"", "`", "[", "]", "#", "-", "/",
                "*", "\\", "\n", "\r", "\t", "(", ")", "\uFEFF", "BEGIN ", "END ", "CASE ", "IF ", "CREATE ",
                "TRIGGER ", "\nDELIMITER ", "//", ".");
        Random random = new Random(20240611);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sql = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sql.append(pieces.get(random.nextInt(pieces.size())));
            }
            for (Dialect dialect : Dialect.values()) {
                String input = sql.toString();
                assertThatCode(() -> assertSplitInvariants(input, StatementSplitter.split(input, dialect)))
                        .as("%s: %s", dialect, input)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void deeplyNestedInputCompletesWithoutStackOverflow() {
        int depth = 100_000;
        String parens = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";";
        String comments = "/*".repeat(depth) + "*/".repeat(depth) + " SELECT 2;";
        String blocks = "CREATE PROCEDURE p() " + "BEGIN ".repeat(depth) + "SELECT 1; " + "END ".repeat(depth) + ";";

        assertThat(texts(StatementSplitter.split(parens, MYSQL))).hasSize(1);
        assertThat(texts(StatementSplitter.split(comments, POSTGRESQL))).containsExactly("SELECT 2");
        assertThat(texts(StatementSplitter.split(blocks + "SELECT 3;", MYSQL))).hasSize(2);
    }

    @Test
    void megabyteMigrationSplitsIntoEveryStatement() {
        // speed is measured by the benchmark (.ci/bench), never by a timed unit test
        String chunk = "-- AlterTable\nALTER TABLE `User` ADD COLUMN `c` VARCHAR(191) NOT NULL DEFAULT 'a;b';\n";
        String sql = chunk.repeat(1_048_576 / chunk.length() + 1);

        SplitResult result = StatementSplitter.split(sql, MYSQL);

        assertThat(result.statements()).hasSize(sql.length() / chunk.length());
        assertThat(result.statements().get(result.statements().size() - 1).comments()).hasSize(1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static List<String> texts(SplitResult result) {
        return result.statements().stream().map(Statement::text).toList();
    }

    private static List<String> commentTexts(Statement statement) {
        return statement.comments().stream().map(Comment::text).toList();
    }

    /**
     * Statement texts are exactly their spans, spans come in order without overlapping, positions agree with a fresh
     * line map, and whatever lies outside statements and comments is blank, a {@code ;}, or MySQL DELIMITER input.
     */
    private static void assertSplitInvariants(String sql, SplitResult result) {
        LineMap lines = LineMap.of(sql);
        boolean[] covered = new boolean[sql.length()];
        int previousEnd = 0;
        for (Statement statement : result.statements()) {
            SourceSpan span = statement.span();
            assertThat(statement.text()).isEqualTo(sql.substring(span.start(), span.end())).isNotBlank();
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span).isEqualTo(lines.span(span.start(), span.end()));
            Arrays.fill(covered, span.start(), span.end(), true);
            previousEnd = span.end();
        }
        List<Comment> comments = new ArrayList<>(result.trailingComments());
        result.statements().forEach(statement -> comments.addAll(statement.comments()));
        for (Comment comment : comments) {
            assertThat(comment.text()).isEqualTo(sql.substring(comment.span().start(), comment.span().end()));
            Arrays.fill(covered, comment.span().start(), comment.span().end(), true);
        }
        boolean delimiterInput = sql.toUpperCase().contains("DELIMITER");
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            boolean accounted = covered[i] || c <= ' ' || c == ';' || (i == 0 && c == '\uFEFF') || delimiterInput;
            assertThat(accounted).as("char %d '%s' of %s", i, c, sql).isTrue();
        }
        for (SplitProblem problem : result.problems()) {
            assertThat(problem.span()).isEqualTo(lines.span(problem.span().start(), problem.span().end()));
        }
    }

    @Test
    void postgresBeginAtomicBodiesKeepTheirSemicolons() {
        String sql = """
                CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql
                BEGIN ATOMIC
                  SELECT i + 1;
                END;
                CREATE FUNCTION sign_of(x int) RETURNS int LANGUAGE sql RETURN CASE WHEN x > 0 THEN 1 ELSE 0 END;
                BEGIN;
                SELECT 2;
                """;
        List<String> texts = texts(StatementSplitter.split(sql, POSTGRESQL));
        assertThat(texts).hasSize(4);
        assertThat(texts.get(0)).startsWith("CREATE FUNCTION add_one").endsWith("END");
        assertThat(texts.get(2)).isEqualTo("BEGIN");
    }

    @Test
    void mariadbAnonymousBlocksKeepTheirSemicolonsWhileBeginAloneStartsATransaction() {
        String sql = "BEGIN NOT ATOMIC\n  DECLARE x INT;\n  IF x IS NULL THEN SELECT 1; END IF;\nEND;\nBEGIN;\nSELECT 3;\n";
        List<String> texts = texts(StatementSplitter.split(sql, MYSQL));
        assertThat(texts).containsExactly("BEGIN NOT ATOMIC\n  DECLARE x INT;\n  IF x IS NULL THEN SELECT 1; END IF;\nEND",
                "BEGIN", "SELECT 3");
    }
}
