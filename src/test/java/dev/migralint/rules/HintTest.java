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

/** The queries and steps that hints give: fixtures assert messages, these the hints a reviewer copies and runs. */
class HintTest {
    private static List<Finding> lint(Dialect dialect, String init, String change) throws Exception {
        return Lint.run(List.of(new History("db", dialect, List.of(Migration.ofText("1_init", "db/1.sql", init),
                Migration.ofText("2_change", "db/2.sql", change)))), LintOptions.of(BuiltInRules.create()))
                .report().findings();
    }

    private static String hint(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow().hint();
    }

    @Test
    void theDuplicateQueryOfAUniqueIndexLeavesOutRowsWithANullInTheKey() throws Exception {
        String init = "CREATE TABLE `User` (`id` INT NOT NULL, `email` VARCHAR(191) NOT NULL, "
                + "`phone` VARCHAR(20) NULL, PRIMARY KEY (`id`));\n";

        String nullable = hint(lint(Dialect.MYSQL, init,
                "CREATE UNIQUE INDEX `User_phone_email_key` ON `User`(`phone`, `email`);\n"), "add-unique-constraint");
        String required = hint(lint(Dialect.MYSQL, init,
                "CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);\n"), "add-unique-constraint");

        assertThat(nullable).contains("SELECT `phone`, `email`, COUNT(*) FROM `User` WHERE `phone` IS NOT NULL "
                + "GROUP BY `phone`, `email` HAVING COUNT(*) > 1");
        assertThat(required).contains("SELECT `email`, COUNT(*) FROM `User` GROUP BY `email` HAVING COUNT(*) > 1");
    }

    @Test
    void aPrimaryKeyChangedInOneStatementIsNotSaidToLeaveTheTableWithoutAKey() throws Exception {
        String init = "CREATE TABLE `M` (`a` INT NOT NULL, `b` INT NOT NULL, PRIMARY KEY (`a`));\n";

        List<Finding> one = lint(Dialect.MYSQL, init, "ALTER TABLE `M` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`, `b`);\n");
        List<Finding> two = lint(Dialect.MYSQL, init, "ALTER TABLE `M` DROP PRIMARY KEY;\n"
                + "ALTER TABLE `M` ADD PRIMARY KEY (`a`, `b`);\n");

        assertThat(hint(one, "change-primary-key")).doesNotContain("in one ALTER TABLE statement");
        assertThat(hint(two, "change-primary-key")).startsWith("Drop and add the key in one ALTER TABLE statement.");
    }
}
