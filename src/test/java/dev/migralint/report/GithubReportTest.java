package dev.migralint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.Category;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import dev.migralint.rules.BuiltInRules;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import dev.migralint.source.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {

    private static String github(String displayPath, String sql) throws Exception {
        LintReport report = Lint.run(List.of(new History("", Dialect.MYSQL, List.of(Migration.ofText("1", displayPath,
                sql)))), LintOptions.of(BuiltInRules.create())).report();
        StringWriter out = new StringWriter();
        new GithubReport().write(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void eachFindingIsOneWorkflowCommandWithItsLocation() throws Exception {
        String out = github("prisma/migrations/1_x/migration.sql", "ALTER TABLE `User` DROP COLUMN `fax`;");
        assertThat(out.lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith(
                "::error file=prisma/migrations/1_x/migration.sql,line=1,col=20,endLine=1,endColumn=37,"
                        + "title=migralint drop-column::column User.fax is dropped%0AHint: "));
        assertThat(out).contains("1 error, 0 warnings in 1 migration");
    }

    @Test
    void hostileNamesFromAMigrationCannotStartAnotherCommand() throws Exception {
        // a name holding a workflow command and an escaped line break, and a path with ':' and ','
        String out = github("evil:dir,a/migration.sql",
                "ALTER TABLE `User` DROP COLUMN `x::add-mask::secret%0A::stop-commands::abc`;");

        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2); // one command and the summary
        assertThat(lines.get(0)).startsWith("::error file=evil%3Adir%2Ca/migration.sql,")
                .contains("User.x::add-mask::secret%250A::stop-commands::abc is dropped");
        assertThat(lines.get(1)).doesNotStartWith("::");
    }

    @Test
    void lineBreaksInAMessageStayInsideTheOneCommand() throws Exception {
        Finding f = new Finding("drop-column", Severity.ERROR, Category.DESTRUCTIVE, "a.sql",
                new SourceSpan(0, 1, 1, 1, 1, 2), "x\n::add-mask::secret\r\n::stop-commands::y", "");
        StringWriter out = new StringWriter();
        new GithubReport().write(new LintReport(List.of(f), 1, 1), new PrintWriter(out));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        // shown escaped, as in the text report: the annotation says what the name holds
        assertThat(lines.get(0)).endsWith("::x\\x0a::add-mask::secret\\x0d\\x0a::stop-commands::y");
    }

    @Test
    void escapingFollowsGithubsRules() throws Exception {
        assertThat(GithubReport.data("100% a\r\nb")).isEqualTo("100%25 a%0D%0Ab");
        assertThat(GithubReport.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
    }
}
