package dev.migralint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are rooms on floors (DESIGN.md): a room may use the rooms below it that its row names, and nothing
 * points up. Checked on the imports and fully qualified names of the main sources.
 */
class RoomsTest {
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("cli", Set.of("lint", "report", "config", "rules", "rule", "online", "sql", "schema", "source",
                    "change")),
            Map.entry("lint", Set.of("report", "config", "rules", "rule", "online", "sql", "schema", "source",
                    "change")),
            Map.entry("report", Set.of("rule", "online", "source", "change")),
            Map.entry("config", Set.of("rule", "source")),
            Map.entry("rules", Set.of("rule", "online", "schema", "change", "source")),
            Map.entry("rule", Set.of("online", "schema", "change", "source")),
            Map.entry("online", Set.of("schema", "change", "source")),
            Map.entry("sql", Set.of("source", "change")),
            Map.entry("schema", Set.of("change")),
            Map.entry("source", Set.of()),
            Map.entry("change", Set.of()));
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    private static final Pattern USE = Pattern.compile("\\bdev\\.migralint\\.([a-z]+)\\.");

    @Test
    void noRoomUsesOneItsRowDoesNotName() throws IOException {
        Path main = Path.of("src/main/java/dev/migralint");
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(main)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String room = main.relativize(file).getName(0).toString();
            assertThat(MAY_USE).as("a row for the package %s", room).containsKey(room);
            // a comment may name any room (a doc says where things are); code may not use it
            String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
            Matcher m = USE.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(room) && !MAY_USE.get(room).contains(used)) {
                    wrong.add(main.relativize(file) + " uses " + used);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(wrong).as("uses of a room not below").isEmpty();
    }
}
