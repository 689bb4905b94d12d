package dev.migralint.rules;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.source.History;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.report.LintReport;
import dev.migralint.rule.Category;
import dev.migralint.source.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every fixture under {@code testdata/rules} with all built-in rules and asserts that the findings are exactly
 * the expected (line, rule) pairs: a missing finding and an extra one both fail. Fixtures of the other categories
 * leave out findings of the locking rules (which would fire on most of their ALTERs on MySQL): those rules have their
 * own fixtures, and the histories of HistoryTest assert every finding of every rule.
 */
class RuleFixtureTest {
    static final Path FIXTURES = Path.of("testdata", "rules");
    static final Set<String> LOCKING = BuiltInRules.catalog().rules().stream()
            .filter(r -> r.info().category() == Category.LOCKING).map(r -> r.info().id())
            .collect(Collectors.toSet());

    static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesExactlyItsExpectedFindings() throws IOException {
        List<Path> files = fixtureFiles();
        assertThat(files).as("fixtures under " + FIXTURES).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> {
            Fixture fixture = Fixture.read(file);
            List<Migration> migrations = new ArrayList<>();
            for (int i = 0; i < fixture.names().size(); i++) {
                migrations.add(Migration.ofText(fixture.names().get(i), file.toString(), fixture.texts().get(i)));
            }
            boolean lockingFixture = LOCKING.contains(file.getParent().getFileName().toString());
            LintReport report = Lint.run(List.of(new History(file.toString(), fixture.dialect(), migrations)),
                    LintOptions.of(BuiltInRules.create()).target(fixture.target())).report();
            List<Fixture.Expected> actual = report.findings().stream()
                    .filter(f -> !f.suppressed())
                    .filter(f -> lockingFixture || !LOCKING.contains(f.rule()))
                    .map(f -> new Fixture.Expected(f.span().line(), f.rule()))
                    .sorted().toList();
            List<Fixture.Expected> missing = new ArrayList<>(fixture.expected());
            actual.forEach(missing::remove);
            List<Fixture.Expected> unexpected = new ArrayList<>(actual);
            fixture.expected().forEach(unexpected::remove);
            String detail = "\nmissing: " + missing + "\nunexpected: " + unexpected + "\n" + report.findings().stream()
                    .map(f -> f.span().line() + ":" + f.span().column() + " " + f.rule() + " " + f.message())
                    .collect(Collectors.joining("\n  ", "all findings:\n  ", ""));
            assertThat(actual).as(file + detail).containsExactlyElementsOf(fixture.expected());
        }));
    }
}
