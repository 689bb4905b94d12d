package dev.migralint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The long docs of rules, {@code rules/<id>.md}, shipped in the jar (and in plugin jars, on their class loader). */
final class RuleDocs {
    private RuleDocs() {
    }

    static Optional<String> of(String id, ClassLoader loader) {
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
