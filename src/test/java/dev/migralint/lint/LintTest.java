package dev.migralint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.config.Baseline;
import dev.migralint.config.ConfigLoader;
import dev.migralint.rule.Category;
import dev.migralint.rule.Finding;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.rules.BuiltInRules;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one entry point of a run, as the CLI, the tests and the benchmarks call it. */
class LintTest {
    private static final String INIT = "CREATE TABLE `A` (`id` INT NOT NULL, `x` INT NULL);\n"
            + "CREATE TABLE `B` (`id` INT NOT NULL, `y` INT NULL);\n";
    private static final LintOptions ALL = LintOptions.of(BuiltInRules.create());

    private static History history(String... texts) {
        List<Migration> migrations = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            migrations.add(Migration.ofText(i + "_m", "db/" + i + "_m.sql", texts[i]));
        }
        return new History("db", Dialect.MYSQL, migrations);
    }

    @Test
    void aMigrationGivenAsTextLintsAsTheSameFileOnDisk(@TempDir Path dir) throws Exception {
        String drop = "ALTER TABLE `A` DROP COLUMN `x`;\n";
        Files.writeString(dir.resolve("0_m.sql"), INIT);
        Files.writeString(dir.resolve("1_m.sql"), drop);
        History onDisk = new History("db", Dialect.MYSQL, List.of(
                new Migration("0_m", dir.resolve("0_m.sql"), "db/0_m.sql", true),
                new Migration("1_m", dir.resolve("1_m.sql"), "db/1_m.sql", true)));

        LintResult fromFiles = Lint.run(List.of(onDisk), ALL);
        LintResult fromTexts = Lint.run(List.of(history(INIT, drop)), ALL);

        assertThat(fromFiles.report().findings()).extracting(Finding::rule).contains("drop-column");
        assertThat(fromTexts.report()).isEqualTo(fromFiles.report());
    }

    @Test
    void eachFindingCarriesTheTextOfItsOwnStatementEvenWhenTwoShareALine() throws Exception {
        // the text was once looked up by line, and both findings got the first statement's (and one fingerprint)
        LintResult result = Lint.run(List.of(history(INIT,
                "ALTER TABLE `A` DROP COLUMN `x`; ALTER TABLE `B` DROP COLUMN `y`;\n")), ALL);

        assertThat(result.report().findings()).filteredOn(f -> f.rule().equals("drop-column"))
                .extracting(Finding::statement)
                .containsExactly("ALTER TABLE `A` DROP COLUMN `x`", "ALTER TABLE `B` DROP COLUMN `y`");
    }

    @Test
    void aFindingAtNoStatementOfItsOwnTakesTheTextOfTheStatementOnItsLine() throws Exception {
        // as baselines have always matched them: a finding about the whole file (at 1:1), a problem found splitting
        Rule aboutTheFile = new Rule() {
            @Override
            public RuleInfo info() {
                return RuleInfo.of("about-the-file", Category.HYGIENE, Severity.INFO, "reports every file");
            }

            @Override
            public void checkMigration(MigrationInfo migration, RuleContext ctx) {
                ctx.report("this file", "");
            }
        };
        List<Rule> rules = new java.util.ArrayList<>(BuiltInRules.create());
        rules.add(aboutTheFile);

        List<Finding> findings = Lint.run(List.of(history("DROP TABLE `A`;\nDROP TABLE `B`; /* never closed\n")),
                LintOptions.of(rules)).report().findings();

        assertThat(findings).filteredOn(f -> f.rule().equals("about-the-file"))
                .extracting(Finding::statement).containsExactly("DROP TABLE `A`");
        assertThat(findings).filteredOn(f -> f.rule().equals("parse-error"))
                .extracting(Finding::statement).containsExactly("DROP TABLE `B`");
    }

    @Test
    void aPlanShowsAProblemFoundSplittingAsARowOfItsOwnText() throws Exception {
        Lint.Plan plan = Lint.plan(List.of(history("ALTER TABLE `A` ADD COLUMN `b` INT NULL; /* never closed\n")),
                LintOptions.of(List.of()));

        assertThat(plan.statements()).extracting(p -> p.statement().oneLine())
                .containsExactlyInAnyOrder("ALTER TABLE `A` ADD COLUMN `b` INT NULL", "/* never closed");
    }

    @Test
    void aSuppressionSilencesItsStatementAndAStaleOneIsReported() throws Exception {
        LintResult result = Lint.run(List.of(history(INIT, """
                -- migralint-ignore drop-column: x moved to the archive table in #12
                ALTER TABLE `A` DROP COLUMN `x`;
                -- migralint-ignore drop-table: nothing here drops a table
                ALTER TABLE `B` DROP COLUMN `y`;
                """)), ALL);

        List<Finding> findings = result.report().findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("drop-column"))
                .extracting(f -> f.span().line(), Finding::suppression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Optional.of("x moved to the archive table in #12")),
                        org.assertj.core.groups.Tuple.tuple(4, Optional.empty()));
        assertThat(findings).filteredOn(f -> f.rule().equals("unused-suppression"))
                .extracting(f -> f.span().line()).containsExactly(3);
    }

    @Test
    void suppressionRulesAreRulesLikeAnyOther() throws Exception {
        String stale = "-- migralint-ignore drop-table: nothing here drops a table\nALTER TABLE `B` DROP COLUMN `y`;\n";
        LintOptions withoutIt = LintOptions.of(BuiltInRules.create().stream()
                .filter(r -> !r.info().id().equals("unused-suppression")).toList());

        assertThat(Lint.run(List.of(history(INIT, stale)), ALL).report().findings())
                .extracting(Finding::rule).contains("unused-suppression");
        assertThat(Lint.run(List.of(history(INIT, stale)), withoutIt).report().findings())
                .extracting(Finding::rule).doesNotContain("unused-suppression").contains("drop-column");
    }

    @Test
    void aSuppressionOfARuleSwitchedOffIsQuietButAMisspeltOneIsNot() throws Exception {
        LintOptions twoRules = LintOptions.of(BuiltInRules.create().stream()
                .filter(r -> List.of("drop-column", "unused-suppression").contains(r.info().id())).toList())
                .knownRules(java.util.Set.copyOf(BuiltInRules.create().stream().map(r -> r.info().id()).toList()));

        List<Finding> findings = Lint.run(List.of(history(INIT, """
                -- migralint-ignore drop-table: the table goes in #7
                DROP TABLE `A`;
                -- migralint-ignore drop-tabel: the table goes in #7
                DROP TABLE `B`;
                """)), twoRules).report().findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unused-suppression");
            assertThat(f.span().line()).isEqualTo(3);
            assertThat(f.message()).endsWith("drop-tabel (did you mean drop-table?)");
        });
    }

    @Test
    void theConfigsSeveritiesAndTheBaselineApplyInTheRun(@TempDir Path dir) throws Exception {
        Path configFile = dir.resolve(".migralint.yaml");
        var config = ConfigLoader.parse(configFile, ".migralint.yaml", "rules:\n  drop-column: info\n");
        History h = history(INIT, "ALTER TABLE `A` DROP COLUMN `x`;\nDROP TABLE `B`;\n");
        List<Finding> before = Lint.run(List.of(h), ALL.config(config)).report().findings();
        assertThat(before).filteredOn(f -> f.rule().equals("drop-column"))
                .extracting(f -> f.severity().id()).containsExactly("info");
        Baseline accepted = Baseline.parse("baseline.json", Baseline.render(before.stream()
                .filter(f -> f.rule().equals("drop-table")).toList()));

        LintResult result = Lint.run(List.of(h), ALL.config(config).baseline(Optional.of(accepted)));

        assertThat(result.report().findings()).extracting(Finding::rule).doesNotContain("drop-table");
        assertThat(result.report().baselined()).isEqualTo(1);
        assertThat(result.staleBaseline()).isEmpty();
    }

    @Test
    void anUnreadableFileIsListedAndTheOthersAreStillLinted(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("1_m.sql");
        Files.writeString(good, "DROP TABLE `Gone`;\n");
        History h = new History("db", Dialect.MYSQL, List.of(
                new Migration("0_m", dir.resolve("0_missing.sql"), "db/0_missing.sql", true),
                new Migration("1_m", good, "db/1_m.sql", true)));

        LintResult result = Lint.run(List.of(h), ALL);

        assertThat(result.unreadable()).containsExactly("cannot read db/0_missing.sql: no such file");
        assertThat(result.report().migrations()).isEqualTo(1);
        assertThat(result.report().statements()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8IsAParseErrorWithItsOwnHint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("1_m.sql");
        Files.write(file, new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xff, ';'});

        List<Finding> findings = Lint.run(List.of(new History("db", Dialect.MYSQL,
                List.of(new Migration("1_m", file, "db/1_m.sql", true)))), ALL).report().findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("parse-error");
            assertThat(f.message()).startsWith("file is not valid UTF-8: byte 0xff at offset 7");
            assertThat(f.hint()).contains("Save the migration as UTF-8");
        });
    }
}
