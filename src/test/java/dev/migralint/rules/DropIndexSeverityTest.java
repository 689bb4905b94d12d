package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropIndexSeverityTest {

    private static List<Finding> lint(String... migrations) throws Exception {
        List<Migration> ms = new java.util.ArrayList<>();
        for (int i = 0; i < migrations.length; i++) {
            ms.add(Migration.ofText(String.valueOf(i), i + ".sql", migrations[i]));
        }
        return Lint.run(List.of(new History("", Dialect.MYSQL, ms)), LintOptions.of(BuiltInRules.create()))
                .report().findings();
    }

    @Test
    void droppingTheOnlyIndexAForeignKeyCanUseIsAnErrorBecauseMysqlRefusesIt() throws Exception {
        List<Finding> findings = lint("""
                CREATE TABLE `User` (`id` INT NOT NULL, PRIMARY KEY (`id`));
                CREATE TABLE `Post` (`id` INT NOT NULL, `authorId` INT NOT NULL, `title` VARCHAR(9) NOT NULL,
                    INDEX `Post_authorId_idx`(`authorId`), INDEX `Post_title_idx`(`title`), PRIMARY KEY (`id`));
                ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`);
                """, "DROP INDEX `Post_authorId_idx` ON `Post`;\nDROP INDEX `Post_title_idx` ON `Post`;\n");

        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("drop-index", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("drop-index", Severity.WARNING));
    }
}
