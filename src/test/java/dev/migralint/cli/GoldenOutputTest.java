package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact output of {@code migralint testdata/examples/<example> --no-color} in every format, run from the project
 * root, compared byte for byte with {@code testdata/golden/<example>.<txt|json|sarif|github.txt>}. The tool version
 * in JSON and SARIF is replaced by {@code "VERSION"} in both, so a release does not break the comparison.
 *
 * <p>When the output changes on purpose, regenerate the golden files and review the diff before committing:
 * <pre>
 * mvn test -Dtest=GoldenOutputTest -Dmigralint.updateGolden=true
 * </pre>
 * With {@code migralint.updateGolden=true} the test writes the current output to the golden files instead of
 * comparing.
 */
class GoldenOutputTest {
    private static final Path EXAMPLES = Path.of("testdata", "examples");
    private static final Path GOLDEN = Path.of("testdata", "golden");
    /** {@code "tool" : { "name" : "migralint", "version" : "…" }} as Jackson indents it. */
    private static final Pattern TOOL_VERSION = Pattern.compile(
            "(\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"migralint\"\\s*,\\s*\"version\"\\s*:\\s*)\"[^\"]*\"");

    @ParameterizedTest(name = "{0} --format {1}")
    @CsvSource({"prisma-mysql, text, txt", "prisma-mysql, json, json", "prisma-mysql, sarif, sarif",
            "prisma-mysql, github, github.txt", "prisma-postgresql, text, txt", "prisma-postgresql, json, json",
            "prisma-postgresql, sarif, sarif", "prisma-postgresql, github, github.txt"})
    void exampleOutputMatchesItsGoldenFile(String example, String format, String extension) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // paths relative to the project root, Maven's working directory for tests, as a user would type them
        int code = Main.run(new String[] {EXAMPLES.resolve(example).toString().replace('\\', '/'), "--no-color",
                "--format", format}, new PrintWriter(out), new PrintWriter(err));
        assertThat(err.toString()).isEmpty();
        assertThat(code).as("both examples have errors").isEqualTo(1);

        String actual = withoutToolVersion(out.toString());
        Path golden = GOLDEN.resolve(example + "." + extension);
        if (Boolean.getBoolean("migralint.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual.getBytes(StandardCharsets.UTF_8));
        }
        byte[] expected = withoutToolVersion(Files.readString(golden, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        // compared as text for a readable diff, then as bytes so a stray \r or BOM cannot hide
        assertThat(actual).as("output of %s as %s, against %s", example, format, golden)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    static String withoutToolVersion(String output) {
        Matcher m = TOOL_VERSION.matcher(output);
        String s = m.find() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1)) + "\"VERSION\"") : output;
        Matcher driver = SARIF_VERSIONS.matcher(s);
        return driver.find() ? driver.replaceFirst(Matcher.quoteReplacement(driver.group(1)) + "\"VERSION\""
                + Matcher.quoteReplacement(driver.group(2)) + "\"VERSION\"") : s;
    }

    /** SARIF's driver {@code "version"} and {@code "semanticVersion"}, which follow the release. */
    private static final Pattern SARIF_VERSIONS = Pattern.compile(
            "(\"name\" : \"migralint\",\\s*\"version\" : )\"[^\"]*\"(,\\s*\"semanticVersion\" : )\"[^\"]*\"");
}
