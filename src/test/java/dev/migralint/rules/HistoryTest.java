package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.lint.LintResult;
import dev.migralint.report.LintReport;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints each realistic Prisma history under {@code testdata/histories/<name>/prisma/migrations} through the real
 * discovery and asserts the complete list of findings: every {@code -- expect: rule} comment in a migration.sql is a
 * finding on that line, and there is no other. A new false positive anywhere in these histories fails the build.
 */
class HistoryTest {
    static final Path HISTORIES = Path.of("testdata", "histories");
    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    record Located(String file, int line, String rule) implements Comparable<Located> {
        @Override
        public int compareTo(Located o) {
            int c = file.compareTo(o.file);
            if (c == 0) {
                c = Integer.compare(line, o.line);
            }
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + rule;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHistoryGivesExactlyItsAnnotatedFindings() throws IOException {
        List<Path> histories;
        try (Stream<Path> s = Files.list(HISTORIES)) {
            histories = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(histories).as("histories under " + HISTORIES).isNotEmpty();
        return histories.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<History> discovered = new Discovery(Path.of(""), Optional.empty()).discover(List.of(dir));
            assertThat(discovered).hasSize(1);
            assertThat(discovered.get(0).migrations()).as("a realistic history").hasSizeGreaterThanOrEqualTo(15);
            LintResult result = Lint.run(discovered, LintOptions.of(BuiltInRules.create()));
            assertThat(result.unreadable()).isEmpty();
            LintReport report = result.report();
            List<Located> expected = new ArrayList<>();
            for (Migration m : discovered.get(0).migrations()) {
                List<String> lines = Files.readAllLines(m.file(), StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher e = EXPECT.matcher(lines.get(i));
                    if (e.find()) {
                        for (String rule : e.group(1).split("\\s*,\\s*")) {
                            expected.add(new Located(m.displayPath(), i + 1, rule));
                        }
                    }
                }
            }
            expected.sort(null);
            List<Located> actual = report.findings().stream()
                    .map(f -> new Located(f.file(), f.span().line(), f.rule())).sorted().toList();
            List<Located> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            List<Located> unexpected = new ArrayList<>(actual);
            expected.forEach(unexpected::remove);
            String detail = "\nmissing: " + missing + "\nunexpected: " + unexpected + "\n" + report.findings()
                    .stream().map(f -> f.file() + ":" + f.span().line() + " " + f.rule() + " " + f.message())
                    .collect(Collectors.joining("\n  ", "all findings:\n  ", ""));
            assertThat(actual).as(dir + detail).containsExactlyElementsOf(expected);
        }));
    }
}
