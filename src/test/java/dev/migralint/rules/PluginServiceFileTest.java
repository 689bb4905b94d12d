package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a plugin's service file may name: its own rules, and one of ours (a jar bundling an older Migralint). */
class PluginServiceFileTest {
    @TempDir
    Path dir;

    /** A plugin's rule: ServiceLoader finds it through the test's class loader, the plugin loader's parent. */
    public static final class AcmeRule implements Rule {
        @Override
        public RuleInfo info() {
            return RuleInfo.of("acme-rule", Category.HYGIENE, Severity.INFO, "Acme's");
        }
    }

    /** A plugin's rule with a built-in id. */
    public static final class ShadowRule implements Rule {
        @Override
        public RuleInfo info() {
            return RuleInfo.of("drop-column", Category.HYGIENE, Severity.INFO, "Not ours");
        }
    }

    private ClassLoader pluginNaming(String... classes) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(Rule.class.getName()), String.join("\n", classes) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aServiceFileNamingOurRuleClassesAddsOnlyThePluginsOwn() throws IOException {
        ClassLoader loader = pluginNaming(DropColumnRule.class.getName(), AcmeRule.class.getName(),
                TableRebuildRule.class.getName());

        List<Rule> rules = RuleCatalog.withPlugins(BuiltInRules.create(), loader).rules();

        assertThat(rules).extracting(r -> r.info().id()).doesNotHaveDuplicates().contains("acme-rule", "drop-column")
                .hasSize(BuiltInRules.create().size() + 1);
    }

    @Test
    void aPluginClassWithABuiltInIdIsRefused() throws IOException {
        ClassLoader loader = pluginNaming(ShadowRule.class.getName());

        assertThatThrownBy(() -> RuleCatalog.withPlugins(BuiltInRules.create(), loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two rules share the id drop-column: dev.migralint.rules.DropColumnRule and "
                        + ShadowRule.class.getName());
    }
}
