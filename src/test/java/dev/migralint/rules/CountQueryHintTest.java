package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.Finding;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count query of {@code delete-rows}: a reviewer runs it as written, so aliases and WITH must survive. */
class CountQueryHintTest {
    private static final String INIT = "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT, "
            + "\"note\" TEXT, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";

    private static String hint(Dialect dialect, String init, String change) throws Exception {
        List<Finding> findings = Lint.run(List.of(new History("db", dialect, List.of(
                        Migration.ofText("1_init", "db/1.sql", init), Migration.ofText("2_change", "db/2.sql", change)))),
                LintOptions.of(BuiltInRules.create())).report().findings();
        return findings.stream().filter(f -> f.rule().equals("delete-rows")).findFirst().orElseThrow().hint();
    }

    @Test
    void theCountKeepsTheAliasOfTheDeletedTable() throws Exception {
        assertThat(hint(Dialect.POSTGRESQL, INIT, "DELETE FROM \"User\" u\n  WHERE u.\"email\" IS NULL;\n"))
                .contains("(SELECT COUNT(*) FROM \"User\" u WHERE u.\"email\" IS NULL)");
    }

    @Test
    void theCountKeepsTheWithClause() throws Exception {
        assertThat(hint(Dialect.POSTGRESQL, INIT, "WITH d AS (SELECT \"id\" FROM \"User\" WHERE \"note\" = 'x')\n"
                + "DELETE FROM \"User\" WHERE \"id\" IN (SELECT \"id\" FROM d);\n"))
                .contains("(WITH d AS (SELECT \"id\" FROM \"User\" WHERE \"note\" = 'x') SELECT COUNT(*) FROM \"User\" "
                        + "WHERE \"id\" IN (SELECT \"id\" FROM d))");
    }

    @Test
    void spacesInsideALiteralAreKept() throws Exception {
        assertThat(hint(Dialect.POSTGRESQL, INIT, "DELETE FROM \"User\"\nWHERE \"note\" = 'a  b';\n"))
                .contains("SELECT COUNT(*) FROM \"User\" WHERE \"note\" = 'a  b')");
    }

    @Test
    void aJoinedOrLimitedDeleteGetsNoMisleadingCount() throws Exception {
        String init = "CREATE TABLE `S` (`id` INT NOT NULL, `u` INT NULL, PRIMARY KEY (`id`));\n";
        assertThat(hint(Dialect.MYSQL, init, "DELETE s FROM `S` s JOIN `S` t ON t.`u` = s.`u` AND t.`id` > s.`id`;\n"))
                .contains("the same FROM, JOIN and WHERE").doesNotContain("SELECT COUNT(*) FROM");
        assertThat(hint(Dialect.MYSQL, init, "DELETE FROM `S` WHERE `u` IS NULL LIMIT 10;\n"))
                .contains("at most that many");
    }

    @Test
    void theCountLeavesOutReturningAndNeverDropsTheWithItNeeds() throws Exception {
        assertThat(hint(Dialect.POSTGRESQL, INIT, "DELETE FROM \"User\" WHERE \"note\" = 'x' RETURNING \"id\";\n"))
                .contains("(SELECT COUNT(*) FROM \"User\" WHERE \"note\" = 'x')");
        assertThat(hint(Dialect.POSTGRESQL, INIT, "WITH d AS ( -- the duplicates\n  SELECT \"id\" FROM \"User\")\n"
                + "DELETE FROM \"User\" WHERE \"id\" IN (SELECT \"id\" FROM d);\n"))
                .contains("the statement's WITH and WHERE").doesNotContain("FROM d))");
    }
}
