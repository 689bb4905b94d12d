package dev.migralint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's long doc as {@code migralint explain} prints it and SARIF carries it: a header made from the rule's
 * {@link RuleInfo} (its id as the title, then category, default severity and targets), then the body its author
 * wrote in {@code rules/<id>.md}. The header is never written by hand, so it cannot drift from the code.
 */
public final class RuleDoc {
    private static final String DOT = "  \u00b7  ";

    private RuleDoc() {
    }

    /** {@code # <id>}, a blank line, the category line and a blank line. */
    public static String header(RuleInfo info) {
        StringBuilder b = new StringBuilder("# ").append(info.id()).append("\n\n")
                .append("**Category:** ").append(info.category().id())
                .append(DOT).append("**Default severity:** ").append(info.severity().id());
        if (!info.targets().isEmpty()) {
            b.append(DOT).append("**Targets:** ").append(info.targets());
        }
        return b.append("\n\n").toString();
    }

    /**
     * The header, then {@code body}. A body with a title of its own (its first line a {@code # } heading: a
     * plugin's doc written with its header by hand) is the whole doc already and is taken as it is, so no header is
     * printed twice.
     */
    public static String of(RuleInfo info, String body) {
        return hasOwnTitle(body) ? body : header(info) + body;
    }

    /** Whether the doc starts with a {@code # } title. */
    public static boolean hasOwnTitle(String body) {
        return body.startsWith("# ");
    }

    /**
     * The doc of the catalog's rule with this id: the body is {@code rules/<id>.md} on the rule's class loader (our
     * jar's, or its plugin jar's); empty when there is no such rule or no such file.
     */
    public static Optional<String> of(String id, RuleCatalog catalog) {
        return catalog.rule(id).flatMap(rule -> body(id, rule.getClass().getClassLoader())
                .map(body -> of(rule.info(), body)));
    }

    private static Optional<String> body(String id, ClassLoader loader) {
        if (!id.matches("[a-z0-9-]+") || loader == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream("rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
