package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migralint.rule.Rule;
import dev.migralint.rules.BuiltInRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it, through {@link Main#run}. Main resolves paths against the process working
 * directory, which under Maven is the project root: examples are named relative to it, temporary histories by
 * their absolute path (findings then show absolute paths).
 */
class CliTest {
    private static final String MYSQL_EXAMPLE = "testdata/examples/prisma-mysql";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    // ---- exit codes ------------------------------------------------------------------------------------------

    @Test
    void mysqlExampleExitsOneByDefaultBecauseItHasErrors() {
        Run r = run(MYSQL_EXAMPLE, "--no-color");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error[drop-column]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void failOnNeverExitsZeroEvenWithErrors() {
        Run r = run(MYSQL_EXAMPLE, "--no-color", "--fail-on", "never");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("error[drop-column]");
    }

    @Test
    void warningsAloneExitZeroWithTheDefaultFailOn() throws IOException {
        Path history = warningOnlyHistory();

        Run r = run(history.toString(), "--no-color");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("warning[column-type-change]").doesNotContain("error[");
    }

    @Test
    void failOnWarningExitsOneOnAHistoryWithOnlyAWarning() throws IOException {
        Path history = warningOnlyHistory();

        Run r = run(history.toString(), "--no-color", "--fail-on", "warning");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("warning[column-type-change]").doesNotContain("error[");
    }

    @Test
    void failOnInfoAlsoCountsWarnings() throws IOException {
        assertThat(run(warningOnlyHistory().toString(), "--fail-on", "info").code()).isEqualTo(1);
    }

    @Test
    void failOnErrorIgnoresWarningsButNotErrors() throws IOException {
        assertThat(run(warningOnlyHistory().toString(), "--fail-on", "error").code()).isZero();
        assertThat(run(MYSQL_EXAMPLE, "--fail-on", "error").code()).isEqualTo(1);
    }

    @Test
    void cleanHistoryExitsZeroAndSaysNoProblems() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(sql.resolve("1_init.sql"), "CREATE TABLE `User` (`id` INT NOT NULL, PRIMARY KEY (`id`));\n");

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("no problems in 1 migration (1 statement)" + System.lineSeparator());
    }

    @Test
    void theSuppressionRulesCanBeChosenAndSkippedLikeAnyRule() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(sql.resolve("1_init.sql"), "-- migralint-ignore drop-table\n"
                + "CREATE TABLE `User` (`id` INT NOT NULL, PRIMARY KEY (`id`));\nDROP TABLE `Legacy`;\n");

        Run only = run(sql.toString(), "--no-color", "--rule", "suppression-without-reason", "-f", "json");
        Run skipped = run(sql.toString(), "--no-color", "--skip-rule", "suppression-without-reason", "-f", "json");

        assertThat(only.err()).isEmpty();
        assertThat(only.out()).contains("\"suppression-without-reason\"").doesNotContain("\"drop-table\"");
        assertThat(skipped.err()).isEmpty();
        assertThat(skipped.out()).contains("\"drop-table\"").doesNotContain("suppression-without-reason");
    }

    @Test
    void missingPathExitsTwoWithOneLineOnStderrAndNoStackTrace() {
        Path missing = dir.resolve("no-such-folder");

        Run r = run(missing.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).isEqualTo("migralint: no such file or directory: " + missing);
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run(MYSQL_EXAMPLE, "--format", "xml");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("xml").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownDialectIsAUsageErrorNamingTheKnownOnes() {
        Run r = run(MYSQL_EXAMPLE, "--dialect", "oracle");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "migralint: unknown dialect 'oracle' (expected mysql, postgresql, sqlite, sqlserver or cockroachdb)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run(MYSQL_EXAMPLE, "--frobnicate");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").doesNotContain("\tat ");
    }

    @Test
    void emptyDirectoryPrintsANoteAndExitsZero() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Run r = run(empty.toString());

        assertThat(r.code()).isZero();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("no migrations found").contains(empty.toString());
        assertThat(r.out()).isEmpty();
    }

    // ---- JSON ------------------------------------------------------------------------------------------------

    @Test
    void jsonOutputHasExactlyTheVersionOneKeys() throws IOException {
        Run r = run(MYSQL_EXAMPLE, "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        JsonNode root = JSON.readTree(r.out());
        assertThat(names(root)).containsExactly("version", "tool", "findings", "summary");
        assertThat(root.get("version").intValue()).isEqualTo(1);
        assertThat(names(root.get("tool"))).containsExactly("name", "version");
        assertThat(root.get("tool").get("name").textValue()).isEqualTo("migralint");
        assertThat(root.get("tool").get("version").isTextual()).isTrue();
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings")).isNotEmpty();
        for (JsonNode f : root.get("findings")) {
            assertThat(names(f)).containsExactly("rule", "severity", "category", "file", "line", "column", "endLine",
                    "endColumn", "message", "hint", "suppressed");
            for (String n : List.of("line", "column", "endLine", "endColumn")) {
                assertThat(f.get(n).isInt()).as(n).isTrue();
                assertThat(f.get(n).intValue()).as(n).isPositive();
            }
            assertThat(f.get("severity").textValue()).isIn("error", "warning", "info");
        }
        assertThat(names(root.get("summary")))
                .containsExactly("migrations", "statements", "errors", "warnings", "infos", "suppressed", "baselined");
    }

    @Test
    void jsonSummaryCountsTheFindingsBySeverity() throws IOException {
        JsonNode root = JSON.readTree(run(MYSQL_EXAMPLE, "--format", "json").out());

        JsonNode summary = root.get("summary");
        assertThat(summary.get("errors").intValue()).isEqualTo(countSeverity(root, "error"));
        assertThat(summary.get("warnings").intValue()).isEqualTo(countSeverity(root, "warning"));
        assertThat(summary.get("infos").intValue()).isEqualTo(countSeverity(root, "info"));
        assertThat(summary.get("migrations").intValue()).isEqualTo(8);
    }

    @Test
    void jsonFindingsAreSortedByFileThenLineThenColumn() throws IOException {
        JsonNode root = JSON.readTree(run(MYSQL_EXAMPLE, "--format", "json").out());

        List<JsonNode> findings = new ArrayList<>();
        root.get("findings").forEach(findings::add);
        List<JsonNode> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((JsonNode f) -> f.get("file").textValue())
                .thenComparingInt(f -> f.get("line").intValue())
                .thenComparingInt(f -> f.get("column").intValue()));
        assertThat(findings.stream().map(f -> f.get("file").textValue()).distinct()).hasSizeGreaterThan(1);
        assertThat(findings).containsExactlyElementsOf(sorted);
    }

    // ---- subcommands -----------------------------------------------------------------------------------------

    @Test
    void rulesListsEveryBuiltInRuleId() {
        Run r = run("rules");

        assertThat(r.code()).isZero();
        List<String> ids = r.out().lines().skip(1).takeWhile(l -> !l.isBlank())
                .map(l -> l.split("\\s+")[0]).toList();
        List<String> expected = new java.util.ArrayList<>(
                BuiltInRules.catalog().rules().stream().map(rule -> rule.info().id()).toList());
        assertThat(ids).containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @Test
    void rulesShowsEachRulesDefaultSeverityAndSummary() {
        Run r = run("rules");

        for (Rule rule : BuiltInRules.catalog().rules()) {
            assertThat(r.out().lines().filter(l -> l.startsWith(rule.info().id() + " ")))
                    .singleElement().asString()
                    .contains(" " + rule.info().severity().id() + " ")
                    .endsWith(rule.info().summary());
        }
    }

    @Test
    void explainPrintsTheRulesDocumentation() throws IOException {
        Run r = run("explain", "drop-column");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("# drop-column\n\n**Category:** destructive  \u00b7  **Default severity:** error\n\n"
                + Files.readString(Path.of("rules", "drop-column.md"), StandardCharsets.UTF_8));
    }

    @Test
    void explainOfAnUnknownRuleExitsTwo() {
        Run r = run("explain", "nope");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("nope");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void explainRefusesAnIdThatLooksLikeAPath() {
        Run r = run("explain", "../pom");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void versionPrintsTheToolName() {
        Run r = run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("migralint ");
        assertThat(r.out().strip()).hasSizeGreaterThan("migralint ".length());
    }

    // ---- garbage in ------------------------------------------------------------------------------------------

    @Test
    void garbageFilesBecomeFindingsAndTheGoodFileIsStillLinted() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("garbage"));
        byte[] random = new byte[8192];
        new Random(20240108L).nextBytes(random);
        Files.write(sql.resolve("1_binary.sql"), random);
        Files.writeString(sql.resolve("2_unterminated.sql"),
                "CREATE TABLE `Note` (`id` INT NOT NULL);\nINSERT INTO `Note` VALUES (1, 'never closed);\n"
                        + "DROP TABLE `Note`;\n");
        writeLargeFile(sql.resolve("3_large.sql"), 1 << 20); // some 1,000 statements: parsed in chunks, on all cores
        Files.write(sql.resolve("4_empty.sql"), new byte[0]);
        // "-- café" in Latin-1: 0xE9 at byte offset 6 is not UTF-8
        Files.write(sql.resolve("5_latin1.sql"),
                "-- caf\u00e9\nCREATE TABLE `Caf` (`id` INT);\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(sql.resolve("6_create.sql"),
                "CREATE TABLE `User` (`id` INT NOT NULL, `name` TEXT, PRIMARY KEY (`id`));\n");
        Files.writeString(sql.resolve("7_drop.sql"), "-- drop the name\nALTER TABLE `User` DROP COLUMN `name`;\n");

        Run r = run(sql.toString(), "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.err()).isEmpty();
        JsonNode root = JSON.readTree(r.out());
        Map<String, List<JsonNode>> byFile = new TreeMap<>();
        root.get("findings").forEach(f -> byFile.computeIfAbsent(
                Path.of(f.get("file").textValue()).getFileName().toString(), k -> new ArrayList<>()).add(f));

        assertThat(byFile.get("1_binary.sql")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").textValue()).isEqualTo("parse-error");
            assertThat(f.get("message").textValue())
                    .containsPattern("not valid UTF-8: byte 0x[0-9a-f]{2} at offset \\d+");
        });
        assertThat(byFile.get("2_unterminated.sql")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").textValue()).isEqualTo("parse-error");
            assertThat(f.get("message").textValue()).contains("unterminated");
            // the opening quote of 'never closed
            assertThat(f.get("line").intValue()).isEqualTo(2);
            assertThat(f.get("column").intValue()).isEqualTo("INSERT INTO `Note` VALUES (1, ".length() + 1);
        });
        assertThat(byFile).doesNotContainKeys("3_large.sql", "4_empty.sql", "6_create.sql");
        assertThat(byFile.get("5_latin1.sql")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").textValue()).isEqualTo("parse-error");
            assertThat(f.get("message").textValue()).contains("byte 0xe9 at offset 6");
            assertThat(f.get("line").intValue()).isEqualTo(1);
            assertThat(f.get("column").intValue()).isEqualTo(7);
        });
        assertThat(byFile.get("7_drop.sql")).singleElement().satisfies(f -> {
            assertThat(f.get("rule").textValue()).isEqualTo("drop-column");
            assertThat(f.get("line").intValue()).isEqualTo(2);
        });
        assertThat(root.get("summary").get("migrations").intValue()).isEqualTo(7);
    }

    @Test
    void garbageInTextFormatPrintsNoStackTrace() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("garbage"));
        byte[] random = new byte[4096];
        new Random(7L).nextBytes(random);
        Files.write(sql.resolve("1_binary.sql"), random);
        Files.writeString(sql.resolve("2_comment.sql"), "/* never closed\nDROP TABLE `x`;\n");

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).contains("1_binary.sql:").contains("2_comment.sql:1:1: error[parse-error]");
    }

    @Test
    void nonUtf8FileWithCarriageReturnLineEndsIsLocatedAsLineMapCountsLines() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("cr"));
        Files.write(sql.resolve("1_cr.sql"), "SELECT 1;\r-- caf\u00e9\r".getBytes(StandardCharsets.ISO_8859_1));

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.out())
                .contains("1_cr.sql:2:7: error[parse-error] file is not valid UTF-8: byte 0xe9 at offset 16");
    }

    @Test
    void nonUtf8FileWithByteOrderMarkIsLocatedWithoutCountingTheMark() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("bom"));
        Files.write(sql.resolve("1_bom.sql"), concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.out())
                .contains("1_bom.sql:1:7: error[parse-error] file is not valid UTF-8: byte 0xe9 at offset 9");
    }

    @Test
    void aRealReplacementCharacterIsValidUtf8AndMalformedBytesNextToOneAreStillFound() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("fffd"));
        Files.writeString(sql.resolve("1_ok.sql"), "-- \ufffd marks lost text\nDROP TABLE `Legacy`;\n");
        Path bad = Files.createDirectories(dir.resolve("fffd-bad"));
        Files.write(bad.resolve("1_bad.sql"), concat("-- \ufffd\n".getBytes(StandardCharsets.UTF_8),
                "-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(run(sql.toString(), "--no-color").out()).contains("1_ok.sql:2:1: error[drop-table]")
                .doesNotContain("not valid UTF-8");
        assertThat(run(bad.toString(), "--no-color").out())
                .contains("1_bad.sql:2:7: error[parse-error] file is not valid UTF-8: byte 0xe9 at offset 13");
    }

    @Test
    void byteOrderMarkAndAnyLineEndingKeepPositionsOfValidFiles() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("endings"));
        Files.write(sql.resolve("1_bom.sql"), concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "ALTER TABLE `User` DROP COLUMN `name`;\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(sql.resolve("2_crlf.sql"), "SELECT 1;\r\nALTER TABLE `User` DROP COLUMN `name`;\r\n");
        Files.writeString(sql.resolve("3_cr.sql"), "SELECT 1;\rALTER TABLE `User` DROP COLUMN `name`;\r");

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.out().lines().filter(l -> l.contains("error[drop-column]"))
                .map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(": error")))).containsExactly(
                "1_bom.sql:1:20", "2_crlf.sql:2:20", "3_cr.sql:2:20");
    }

    @Test
    void controlCharactersFromTheSqlAreEscapedInText() throws IOException {
        Path sql = Files.createDirectories(dir.resolve("escape"));
        Files.writeString(sql.resolve("1_esc.sql"), "ALTER TABLE `Us\u001b[2Jer` DROP COLUMN `name`;\n");

        Run r = run(sql.toString(), "--no-color");

        assertThat(r.out()).contains("column Us\\x1b[2Jer.name is dropped").doesNotContain("\u001b");
    }

    // ---- inputs are read only --------------------------------------------------------------------------------

    @Test
    void linterNeverWritesToItsInputs() throws Exception {
        Path copy = dir.resolve("repo");
        copyTree(Path.of(MYSQL_EXAMPLE), copy);
        // a file the linter cannot decode must not be "fixed" either
        Path latin1 = Files.createDirectories(copy.resolve("prisma/migrations/20240801000000_latin1"));
        Files.write(latin1.resolve("migration.sql"), "-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> before = snapshot(copy);

        Run text = run(copy.toString(), "--no-color");
        Run json = run(copy.toString(), "--format", "json");

        assertThat(text.code()).isEqualTo(1);
        assertThat(json.code()).isEqualTo(1);
        assertThat(snapshot(copy)).isEqualTo(before);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** CREATE TABLE, then INT to BIGINT: only a column-type-change warning. */
    private Path warningOnlyHistory() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("prisma").resolve("migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        Path init = Files.createDirectories(migrations.resolve("20240108093012_init"));
        Files.writeString(init.resolve("migration.sql"), "-- CreateTable\nCREATE TABLE `Post` (\n"
                + "    `id` INTEGER NOT NULL AUTO_INCREMENT,\n    `viewCount` INTEGER NOT NULL DEFAULT 0,\n\n"
                + "    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        Path widen = Files.createDirectories(migrations.resolve("20240402110238_view_count_bigint"));
        Files.writeString(widen.resolve("migration.sql"),
                "-- AlterTable\nALTER TABLE `Post` MODIFY `viewCount` BIGINT NOT NULL DEFAULT 0;\n");
        return dir;
    }

    /** About {@code size} bytes of one valid INSERT repeated. */
    private static void writeLargeFile(Path file, int size) throws IOException {
        byte[] statement = ("INSERT INTO `Big` (`id`, `body`) VALUES (1, '" + "x".repeat(1000) + "');\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += statement.length) {
                out.write(statement);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static long countSeverity(JsonNode root, String severity) {
        long n = 0;
        for (JsonNode f : root.get("findings")) {
            n += severity.equals(f.get("severity").textValue()) ? 1 : 0;
        }
        return n;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every path in the tree with its size, modification time and content hash (directories: their mtime). */
    private static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String key = root.relativize(p).toString();
                String mtime = Files.getLastModifiedTime(p).toString();
                if (Files.isDirectory(p)) {
                    state.put(key, "dir " + mtime);
                } else {
                    byte[] bytes = Files.readAllBytes(p);
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                    state.put(key, bytes.length + " " + mtime + " " + hash);
                }
            }
        }
        return state;
    }

    @Test
    void aStatementThatParsesTooLongIsReportedAndTheRestOfTheFileIsStillLinted(@org.junit.jupiter.api.io.TempDir
                                                                              Path tmp) throws IOException {
        StringBuilder in = new StringBuilder("SELECT 1 FROM t WHERE a IN (");
        for (int i = 0; i < 200_000; i++) {
            in.append(i == 0 ? "" : ",").append(i);
        }
        Path sql = tmp.resolve("slow.sql");
        Files.writeString(sql, "CREATE TABLE `T` (`id` INT, `x` INT);\n" + in + ");\n"
                + "ALTER TABLE `Other` DROP COLUMN `x`;\n");

        Run r = run("--no-color", "--parse-timeout", "100", sql.toString());

        assertThat(r.out()).contains("slow.sql:2:1: error[parse-error] statement took longer than 100 ms to parse")
                .contains("slow.sql:3:21: error[drop-column]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsReportedNotRead(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.sql");
        Files.writeString(big, "SELECT 1;\n".repeat(220_000)); // 2.1 MiB
        Path small = tmp.resolve("small.sql");
        Files.writeString(small, "ALTER TABLE `Other` DROP COLUMN `x`;\n");

        Run r = run("--no-color", "--max-file-size", "1", big.toString(), small.toString());

        assertThat(r.out()).contains("big.sql:1:1: error[parse-error] file is 2.1 MiB, over the 1 MiB limit")
                .contains("small.sql:1:21: error[drop-column]");
    }
}
