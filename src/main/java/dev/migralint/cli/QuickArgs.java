package dev.migralint.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plain lint command line of a hook ({@code migralint [--dialect X] [--format F] [--fail-on L] [--target T]
 * [--no-color] [--] PATH...}) read without picocli. picocli is Java 5 bytecode, which Java 17's class-data sharing
 * cannot archive, so loading, verifying and reflecting it took about half of a small run. Anything else (another option, a
 * subcommand, {@code --opt=value}, a repeated option, a value picocli would reject) is left to
 * picocli, which stays the one authority on the command line: a test checks that both read every command line this
 * class accepts into the same options.
 */
final class QuickArgs {
    /** Words picocli would take for a subcommand (a test keeps this list equal to {@link Main}'s). */
    static final List<String> SUBCOMMANDS = List.of("rules", "explain", "explain-plan", "init");

    private QuickArgs() {
    }

    /** The options of a plain lint command line, or empty to let picocli read it. */
    static Optional<Main> parse(String[] args) {
        Main main = new Main();
        Set<String> seen = new HashSet<>();
        boolean onlyPaths = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (onlyPaths || !arg.startsWith("-")) {
                boolean subcommand = !onlyPaths && SUBCOMMANDS.contains(arg);
                if (subcommand || !addPath(main, arg)) {
                    return Optional.empty();
                }
                continue;
            }
            if (arg.equals("--")) { // the end of the options, as for picocli: the hook passes staged files after it
                onlyPaths = true;
                continue;
            }
            if (!seen.add(arg.equals("-f") ? "--format" : arg)) {
                return Optional.empty(); // picocli refuses a repeated option; let it say so
            }
            if (arg.equals("--no-color")) {
                main.noColor = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null || value.startsWith("-")) {
                return Optional.empty();
            }
            i++;
            switch (arg) {
                case "--dialect" -> main.dialect = value;
                case "--target" -> main.target = value;
                case "-f", "--format" -> {
                    Optional<Main.Format> format = enumValue(Main.Format.values(), value);
                    if (format.isEmpty()) {
                        return Optional.empty();
                    }
                    main.format = format.get();
                }
                case "--fail-on" -> {
                    Optional<Main.FailOn> failOn = enumValue(Main.FailOn.values(), value);
                    if (failOn.isEmpty()) {
                        return Optional.empty();
                    }
                    main.failOn = failOn.get();
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(main);
    }

    private static boolean addPath(Main main, String arg) {
        try {
            main.paths.add(Path.of(arg));
            return true;
        } catch (InvalidPathException e) {
            return false; // picocli reports it as a usage error
        }
    }

    /** Case-insensitive, as picocli is told to read enum values. */
    private static <E extends Enum<E>> Optional<E> enumValue(E[] values, String text) {
        for (E e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
