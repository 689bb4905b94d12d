package dev.migralint.cli;

import dev.migralint.config.Suppressions;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import dev.migralint.rule.RuleDoc;
import dev.migralint.rule.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The long docs of rules: the body is {@code rules/<id>.md}, shipped in the jar (and in plugin jars, on their class
 * loader); the header comes from the rule's {@link RuleInfo} ({@link RuleDoc}).
 */
final class RuleDocs {
    private RuleDocs() {
    }

    /** The doc of the catalog's rule (or suppression finding) with this id, empty when there is none. */
    static Optional<String> of(String id, RuleCatalog catalog) {
        Optional<Rule> rule = catalog.rule(id);
        Optional<RuleInfo> info = rule.map(Rule::info)
                .or(() -> Suppressions.RULES.stream().filter(r -> r.id().equals(id)).findFirst());
        ClassLoader loader = rule.map(r -> r.getClass().getClassLoader()).orElse(RuleDocs.class.getClassLoader());
        return info.flatMap(i -> body(id, loader).map(body -> RuleDoc.of(i, body)));
    }

    private static Optional<String> body(String id, ClassLoader loader) {
        if (!id.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream("rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
