package dev.migralint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlobTest {
    /** The JDK's own problems, as it words them (getDescription), and as Migralint words them. */
    private static final Map<String, String> JDK_PROBLEMS = Map.of(
            "No character to escape", "no character to escape",
            "Explicit 'name separator' in class", "explicit 'name separator' in class",
            "Invalid range", "invalid range",
            "Missing ']", "missing ']'",
            "Cannot nest groups", "cannot nest groups",
            "Missing '}", "missing '}'");

    // ---- the same as the JDK's glob matcher ---------------------------------------------------------------------

    @Test
    void matchesAndRefusesWhatTheJdkDoesOnManyGeneratedGlobsAndPaths() {
        Random random = new Random(20_251_204); // seeded: a failure comes back on the next run
        Tally tally = new Tally();
        for (int n = 0; n < 30_000; n++) {
            String glob = n % 2 == 0 ? anyCharacters(random) : tokens(random);
            List<String> paths = IntStream.range(0, 25).mapToObj(k -> path(random)).collect(Collectors.toList());
            // often a match, when the glob holds few wildcards
            paths.add(Path.of(glob.replaceAll("[*?\\[\\]{},\\\\!]", "")).toString());
            compareWithTheJdk(glob, paths, tally);
        }

        // not vacuous: most globs compile, and many (glob, path) pairs match
        assertThat(tally.compiled).isGreaterThan(15_000);
        assertThat(tally.matched).isGreaterThan(15_000);
        assertThat(tally.rejectedByBoth).isGreaterThan(2_000);
        assertThat(tally.refusedOnlyHere).as("refusals of globs the JDK accepts stay rare").isLessThan(300);
    }

    static Stream<Arguments> explicitCases() {
        return Stream.of(
                Arguments.of("prisma/migrations/**", "prisma/migrations/1_init/migration.sql", true),
                Arguments.of("prisma/migrations/**", "prisma/migrations", false),
                Arguments.of("*.sql", "a.sql", true),
                Arguments.of("*.sql", "dir/a.sql", false),
                Arguments.of("**/migration.sql", "migration.sql", false),
                Arguments.of("**/migration.sql", "a/b/migration.sql", true),
                Arguments.of("**.sql", "a/b.sql", true),
                Arguments.of("***", "a/b", true),
                Arguments.of("a?c", "abc", true),
                Arguments.of("a?c", "a/c", false),
                Arguments.of("a?c", "a\uD83D\uDE00c", true), // one character, though two UTF-16 units
                Arguments.of("a??c", "a\uD83D\uDE00c", false),
                Arguments.of("[abc]x", "bx", true),
                Arguments.of("[a-c]", "d", false),
                Arguments.of("[!a]", "b", true),
                Arguments.of("[!a]", "a", false),
                Arguments.of("[!a]", "/", false),
                Arguments.of("[!a]", "\uD83D\uDE00", true),
                Arguments.of("[^a]", "^", true), // '^' is listed, not a negation
                Arguments.of("[^a]", "b", false),
                Arguments.of("[-a]", "-", true),
                Arguments.of("[a-]", "-", true),
                Arguments.of("[+-0]", ".", true),
                Arguments.of("[+-0]", "/", false), // a class never matches '/', even in a range
                Arguments.of("[\\]", "\\", true), // a backslash in a class is itself
                Arguments.of("[*?{]", "?", true),
                Arguments.of("{a,b}.sql", "b.sql", true),
                Arguments.of("{a,b}.sql", "c.sql", false),
                Arguments.of("{a,}x", "x", true),
                Arguments.of("{}", "", true),
                Arguments.of("{a/*,b}", "a/c", true),
                Arguments.of("{a/*,b}", "a/c/d", false),
                Arguments.of("{[ab],\\,}", ",", true),
                Arguments.of("a}", "a}", true),
                Arguments.of("a,b", "a,b", true),
                Arguments.of("\\*", "*", true),
                Arguments.of("\\*", "a", false),
                Arguments.of("a\\{b\\}", "a{b}", true),
                Arguments.of("\\a", "a", true),
                Arguments.of("\uD83D\uDE00?", "\uD83D\uDE00x", true),
                Arguments.of("*", "a\nb", true),
                Arguments.of("?", "\n", true),
                Arguments.of("", "", true),
                Arguments.of("*", "", true));
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @MethodSource("explicitCases")
    void explicitCasesMatchAsTheJdkMatchesThem(String glob, String path, boolean expected) {
        assertThat(Glob.of(glob).matches(path)).isEqualTo(expected);
        assertThat(jdk(glob).matches(Path.of(path))).as("the JDK agrees").isEqualTo(expected);
    }

    @Test
    void doubleStarCrossesLineEndsWhereTheJdksStops() {
        // The JDK's ** is the regex .*, which stops at a line end: a folder named with a newline escaped include.
        String path = "prisma/migrations/1_x\ny/migration.sql";

        assertThat(Glob.of("prisma/migrations/**").matches(path)).isTrue();
        assertThat(Glob.of("prisma/migrations/*/migration.sql").matches(path)).isTrue();
        assertThat(jdk("prisma/migrations/**").matches(Path.of(path))).as("the JDK's difference").isFalse();
        assertThat(Glob.of("**").matches("a\r\u0085\u2028\u2029b")).isTrue();
    }

    // ---- broken and refused globs -------------------------------------------------------------------------------

    static Stream<Arguments> brokenGlobs() {
        return Stream.of(
                Arguments.of("a\\", "no character to escape"),
                Arguments.of("[a/b]", "explicit 'name separator' in class"),
                Arguments.of("[c-a]", "invalid range"),
                Arguments.of("[a-c-e]", "invalid range"),
                Arguments.of("[^-a]", "invalid range"),
                Arguments.of("[abc", "missing ']'"),
                Arguments.of("[a-", "missing ']'"),
                Arguments.of("[a-\u0000]", "missing ']'"), // the JDK takes a NUL there for the end
                Arguments.of("{a,{b}}", "cannot nest groups"),
                Arguments.of("*.{sql,txt", "missing '}'"),
                Arguments.of("[]{", "missing '}'")); // the JDK's own problems come first
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenGlobs")
    void aBrokenGlobIsRefusedInTheJdksWords(String glob, String problem) {
        assertThatThrownBy(() -> Glob.of(glob)).isInstanceOf(Glob.InvalidGlob.class).hasMessage(problem);
        assertThat(jdkProblem(glob)).contains(problem);
    }

    static Stream<Arguments> refusedGlobs() {
        return Stream.of(
                Arguments.of("[]", 0, false),
                Arguments.of("[!]", 0, false),
                Arguments.of("[]a]", 0, false),
                Arguments.of("[A-\\]", 1, false),
                Arguments.of("[A-[]", 1, false),
                Arguments.of("[#-&&b]", 1, true), // the JDK accepts it, with a regex's idea of '&&'
                Arguments.of("[\uD83D\uDE00]", 2, true),
                Arguments.of("[a-\uD83D\uDE00]", 2, true),
                Arguments.of("\uD83Dx", 3, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedGlobs")
    void globsTheJdkReadsAsHalfTranslatedRegexAreRefusedSayingWhy(String glob, int refusal, boolean jdkAccepts) {
        assertThatThrownBy(() -> Glob.of(glob)).isInstanceOf(Glob.InvalidGlob.class)
                .hasMessage(Glob.REFUSALS.get(refusal));
        assertThat(jdkProblem(glob).isEmpty()).as("the JDK accepts it").isEqualTo(jdkAccepts);
    }

    @Test
    void theSameRangeEndsAreFineWhereTheJdkReadsThemPlainly() {
        assertThat(Glob.of("[#-&]").matches("$")).isTrue();
        assertThat(Glob.of("[\\-a]").matches("_")).isTrue();
        assertThat(Glob.of("[[-a]").matches("^")).isTrue();
        assertThat(Glob.of("[!\\[]").matches("[")).isFalse();
    }

    // ---- hostile globs ------------------------------------------------------------------------------------------

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a speed test
    void starsAgainstALongNameFinishWithoutBacktracking() {
        String name = "a".repeat(10_000);

        assertThat(Glob.of("*a*a*a*a*a*a*a*a*b").matches(name)).isFalse();
        assertThat(Glob.of("m/*a*a*a*a*a*a*b").matches("m/" + name)).isFalse();
        assertThat(Glob.of("**a**a**a**a**a**a**b").matches("a/".repeat(5_000))).isFalse();
        assertThat(Glob.of("*a*a*a*a*a*a*a*a*a").matches(name)).isTrue();
        assertThat(Glob.of("*".repeat(10_000) + "b").matches(name)).isFalse();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a speed test
    void longAlternationsAgainstALongNameFinishWithoutBacktracking() {
        // a fifth of the name above: each character costs thousands of steps in these long globs, and backtracking
        // would still never end on 2,000 (six stars: some n^6 / 720 tries)
        String name = "a".repeat(2_000);
        String starry = IntStream.range(0, 200).mapToObj(i -> "*a*a*a*a*a*a*b" + i).collect(Collectors.joining(","));
        String many = IntStream.range(0, 1_000).mapToObj(i -> "a".repeat(i % 64) + "*" + i)
                .collect(Collectors.joining(","));

        assertThat(Glob.of("{" + starry + "}").matches(name)).isFalse();
        assertThat(Glob.of("{" + starry + ",*a}").matches(name)).isTrue();
        assertThat(Glob.of("{" + many + "}").matches(name)).isFalse();
        assertThat(Glob.of("{" + many + "}").matches(name + "999")).isTrue();
    }

    // ---- generating globs and paths -----------------------------------------------------------------------------

    private static final class Tally {
        int compiled;
        int matched;
        int rejectedByBoth;
        int refusedOnlyHere;
    }

    private static void compareWithTheJdk(String glob, List<String> paths, Tally tally) {
        Optional<String> jdkProblem = jdkProblem(glob);
        Optional<String> ourProblem;
        Glob ours = null;
        try {
            ours = Glob.of(glob);
            ourProblem = Optional.empty();
        } catch (Glob.InvalidGlob e) {
            ourProblem = Optional.of(e.getMessage());
        }
        if (jdkProblem.isPresent()) {
            assertThat(ourProblem).as("refused by the JDK: %s", shown(glob)).isPresent();
            if (JDK_PROBLEMS.containsValue(jdkProblem.get())) {
                assertThat(ourProblem).as("the JDK's problem with %s", shown(glob)).isEqualTo(jdkProblem);
            } else { // its regex engine's, for a class it half-translated
                assertThat(Glob.REFUSALS).as("our problem with %s", shown(glob)).contains(ourProblem.get());
            }
            tally.rejectedByBoth++;
            return;
        }
        if (ourProblem.isPresent()) {
            assertThat(Glob.REFUSALS).as("refused here only: %s", shown(glob)).contains(ourProblem.get());
            tally.refusedOnlyHere++;
            return;
        }
        tally.compiled++;
        PathMatcher jdk = jdk(glob);
        for (String path : paths) {
            boolean expected = jdk.matches(Path.of(path));
            if (glob.contains("**") && path.chars().anyMatch(c -> c == '\n')) {
                continue; // the one difference on purpose: doubleStarCrossesLineEndsWhereTheJdksStops
            }
            assertThat(ours.matches(path)).as("%s against %s", shown(glob), shown(path)).isEqualTo(expected);
            tally.matched += expected ? 1 : 0;
        }
    }

    /** Any characters, glob syntax heavy: mostly tests which globs are refused, and with which words. */
    private static String anyCharacters(Random random) {
        String[] alphabet = {"a", "b", "/", ".", "*", "?", "[", "]", "{", "}", ",", "!", "^", "-", "\\", "&", "\u00e9",
                "\uD83D\uDE00"};
        StringBuilder glob = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            glob.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return glob.toString();
    }

    /** Pieces of the glob syntax people write: mostly valid, so mostly tests matching. */
    private static String tokens(Random random) {
        String[] pieces = {"a", "b", "a", "b", ".", "/", "/", "*", "*", "**", "?", "[ab]", "[!a]", "[a-c]", "[-a]",
                "[a-]", "[!-b]", "[^a]", "[+-0]", "[\\]", "{a,b}", "{*a,b/}", "{,a}", "{a*b,?/}", "\\*", "\\{", "}",
                ",", "\u00e9", "\uD83D\uDE00"};
        StringBuilder glob = new StringBuilder();
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            glob.append(pieces[random.nextInt(pieces.length)]);
        }
        return glob.toString();
    }

    /** Short paths from few characters, so that globs often match; written as Path.toString writes them. */
    private static String path(Random random) {
        String[] alphabet = {"a", "b", "a", "b", "c", "/", "/", ".", "-", "^", "!", "*", "?", "[", "]", "{", "}", ",",
                "\\", "&", "+", "\u00e9", "\uD83D\uDE00", "\n"};
        StringBuilder path = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            path.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return Path.of(path.toString()).toString(); // no doubled or trailing '/', as the config hands them over
    }

    private static PathMatcher jdk(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** What the JDK finds wrong with a glob, in our words where it is one of its own problems. */
    private static Optional<String> jdkProblem(String glob) {
        try {
            jdk(glob);
            return Optional.empty();
        } catch (java.util.regex.PatternSyntaxException e) {
            return Optional.of(JDK_PROBLEMS.getOrDefault(e.getDescription(), e.getDescription()));
        }
    }

    private static String shown(String text) {
        List<String> parts = new ArrayList<>();
        text.codePoints().forEach(c -> parts.add(c < 0x20 || c > 0x7e ? "\\u{" + Integer.toHexString(c) + "}"
                : Character.toString(c)));
        return "'" + String.join("", parts) + "'";
    }
}
