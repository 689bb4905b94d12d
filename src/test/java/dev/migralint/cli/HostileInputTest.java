package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by anyone who can open a pull request: nothing in them may change our files or steer our output. */
class HostileInputTest {
    @TempDir
    Path dir;
    private Path migrations;

    /** A column name holding a terminal escape, quotes, a backslash, a Unicode line separator and a command. */
    private static final String HOSTILE = "x\u001b[2J\"\\'\u2028::add-mask::y";

    @BeforeEach
    void tree() throws IOException {
        migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        Path m1 = Files.createDirectories(migrations.resolve("20240101000000_init"));
        Files.writeString(m1.resolve("migration.sql"), "CREATE TABLE `User` (`id` INT NOT NULL, `"
                + HOSTILE.replace("`", "``") + "` INT NULL, PRIMARY KEY (`id`));\n");
        Path m2 = Files.createDirectories(migrations.resolve("20240201000000_drop"));
        Files.writeString(m2.resolve("migration.sql"), "ALTER TABLE `User` DROP COLUMN `" + HOSTILE + "`;\n"
                + "-- migralint-ignore drop-table: \u001b]0;owned\u0007 reason\nDROP TABLE `User`;\n");
        Path m3 = Files.createDirectories(migrations.resolve("20240301000000_binary"));
        Files.write(m3.resolve("migration.sql"), new byte[] {'S', 'E', 0, 'L', (byte) 0xff, '\r', '\n', '\'', 'x'});
    }


    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> state = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                FileTime mtime = Files.getLastModifiedTime(p);
                String content = Files.isRegularFile(p) ? HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) : "dir";
                state.put(p, content + " " + mtime.toMillis());
            }
        }
        return state;
    }

    @Test
    void noFormatChangesAByteOrAnMtimeOfTheInput() throws Exception {
        Map<Path, String> before = snapshot();
        Path reports = Files.createTempDirectory("migralint-reports");
        for (String format : List.of("text", "json", "sarif", "github")) {
            CliRun run = migralint("--format", format, migrations.toString());
            assertThat(run.exit()).as(format).isEqualTo(1);
            migralint("--format", format, "--output", reports.resolve("r." + format).toString(),
                    migrations.toString());
        }
        migralint("--write-baseline", reports.resolve("baseline.json").toString(), migrations.toString());
        assertThat(snapshot()).isEqualTo(before);
        try (Stream<Path> written = Files.list(reports)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("baseline.json", "r.github", "r.json", "r.sarif", "r.text"); // no temp files left
        }
    }

    @Test
    void outputToAFileHoldsExactlyWhatStandardOutputWouldHave() throws IOException {
        Path file = dir.resolve("report.json");
        CliRun toStdout = migralint("--format", "json", migrations.toString());
        CliRun toFile = migralint("--format", "json", "--output", file.toString(), migrations.toString());

        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.exit()).isEqualTo(toStdout.exit());
        assertThat(Files.readString(file)).isEqualTo(toStdout.out());
    }

    @Test
    void textOutputNeutralisesTerminalControlCharacters() {
        CliRun run = migralint("--no-color", migrations.toString());

        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u2028")
                .contains("x\\x1b[2J\"\\'\\u2028::add-mask::y");
    }

    @Test
    void jsonAndSarifCarryHostileNamesExactlyAsData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode report = json.readTree(migralint("--format", "json", migrations.toString()).out());
        assertThat(report.get("findings").findValuesAsText("message"))
                .anyMatch(m -> m.contains("User." + HOSTILE + " is dropped"));
        assertThat(report.get("findings").findValuesAsText("justification"))
                .containsExactly("\u001b]0;owned\u0007 reason");

        JsonNode sarif = json.readTree(migralint("--format", "sarif", migrations.toString()).out());
        assertThat(sarif.get("runs").get(0).get("results").findValues("text").stream().map(JsonNode::asText))
                .anyMatch(m -> m.contains("User." + HOSTILE + " is dropped"));
    }

    @Test
    void githubCommandsStayOneLineEachWhateverTheNames() {
        CliRun run = migralint("--format", "github", migrations.toString());

        List<String> lines = run.out().lines().toList();
        // the findings of the three migrations and the summary; the suppressed DROP TABLE is not annotated
        assertThat(lines).allSatisfy(l -> assertThat(l.startsWith("::error ") || l.startsWith("::warning ")
                || l.startsWith("::notice ") || !l.startsWith("::")).isTrue());
        assertThat(String.join("\n", lines)).doesNotContain("\n::add-mask::");
        assertThat(run.out().getBytes(StandardCharsets.UTF_8).length).isPositive();
    }
}
