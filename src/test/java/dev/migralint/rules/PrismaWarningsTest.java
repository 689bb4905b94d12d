package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.lint.LintResult;
import dev.migralint.report.LintReport;
import dev.migralint.rule.Finding;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prisma's own warnings are our floor: every bullet of a {@code /* Warnings: … *\/} block that {@code prisma migrate
 * dev} writes above a migration must be matched, in that migration, by a finding of the right rule whose message
 * names the table and the column, or by a reviewed {@code -- ok:} silence on the statement (see
 * {@link #reviewedSilence}). Runs over every fixture and every Prisma history in testdata.
 */
class PrismaWarningsTest {

    /** A kind of Prisma warning bullet and the rules that answer it; groups: table, then column(s) or values. */
    private record Kind(Pattern bullet, List<String> rules, int tableGroup, int namesGroup) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("You are about to drop the column `(\\w+)` on the `(\\w+)` table"),
                    List.of("drop-column"), 2, 1),
            new Kind(Pattern.compile("You are about to drop the `(\\w+)` table"), List.of("drop-table"), 1, 0),
            new Kind(Pattern.compile("Added the required column `(\\w+)` to the `(\\w+)` table"),
                    List.of("add-required-column"), 2, 1),
            new Kind(Pattern.compile("A unique constraint covering the columns `\\[([^\\]]*)\\]` on the table "
                    + "`(\\w+)` will be added"), List.of("add-unique-constraint"), 2, 1),
            new Kind(Pattern.compile("The values \\[([^\\]]*)\\] on the enum `(\\w+)` will be removed"),
                    List.of("lossy-type-change"), 0, 1),
            new Kind(Pattern.compile("Made the column `(\\w+)` on table `(\\w+)` required"),
                    List.of("set-not-null"), 2, 1),
            new Kind(Pattern.compile("The primary key for the `(\\w+)` table will be changed"),
                    List.of("change-primary-key"), 1, 0),
            new Kind(Pattern.compile("You are about to alter the column `(\\w+)` on the `(\\w+)` table"),
                    List.of("lossy-type-change", "column-type-change"), 2, 1));

    private record Bullet(Path file, int line, String text, int sectionStart, int sectionEnd) {
    }

    @Test
    void everyPrismaWarningIsMatchedByAFinding() throws Exception {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Path fixture : RuleFixtureTest.fixtureFiles()) {
            List<Bullet> bullets = bullets(fixture, true);
            if (bullets.isEmpty()) {
                continue;
            }
            Fixture f = Fixture.read(fixture);
            List<Migration> ms = new ArrayList<>();
            for (int i = 0; i < f.names().size(); i++) {
                ms.add(Migration.ofText(f.names().get(i), fixture.toString(), f.texts().get(i)));
            }
            LintReport report = lint(List.of(new History(fixture.toString(), f.dialect(), ms)));
            for (Bullet b : bullets) {
                check(b, report.findings(), failures);
                checked++;
            }
        }
        for (Path root : prismaFolders()) {
            List<History> histories = new Discovery(Path.of(""), Optional.empty()).discover(List.of(root));
            LintReport report = lint(histories);
            for (History h : histories) {
                for (Migration m : h.migrations()) {
                    List<Finding> inFile = report.findings().stream()
                            .filter(x -> x.file().equals(m.displayPath())).toList();
                    for (Bullet b : bullets(m.file(), false)) {
                        check(b, inFile, failures);
                        checked++;
                    }
                }
            }
        }
        assertThat(failures).as("Prisma warnings without a matching finding").isEmpty();
        assertThat(checked).as("Prisma warning bullets checked").isGreaterThanOrEqualTo(10);
    }

    private static LintReport lint(List<History> histories) throws Exception {
        LintResult result = Lint.run(histories, LintOptions.of(BuiltInRules.create()));
        assertThat(result.unreadable()).isEmpty();
        return result.report();
    }

    private static void check(Bullet b, List<Finding> findings, List<String> failures) {
        Kind kind = KINDS.stream().filter(k -> k.bullet().matcher(b.text()).find()).findFirst().orElse(null);
        if (kind == null) {
            failures.add(b.file() + ":" + b.line() + ": unknown Prisma warning, map it in PrismaWarningsTest: "
                    + b.text());
            return;
        }
        Matcher m = kind.bullet().matcher(b.text());
        m.find();
        String table = kind.tableGroup() > 0 ? m.group(kind.tableGroup()) : "";
        List<String> names = kind.namesGroup() > 0
                ? Arrays.stream(m.group(kind.namesGroup()).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()
                : List.of();
        boolean matched = findings.stream()
                .filter(f -> f.span().line() >= b.sectionStart() && f.span().line() < b.sectionEnd())
                .filter(f -> kind.rules().contains(f.rule()))
                .anyMatch(f -> f.message().contains(table) && names.stream().allMatch(f.message()::contains));
        if (!matched && !reviewedSilence(b, table, names)) {
            failures.add(b.file() + ":" + b.line() + ": no " + kind.rules() + " finding naming " + table + " "
                    + names + " for: " + b.text());
        }
    }

    /**
     * Where RULES.md says a rule stays silent and Prisma, which cannot see a hand-written backfill or the unique key
     * a new one contains, warns anyway, the silent statement carries a reviewed {@code -- ok: reason} that names the
     * table and the columns. That, and only that, stands in for a finding.
     */
    private static boolean reviewedSilence(Bullet b, String table, List<String> names) {
        try {
            List<String> lines = Files.readAllLines(b.file(), StandardCharsets.UTF_8);
            for (int i = Math.max(0, b.sectionStart() - 1); i < lines.size() && i + 1 < b.sectionEnd(); i++) {
                String line = lines.get(i);
                if (line.contains("-- ok:") && line.contains(table) && names.stream().allMatch(line::contains)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bullets of the Warnings blocks of a file; in fixtures a block covers its migration section only. */
    private static List<Bullet> bullets(Path file, boolean fixture) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Integer> sectionStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fixture && lines.get(i).strip().startsWith("-- migration:")) {
                sectionStarts.add(i + 1);
            }
        }
        List<Bullet> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("Warnings:")) {
                inBlock = true;
            } else if (inBlock && line.startsWith("*/")) {
                inBlock = false;
            } else if (inBlock && line.startsWith("- ")) {
                int lineNo = i + 1;
                int start = sectionStarts.stream().filter(s -> s <= lineNo).reduce((a, c) -> c).orElse(1);
                int end = sectionStarts.stream().filter(s -> s > lineNo).findFirst().orElse(Integer.MAX_VALUE);
                out.add(new Bullet(file, lineNo, line.substring(2), start, end));
            }
        }
        return out;
    }

    private static List<Path> prismaFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path base : List.of(Path.of("testdata", "examples"), HistoryTest.HISTORIES)) {
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(base)) {
                s.filter(p -> p.getFileName().toString().equals(Discovery.LOCK_FILE))
                        .map(Path::getParent).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
