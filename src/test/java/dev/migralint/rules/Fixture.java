package dev.migralint.rules;

import dev.migralint.online.Target;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: real SQL with the expected findings written beside the lines they concern.
 *
 * <ul>
 *   <li>{@code -- migration: name} starts a migration (the text before the first such line is a migration too, if
 *       it holds any). Each migration keeps its lines' numbers in the file, so findings compare by line directly.</li>
 *   <li>{@code -- expect: drop-column} says a finding of that rule points at this line. An expectation may add the
 *       severity in parentheses and a piece of the message in double quotes, both optional, in this order:
 *       {@code -- expect: drop-index(warning) "is dropped"}. The piece must appear in the message as written
 *       (case counts; {@code \"} and {@code \\} inside the quotes stand for {@code "} and {@code \}).</li>
 *   <li>Several findings on one line are a comma-separated list; a rule named twice is two findings of it, each
 *       expectation matched by a finding of its own:
 *       {@code -- expect: drop-column "User.a", drop-column "User.b"}.</li>
 *   <li>After the list, {@code -- anything} is a remark for the reader: {@code -- expect: set-not-null -- why}.
 *       Anything else after {@code expect:} is an error in the fixture, not silently ignored.</li>
 *   <li>Without more, every unsuppressed finding of every rule must be expected, the locking rules' too. Where
 *       some rule's findings would swamp the fixture, one line before the first statement scopes it:
 *       {@code -- rules: all but blocks-writes, multiple-rebuilds} compares every other rule's findings, and
 *       {@code -- rules: drop-column, drop-index} only these rules'. Every rule still runs either way (so what one
 *       rule does to another, such as a suppression that becomes unused, stays in the run); an expectation of a
 *       rule the scope leaves out is an error.</li>
 *   <li>{@code -- target: mariadb:10.11}: the server the locking rules predict for (default: the dialect's).</li>
 * </ul>
 */
record Fixture(Path file, Dialect dialect, Optional<Target> target, Scope scope, List<String> names,
               List<String> texts, List<Expected> expected, Map<String, Git> git) {

    /**
     * What git says of a migration, for the rules about the migration file: {@code -- git: new} (added since the
     * base revision), {@code -- git: at base} or {@code -- git: at base, edited}, in its section. A fixture with such
     * lines lints as {@code --changed-since base} would: unchanged migrations at the base are replayed, not reported,
     * and the newest migration at the base is the greatest name of those at base.
     */
    enum Git { NEW, AT_BASE, EDITED }

    /** Whose findings the fixture speaks about: the rules named, or every rule but those named. */
    record Scope(boolean allBut, Set<String> rules) {
        static final Scope EVERY_RULE = new Scope(true, Set.of());

        boolean covers(String rule) {
            return allBut != rules.contains(rule);
        }

        @Override
        public String toString() {
            return rules.isEmpty() && allBut ? "every rule"
                    : (allBut ? "every rule but " : "only ") + String.join(", ", rules);
        }
    }

    /** One expected finding: its line and rule, and where given its severity and a piece of its message. */
    record Expected(int line, String rule, Optional<Severity> severity, Optional<String> messagePart)
            implements Comparable<Expected> {

        Expected(int line, String rule) {
            this(line, rule, Optional.empty(), Optional.empty());
        }

        boolean matches(Finding f) {
            return f.span().line() == line && f.rule().equals(rule)
                    && severity.map(s -> s == f.severity()).orElse(true)
                    && messagePart.map(f.message()::contains).orElse(true);
        }

        @Override
        public int compareTo(Expected o) {
            int byLine = Integer.compare(line, o.line);
            return byLine != 0 ? byLine : rule.compareTo(o.rule);
        }

        /** As a failure message shows it: {@code 12:drop-index(warning) "is dropped"}, leaving out what is open. */
        @Override
        public String toString() {
            return line + ":" + rule + severity.map(s -> "(" + s.id() + ")").orElse("")
                    + messagePart.map(m -> " " + quote(m)).orElse("");
        }
    }

    private static final Pattern MIGRATION = Pattern.compile("^\\s*--\\s*migration:\\s*(\\S+)");
    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:");
    private static final Pattern RULES = Pattern.compile("^\\s*--\\s*rules:(.*)$");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern TARGET = Pattern.compile("--\\s*target:\\s*(\\S+)\\s*");
    private static final Pattern GIT = Pattern.compile("^\\s*--\\s*git:\\s*(new|at base|at base, edited)\\s*$");

    static Fixture read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        Dialect dialect = parts.length >= 3 ? Dialect.fromName(parts[parts.length - 2]).orElse(null) : null;
        if (dialect == null) {
            throw new IllegalArgumentException(file + ": fixture names end in .<dialect>.sql, e.g. .mysql.sql");
        }
        return parse(file, dialect, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Fixture parse(Path file, Dialect dialect, List<String> lines) {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String currentName = "0_preamble";
        boolean hasSql = false;
        boolean seenSql = false;
        Optional<Target> target = Optional.empty();
        Optional<Scope> scope = Optional.empty();
        Map<String, Git> git = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1) + ": ";
            Matcher t = TARGET.matcher(line);
            if (t.matches()) {
                String text = t.group(1);
                target = Optional.of(Target.parse(text).orElseThrow(
                        () -> new IllegalArgumentException(where + "unknown target " + text)));
            }
            Matcher g = GIT.matcher(line);
            if (g.matches()) {
                git.put(currentName, switch (g.group(1)) {
                    case "new" -> Git.NEW;
                    case "at base" -> Git.AT_BASE;
                    default -> Git.EDITED;
                });
            } else if (line.matches("^\\s*--\\s*git:.*")) {
                throw new IllegalArgumentException(where + "-- git: new, at base, or at base, edited");
            }
            Matcher r = RULES.matcher(line);
            if (r.matches()) {
                if (scope.isPresent() || seenSql) {
                    throw new IllegalArgumentException(where + "one -- rules: line, before the first statement");
                }
                scope = Optional.of(scope(where, r.group(1)));
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
                expected.addAll(expectations(where, i + 1, line.substring(e.end())));
            }
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                hasSql = true;
                seenSql = true;
            }
            current.append(line).append('\n');
        }
        if (hasSql) {
            names.add(currentName);
            texts.add(current.toString());
        }
        for (Expected x : expected) {
            if (scope.isPresent() && !scope.get().covers(x.rule())) {
                throw new IllegalArgumentException(file + ":" + x.line() + ": expects " + x.rule()
                        + ", which the fixture's -- rules: line (" + scope.get() + ") leaves out");
            }
        }
        expected.sort(null);
        return new Fixture(file, dialect, target, scope.orElse(Scope.EVERY_RULE), names, texts,
                List.copyOf(expected), Map.copyOf(git));
    }

    /** The findings this fixture speaks about: all of them, or those of the rules its {@code -- rules:} names. */
    boolean concerns(Finding f) {
        return scope.covers(f.rule());
    }

    /** What a fixture and a lint of it disagree on; both empty when the fixture says exactly what was found. */
    record Outcome(List<Expected> missing, List<Finding> unexpected) {
        boolean agrees() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    /**
     * Pairs each expectation with a finding of its own that it matches (its line and rule, and its severity and
     * message part where given), as many as can be paired: a maximum bipartite matching, so that on a line with
     * {@code drop-column "a", drop-column "ab"} the order of the findings does not decide. Suppressed findings and
     * those outside the fixture's {@code -- rules:} take no part.
     */
    Outcome compare(List<Finding> findings) {
        List<Finding> actual = findings.stream().filter(f -> !f.suppressed()).filter(this::concerns)
                .sorted(Finding.ORDER).toList();
        int[] expectationOf = new int[actual.size()];
        Arrays.fill(expectationOf, -1);
        List<Expected> missing = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (!pair(e, actual, new boolean[actual.size()], expectationOf)) {
                missing.add(expected.get(e));
            }
        }
        List<Finding> unexpected = new ArrayList<>();
        for (int f = 0; f < actual.size(); f++) {
            if (expectationOf[f] < 0) {
                unexpected.add(actual.get(f));
            }
        }
        return new Outcome(List.copyOf(missing), List.copyOf(unexpected));
    }

    /** Kuhn's augmenting path: finds expectation {@code e} a finding, moving earlier pairings aside where needed. */
    private boolean pair(int e, List<Finding> actual, boolean[] tried, int[] expectationOf) {
        for (int f = 0; f < actual.size(); f++) {
            if (!tried[f] && expected.get(e).matches(actual.get(f))) {
                tried[f] = true;
                if (expectationOf[f] < 0 || pair(expectationOf[f], actual, tried, expectationOf)) {
                    expectationOf[f] = e;
                    return true;
                }
            }
        }
        return false;
    }

    /** A finding as a failure message shows it: {@code 12:drop-index(warning) "index Post_title_idx is dropped"}. */
    static String describe(Finding f) {
        return f.span().line() + ":" + f.rule() + "(" + f.severity().id() + ") " + quote(f.message());
    }

    private static Scope scope(String where, String text) {
        String list = text.strip();
        boolean allBut = list.startsWith("all but ");
        if (allBut) {
            list = list.substring("all but ".length());
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String id : list.split(",")) {
            String rule = id.strip();
            if (!RULE_ID.matcher(rule).matches() || !rules.add(rule)) {
                throw new IllegalArgumentException(where + "-- rules: wants rule ids, each once, comma-separated, "
                        + "optionally after 'all but ': " + text.strip());
            }
        }
        return new Scope(allBut, Collections.unmodifiableSet(rules));
    }

    /**
     * Reads {@code rule[(severity)] ["message part"] {, ...} [-- remark]}: a small hand-written scanner, so that a
     * missing quote or a stray word is reported with its position instead of being taken for a remark.
     */
    static List<Expected> expectations(String where, int line, String text) {
        List<Expected> out = new ArrayList<>();
        int[] at = {0};
        while (true) {
            skipSpaces(text, at);
            Matcher id = RULE_ID.matcher(text).region(at[0], text.length());
            if (!id.lookingAt()) {
                throw syntax(where, text, at[0], "a rule id");
            }
            String rule = id.group();
            at[0] = id.end();
            Optional<Severity> severity = Optional.empty();
            if (at[0] < text.length() && text.charAt(at[0]) == '(') {
                int close = text.indexOf(')', at[0]);
                String word = close < 0 ? "" : text.substring(at[0] + 1, close);
                severity = Arrays.stream(Severity.values()).filter(s -> s.id().equals(word)).findFirst();
                if (severity.isEmpty()) {
                    throw syntax(where, text, at[0], "(" + severityWords() + ") right after the rule id");
                }
                at[0] = close + 1;
            }
            skipSpaces(text, at);
            Optional<String> part = Optional.empty();
            if (at[0] < text.length() && text.charAt(at[0]) == '"') {
                part = Optional.of(quoted(where, text, at));
                if (part.get().isBlank()) {
                    throw syntax(where, text, at[0], "a non-blank message part");
                }
            }
            out.add(new Expected(line, rule, severity, part));
            skipSpaces(text, at);
            if (at[0] == text.length() || text.startsWith("--", at[0])) {
                return out;
            }
            if (text.charAt(at[0]) != ',') {
                throw syntax(where, text, at[0], "',' and another expectation, '-- remark' or the end of the line");
            }
            at[0]++;
        }
    }

    private static String quoted(String where, String text, int[] at) {
        StringBuilder b = new StringBuilder();
        int start = at[0];
        for (int i = at[0] + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                b.append(text.charAt(++i));
            } else if (c == '"') {
                at[0] = i + 1;
                return b.toString();
            } else {
                b.append(c);
            }
        }
        throw syntax(where, text, start, "a closing \" for the message part");
    }

    private static void skipSpaces(String text, int[] at) {
        while (at[0] < text.length() && Character.isWhitespace(text.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static IllegalArgumentException syntax(String where, String text, int at, String wanted) {
        return new IllegalArgumentException(where + "in '-- expect:" + text + "' at '"
                + text.substring(at).strip() + "': wanted " + wanted
                + " (syntax: -- expect: rule(severity) \"message part\", other-rule -- remark)");
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String severityWords() {
        return String.join("|", Arrays.stream(Severity.values()).map(Severity::id).toList());
    }
}
