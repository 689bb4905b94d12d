package dev.migralint.rules;

import dev.migralint.online.Target;
import dev.migralint.source.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: real SQL in which {@code -- migration: name} lines start migrations (the text before the first
 * such line is a migration too, if it holds any) and {@code -- expect: rule-a, rule-b} marks the line a finding must
 * point at (name a rule twice for two findings on one line). Each migration keeps its lines' numbers in the file, so findings compare by line directly.
 */
record Fixture(Path file, Dialect dialect, Optional<Target> target, List<String> names, List<String> texts,
               List<Expected> expected) {

    record Expected(int line, String rule) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected o) {
            int byLine = Integer.compare(line, o.line);
            return byLine != 0 ? byLine : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return line + ":" + rule;
        }
    }

    private static final Pattern MIGRATION = Pattern.compile("^\\s*--\\s*migration:\\s*(\\S+)");
    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    /** {@code -- target: mariadb:10.11}: the server the locking rules predict for (default: the dialect's). */
    private static final Pattern TARGET = Pattern.compile("--\\s*target:\\s*(\\S+)\\s*");

    static Fixture read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        Dialect dialect = parts.length >= 3 ? Dialect.fromName(parts[parts.length - 2]).orElse(null) : null;
        if (dialect == null) {
            throw new IllegalArgumentException(file + ": fixture names end in .<dialect>.sql, e.g. .mysql.sql");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String currentName = "0_preamble";
        boolean hasSql = false;
        Optional<Target> target = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher t = TARGET.matcher(line);
            if (t.matches()) {
                String text = t.group(1);
                target = Optional.of(Target.parse(text).orElseThrow(
                        () -> new IllegalArgumentException(file + ": unknown target " + text)));
            }
            Matcher m = MIGRATION.matcher(line);
            if (m.find()) {
                if (hasSql) {
                    names.add(currentName);
                    texts.add(current.toString());
                }
                currentName = m.group(1);
                current = new StringBuilder("\n".repeat(i + 1)); // keep file line numbers
                hasSql = false;
                continue;
            }
            Matcher e = EXPECT.matcher(line);
            if (e.find()) {
                for (String rule : e.group(1).split("\\s*,\\s*")) {
                    expected.add(new Expected(i + 1, rule));
                }
            }
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                hasSql = true;
            }
            current.append(line).append('\n');
        }
        if (hasSql) {
            names.add(currentName);
            texts.add(current.toString());
        }
        expected.sort(null);
        return new Fixture(file, dialect, target, names, texts, expected);
    }
}
