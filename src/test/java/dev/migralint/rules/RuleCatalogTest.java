package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleDoc;
import dev.migralint.rule.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule has a doc, fixtures that make it fire and fixtures where it must stay silent, in both dialects. */
class RuleCatalogTest {
    private final List<Rule> rules = BuiltInRules.catalog().rules();
    @Test
    void everyRuleClassOfThePackageIsBuiltIn() throws Exception {
        Path dir = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/migralint/rules");
        List<String> classes = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = p.getFileName().toString();
                Class<?> c = Class.forName("dev.migralint.rules." + name.substring(0, name.length() - 6));
                if (Rule.class.isAssignableFrom(c) && !c.isInterface()
                        && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                    classes.add(c.getName());
                }
            }
        }
        assertThat(classes).as("rule classes in " + dir).hasSizeGreaterThan(25);
        assertThat(BuiltInRules.create()).extracting(r -> r.getClass().getName()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(classes);
    }

    @Test
    void ourJarListsNoRuleInAServiceFile() {
        // BuiltInRules is the one list: a service file of ours would be a second one to keep in step
        assertThat(java.util.ServiceLoader.load(Rule.class, BuiltInRules.class.getClassLoader()).stream()
                .map(p -> p.type().getName())).isEmpty();
    }

    @Test
    void builtInRulesAreNamedAfterTheirIds() {
        assertThat(rules).extracting(r -> r.info().id()).contains("drop-table", "drop-column", "drop-index",
                "drop-unique-constraint", "rename-column", "rename-table", "column-type-change", "lossy-type-change",
                "parse-error");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.info().summary()).isNotBlank();
            assertThat(r.getClass().getSimpleName()).isEqualTo(className(r.info().id()));
        });
    }

    @Test
    void theReadmeListsEveryRuleAsItsRuleInfoDescribesIt() throws IOException {
        // the one copy of a rule's summary outside its class: a row per rule, in id order, as `migralint rules` shows
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("| [`")).toList();
        List<String> expected = BuiltInRules.catalog().rules().stream().map(Rule::info)
                .map(i -> "| [`" + i.id() + "`](rules/" + i.id() + ".md) | " + i.category().id() + " | "
                        + i.severity().id() + " | " + i.summary() + " |")
                .toList();
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRuleHasADocAndEveryDocARule() throws IOException {
        List<String> docs;
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            docs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        List<RuleInfo> infos = new java.util.ArrayList<>(rules.stream().map(Rule::info).toList());
        assertThat(docs).containsExactlyElementsOf(infos.stream().map(RuleInfo::id).sorted().toList());
        for (RuleInfo info : infos) {
            String doc = Files.readString(Path.of("rules", info.id() + ".md"));
            // the header (title, category, severity, targets) comes from the RuleInfo: RuleDoc writes it
            assertThat(doc).as(info.id()).isNotBlank().doesNotStartWith("#").doesNotStartWith("\n")
                    .doesNotContain("**Category:**").doesNotContain("**Default severity:**")
                    .doesNotContain("**Targets:**");
            assertThat(RuleDoc.of(info, doc)).as(info.id()).startsWith(RuleDoc.header(info));
        }
    }

    @Test
    void everyRuleHasFiringAndSilentFixturesInBothDialects() throws IOException {
        for (Rule r : rules) {
            String id = r.info().id();
            boolean fires = false;
            for (String dialect : List.of("mysql", "postgresql")) {
                Path fixture = RuleFixtureTest.FIXTURES.resolve(id).resolve(id + "." + dialect + ".sql");
                assertThat(fixture).as("fixture for " + id).exists();
                String text = Files.readString(fixture);
                // a dialect-specific rule (mixed-ddl-and-data is MySQL's) shows its silence in the other dialect
                fires |= java.util.regex.Pattern.compile("expect:[^\\n]*\\b" + id + "\\b").matcher(text).find();
                assertThat(text).as(fixture + " has a silent case").contains("-- ok:");
            }
            assertThat(fires).as(id + " fires in some fixture").isTrue();
        }
    }

    private static String className(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.append("Rule").toString();
    }
}
