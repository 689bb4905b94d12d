package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.lint.LintResult;
import dev.migralint.rule.Finding;
import dev.migralint.rule.GitBase;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import dev.migralint.source.NaturalOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every fixture under {@code testdata/rules} with all built-in rules and asserts that the fixture says exactly
 * what they find (see {@link Fixture} for the syntax): a missing finding and an extra one both fail, the locking
 * rules' as much as any other's. A fixture that would drown in locking findings names the rules it speaks about in
 * a {@code -- rules:} line; all rules still run on it, so a rule that changes what another reports (a suppression
 * left unused, a rebuild counted twice) stays visible in the fixtures that do compare it.
 */
class RuleFixtureTest {
    static final Path FIXTURES = Path.of("testdata", "rules");

    /** Every id a finding can carry: the built-in rules and the suppression checks. */
    private static final Set<String> RULE_IDS = BuiltInRules.catalog().rules().stream().map(r -> r.info().id())
            .collect(Collectors.toUnmodifiableSet());

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
            List<String> unknown = new ArrayList<>();
            fixture.scope().rules().stream().filter(id -> !RULE_IDS.contains(id))
                    .forEach(id -> unknown.add(file + ": -- rules: " + id));
            fixture.expected().stream().filter(x -> !RULE_IDS.contains(x.rule()))
                    .forEach(x -> unknown.add(file + ":" + x.line() + ": " + x.rule()));
            assertThat(unknown).as(file + ": rule ids that no rule has").isEmpty();
            Fixture.Outcome outcome = fixture.compare(lint(fixture));
            if (!outcome.agrees()) {
                fail(disagreement(fixture, outcome));
            }
        }));
    }

    /** The one call into the linter: all built-in rules, the fixture's target, any lint error fails the test. */
    private static List<Finding> lint(Fixture fixture) throws Exception {
        List<Migration> migrations = new ArrayList<>();
        Map<Path, GitBase> git = new HashMap<>();
        Optional<String> newestAtBase = fixture.names().stream()
                .filter(n -> fixture.git().getOrDefault(n, Fixture.Git.NEW) != Fixture.Git.NEW)
                .max(NaturalOrder.INSTANCE);
        for (int i = 0; i < fixture.names().size(); i++) {
            String name = fixture.names().get(i);
            // a file of its own for each section, so that git's facts are per migration
            Path file = Path.of(fixture.file() + "#" + name);
            migrations.add(Migration.ofText(name, file, fixture.file().toString(), fixture.texts().get(i)));
            Fixture.Git g = fixture.git().getOrDefault(name, Fixture.Git.NEW);
            git.put(file, new GitBase("base", g != Fixture.Git.NEW, g != Fixture.Git.AT_BASE, newestAtBase));
        }
        LintOptions options = LintOptions.of(BuiltInRules.create()).target(fixture.target());
        if (!fixture.git().isEmpty()) {
            options = options.gitFacts(git);
        }
        LintResult result = Lint.run(List.of(new History(fixture.file().toString(), fixture.dialect(), migrations)),
                options);
        assertThat(result.unreadable()).isEmpty();
        return result.report().findings();
    }

    /** One block per fixture, each line {@code file:line:rule(severity) "message"}, so it reads as a fix list. */
    static String disagreement(Fixture fixture, Fixture.Outcome outcome) {
        String file = fixture.file().toString();
        StringBuilder b = new StringBuilder(file).append(" does not say what the rules find (comparing ")
                .append(fixture.scope()).append(")");
        if (!outcome.missing().isEmpty()) {
            b.append("\n  missing, expected but not found:");
            outcome.missing().forEach(x -> b.append("\n    ").append(file).append(':').append(x));
        }
        if (!outcome.unexpected().isEmpty()) {
            b.append("\n  unexpected, found but not expected:");
            outcome.unexpected().forEach(f -> b.append("\n    ").append(file).append(':')
                    .append(Fixture.describe(f)));
        }
        return b.toString();
    }
}
