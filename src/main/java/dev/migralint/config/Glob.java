package dev.migralint.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A glob of {@code include}, {@code exclude} or an override's {@code paths}, compiled once when the config is read
 * and matched against a path relative to the config's folder, with '/' between names.
 *
 * <p>It matches what the JDK's {@code glob:} path matcher matches on Linux ({@code *} within a name, {@code **}
 * across names, {@code ?}, {@code [abc]}, {@code [a-z]}, {@code [!a]}, {@code {a,b}} without nesting, {@code \}
 * escapes) and refuses the same broken globs with the same words. It does not share the JDK's way of matching: the
 * JDK turns a glob into a backtracking regex, under which {@code m/*a*a*a*a*a*a*b} against one long file name ran
 * for minutes, and a config is written by whoever opens the pull request. Here the glob is a small automaton that
 * reads the path once, keeping the set of places it may have reached: time grows with glob length times path length.
 *
 * <p>Where the two differ, on purpose:
 * <ul>
 *   <li>{@code **} crosses every character. The JDK's becomes the regex {@code .*}, which stops at a line end, so
 *       {@code prisma/migrations/**} missed a folder with a newline in its name: a way to hide a migration from
 *       {@code include}. ({@code *} and {@code ?} cross line ends in both.)</li>
 *   <li>Some classes the JDK hands to its regex engine half-translated are refused, with the reason, rather than
 *       given the regex's meaning (see {@link #REFUSALS}).</li>
 * </ul>
 */
public final class Glob {
    /**
     * The problems of globs that the JDK accepts, or rejects only with a regex engine's words ("unclosed character
     * class" for {@code []}), that are refused here. Each says why.
     */
    static final List<String> REFUSALS = List.of(
            "'[]' and '[!]' are empty classes (a class cannot hold ']'; to match one, write '\\]' outside brackets)",
            "a range cannot end with '\\' or '[', nor with an '&' before another '&' (Java's glob matcher reads"
                    + " them there as regex syntax, so what it matches is unclear); list that character on its own",
            "a class cannot hold characters beyond U+FFFF, such as emoji (Java's glob matcher compares their two"
                    + " halves there); use '?' or write them outside brackets",
            "it holds half of a UTF-16 surrogate pair, which is not text");
    private static final int EMPTY_CLASS = 0;
    private static final int RANGE_END = 1;
    private static final int BEYOND_BMP_IN_CLASS = 2;
    private static final int LONE_SURROGATE = 3;

    private final String text;
    private final Step[] steps;

    private Glob(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps.toArray(Step[]::new);
    }

    /** Compiles a glob; an {@link InvalidGlob} says what is wrong, in words that follow "invalid glob '…': ". */
    public static Glob of(String text) {
        return new Glob(text, new Compiler(text).compile());
    }

    /** The glob as written (less a leading {@code ./}, which ConfigReader drops). */
    public String text() {
        return text;
    }

    /** Whether the whole of {@code path} (names separated by '/', as {@code Path.toString} writes them) matches. */
    public boolean matches(String path) {
        int accept = steps.length;
        Frontier current = new Frontier(accept + 1);
        Frontier next = new Frontier(accept + 1);
        current.enter(0, steps);
        for (int i = 0; i < path.length() && !current.isEmpty(); ) {
            int c = path.codePointAt(i); // the JDK's regex reads code points: '?' is one emoji, not half of one
            i += Character.charCount(c);
            next.clear();
            for (int k = 0; k < current.size; k++) {
                int at = current.states[k];
                if (at == accept) {
                    continue;
                }
                Step step = steps[at];
                if (step.admits(c)) {
                    next.enter(step.repeats() ? at : at + 1, steps);
                }
            }
            Frontier swap = current;
            current = next;
            next = swap;
        }
        return current.holds(accept);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** A broken or refused glob; the message is the problem alone. */
    public static final class InvalidGlob extends IllegalArgumentException {
        InvalidGlob(String problem) {
            super(problem);
        }
    }

    // ---- the automaton -------------------------------------------------------------------------------------------

    /**
     * One place in the glob. A step that reads a character moves to the next step (or, when it {@code repeats}, may
     * stay); {@link Fork} and {@link Jump} read nothing and lead to other steps, for the choices of {@code {a,b}}.
     */
    private sealed interface Step permits Literal, OneInName, InClass, AnyRun, Fork, Jump {
        default boolean admits(int c) {
            return false;
        }

        default boolean repeats() {
            return false;
        }
    }

    private record Literal(int codePoint) implements Step {
        @Override
        public boolean admits(int c) {
            return c == codePoint;
        }
    }

    /** {@code ?}. */
    private record OneInName() implements Step {
        @Override
        public boolean admits(int c) {
            return c != '/';
        }
    }

    /** {@code [...]}: never '/', even where a range spans it ({@code [+-0]}), as in the JDK. */
    private record InClass(CharClass chars) implements Step {
        @Override
        public boolean admits(int c) {
            return c != '/' && chars.holds(c);
        }
    }

    /** {@code *} (within one name) or {@code **} (across names). */
    private record AnyRun(boolean acrossNames) implements Step {
        @Override
        public boolean admits(int c) {
            return acrossNames || c != '/';
        }

        @Override
        public boolean repeats() {
            return true;
        }
    }

    /** The start of {@code {a,b}}: each choice starts at one of {@code targets}. */
    private record Fork(List<Integer> targets) implements Step {
    }

    /** The end of one choice of {@code {a,b}}: on after the group. */
    private record Jump(int target) implements Step {
    }

    /** The characters a class lists, as ranges; {@code negated} for {@code [!...]}. */
    private record CharClass(boolean negated, List<Range> ranges) {
        boolean holds(int c) {
            boolean listed = false;
            for (Range range : ranges) {
                listed |= range.first() <= c && c <= range.last();
            }
            return listed != negated;
        }
    }

    /** {@code a-z}, both ends included; one character is a range of one. */
    private record Range(char first, char last) {
    }

    /**
     * The steps the automaton may be at, each once. Entering a step enters every step reachable from it without
     * reading (a fork's choices, a run's way out), with a stack of our own: a glob of many stars chains many steps.
     */
    private static final class Frontier {
        final int[] states;
        int size;
        private final boolean[] held;
        private final int[] stack;

        Frontier(int capacity) {
            states = new int[capacity];
            held = new boolean[capacity];
            stack = new int[capacity];
        }

        void enter(int first, Step[] steps) {
            if (held[first]) {
                return; // with all it leads to
            }
            int top = 0;
            push(first, top++);
            while (top > 0) {
                int at = stack[--top];
                if (at == steps.length) {
                    continue; // accepting: nothing follows
                }
                Step step = steps[at];
                if (step instanceof Fork fork) {
                    for (int target : fork.targets()) {
                        top = pushIfNew(target, top);
                    }
                } else if (step instanceof Jump jump) {
                    top = pushIfNew(jump.target(), top);
                } else if (step.repeats()) {
                    top = pushIfNew(at + 1, top);
                }
            }
        }

        private int pushIfNew(int at, int top) {
            if (held[at]) {
                return top;
            }
            push(at, top);
            return top + 1;
        }

        private void push(int at, int top) {
            if (!held[at]) {
                held[at] = true;
                states[size++] = at;
            }
            stack[top] = at;
        }

        boolean holds(int at) {
            return held[at];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                held[states[k]] = false;
            }
            size = 0;
        }
    }

    // ---- compiling -----------------------------------------------------------------------------------------------

    /**
     * Reads a glob as the JDK's {@code sun.nio.fs.Globs} does, character by character (UTF-16 units, as it does),
     * so that it finds the same problem first. A refusal of ours waits until the end: the JDK finds all of its own
     * problems before its regex engine looks at anything, so a glob with one of each gets the JDK's words.
     */
    private static final class Compiler {
        /** The JDK's end marker, which a NUL in the glob is mistaken for after a '-' in a class. */
        private static final char END = 0;

        private final String glob;
        private final List<Step> steps = new ArrayList<>();
        private int i;
        private Optional<String> refusal = Optional.empty();
        // the open group: its fork's index, where each choice starts, and the jumps that end the choices
        private int fork = -1;
        private final List<Integer> choices = new ArrayList<>();
        private final List<Integer> jumps = new ArrayList<>();

        Compiler(String glob) {
            this.glob = glob;
        }

        List<Step> compile() {
            while (i < glob.length()) {
                char c = glob.charAt(i++);
                switch (c) {
                    case '\\' -> {
                        if (i == glob.length()) {
                            throw new InvalidGlob("no character to escape");
                        }
                        literal(glob.charAt(i++));
                    }
                    case '[' -> charClass();
                    case '{' -> {
                        if (fork >= 0) {
                            throw new InvalidGlob("cannot nest groups");
                        }
                        fork = steps.size();
                        steps.add(new Fork(List.of())); // its targets are known at '}'
                        choices.add(steps.size());
                    }
                    case ',' -> {
                        if (fork < 0) {
                            literal(c);
                        } else {
                            jumps.add(steps.size());
                            steps.add(new Jump(-1));
                            choices.add(steps.size());
                        }
                    }
                    case '}' -> {
                        if (fork < 0) {
                            literal(c);
                        } else {
                            closeGroup();
                        }
                    }
                    case '*' -> {
                        boolean across = next() == '*';
                        if (across) {
                            i++;
                        }
                        run(across);
                    }
                    case '?' -> steps.add(new OneInName());
                    default -> literal(c);
                }
            }
            if (fork >= 0) {
                throw new InvalidGlob("missing '}'");
            }
            if (steps.stream().anyMatch(s -> s instanceof Literal l && isHalfOfAPair(l))) {
                refuse(LONE_SURROGATE);
            }
            if (refusal.isPresent()) {
                throw new InvalidGlob(refusal.get());
            }
            return steps;
        }

        private char next() {
            return i < glob.length() ? glob.charAt(i) : END;
        }

        /** Runs side by side match what the wider of them matches: one step, not thousands, for "*****…". */
        private void run(boolean acrossNames) {
            int last = steps.size() - 1;
            if (last >= 0 && steps.get(last) instanceof AnyRun previous) {
                steps.set(last, new AnyRun(acrossNames || previous.acrossNames()));
            } else {
                steps.add(new AnyRun(acrossNames));
            }
        }

        /** A literal character; the two halves of a surrogate pair, side by side, are one (as in the JDK's regex). */
        private void literal(char c) {
            int last = steps.size() - 1;
            if (Character.isLowSurrogate(c) && last >= 0 && steps.get(last) instanceof Literal l && isHalfOfAPair(l)
                    && Character.isHighSurrogate((char) l.codePoint())) {
                steps.set(last, new Literal(Character.toCodePoint((char) l.codePoint(), c)));
            } else {
                steps.add(new Literal(c));
            }
        }

        private static boolean isHalfOfAPair(Literal literal) {
            return literal.codePoint() <= Character.MAX_VALUE && Character.isSurrogate((char) literal.codePoint());
        }

        private void closeGroup() {
            jumps.add(steps.size());
            steps.add(new Jump(-1));
            int after = steps.size();
            for (int jump : jumps) {
                steps.set(jump, new Jump(after));
            }
            steps.set(fork, new Fork(List.copyOf(choices)));
            fork = -1;
            choices.clear();
            jumps.clear();
        }

        /** After the '['. Follows the JDK's loop line by line, for its errors; ']' cannot be listed, as there. */
        private void charClass() {
            List<Range> ranges = new ArrayList<>();
            boolean negated = false;
            if (next() == '^') {
                ranges.add(new Range('^', '^')); // the JDK escapes it: a '^', not a negation
                i++;
            } else {
                if (next() == '!') {
                    negated = true;
                    i++;
                }
                if (next() == '-') {
                    ranges.add(new Range('-', '-'));
                    i++;
                }
            }
            boolean hasRangeStart = false;
            char last = 0;
            char c = 0;
            while (i < glob.length()) {
                c = glob.charAt(i++);
                if (c == ']') {
                    break;
                }
                if (c == '/') {
                    throw new InvalidGlob("explicit 'name separator' in class");
                }
                if (Character.isSurrogate(c)) {
                    refuse(BEYOND_BMP_IN_CLASS);
                }
                if (c == '-') {
                    if (!hasRangeStart) {
                        throw new InvalidGlob("invalid range");
                    }
                    c = next();
                    i++;
                    if (c == END || c == ']') {
                        ranges.add(new Range('-', '-')); // "[a-]": a and '-'
                        break;
                    }
                    if (c < last) {
                        throw new InvalidGlob("invalid range");
                    }
                    if (c == '\\' || c == '[' || c == '&' && next() == '&') {
                        refuse(RANGE_END);
                    }
                    if (Character.isSurrogate(c)) {
                        refuse(BEYOND_BMP_IN_CLASS);
                    }
                    ranges.set(ranges.size() - 1, new Range(last, c));
                    hasRangeStart = false;
                } else {
                    ranges.add(new Range(c, c));
                    hasRangeStart = true;
                    last = c;
                }
            }
            if (c != ']') {
                throw new InvalidGlob("missing ']'");
            }
            if (ranges.isEmpty()) {
                refuse(EMPTY_CLASS);
            }
            steps.add(new InClass(new CharClass(negated, List.copyOf(ranges))));
        }

        private void refuse(int problem) {
            if (refusal.isEmpty()) {
                refusal = Optional.of(REFUSALS.get(problem));
            }
        }
    }
}
