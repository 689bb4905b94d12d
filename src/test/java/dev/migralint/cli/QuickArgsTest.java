package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@link QuickArgs} reads a plain lint command line exactly as picocli does, and leaves everything else to it. */
class QuickArgsTest {

    private static Main viaPicocli(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExpandAtFiles(false); // as Main runs it
        cli.parseArgs(args);
        return cli.getCommand();
    }

    @Test
    void plainLintCommandLinesGiveTheOptionsPicocliGives() throws IllegalAccessException {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"prisma/migrations"},
                new String[] {"a.sql", "b.sql", "dir/"},
                new String[] {"--dialect", "postgresql", "small.sql"},
                new String[] {"small.sql", "--dialect", "postgresql", "--fail-on", "never"},
                new String[] {"-f", "json", "x"},
                new String[] {"--format", "SARIF", "--fail-on", "Warning", "--target", "mysql:8.4", "--no-color", "."},
                new String[] {"--no-color"},
                new String[] {""},
                new String[] {"--", "x"},
                new String[] {"--no-color", "--", "--plugin=evil/migration.sql", "-x.sql", "rules", "--"},
                new String[] {"@args.txt"}, // a path: no @file expansion, as a hook's staged name must stay one
                new String[] {"--", "@args.txt"},
                new String[] {"--dialect", "@x", "y"});
        for (String[] args : lines) {
            Optional<Main> quick = QuickArgs.parse(args);
            assertThat(quick).as(String.join(" ", args)).isPresent();
            Main picocli = viaPicocli(args);
            for (Field f : Main.class.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.Option.class)
                        || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                    f.setAccessible(true);
                    assertThat(f.get(quick.get())).as("%s after %s", f.getName(), String.join(" ", args))
                            .isEqualTo(f.get(picocli));
                }
            }
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"rules"},
                new String[] {"explain", "drop-column"},
                new String[] {"x.sql", "init"},
                new String[] {"--help"},
                new String[] {"-h"},
                new String[] {"--version"},
                new String[] {"--format=json", "x"},
                new String[] {"-fjson", "x"},
                new String[] {"--dialect", "mysql", "--dialect", "postgresql"},
                new String[] {"-f", "json", "--format", "text"},
                new String[] {"--fail-on", "sometimes"},
                new String[] {"--format", "xml"},
                new String[] {"--dialect"},
                new String[] {"--dialect", "--fail-on", "never"},
                new String[] {"--rule", "drop-column", "x"},
                new String[] {"--changed-since", "main"},
                new String[] {"-"},
                new String[] {"a\u0000b"});
        for (String[] args : lines) {
            assertThat(QuickArgs.parse(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void itKnowsEverySubcommandName() {
        assertThat(new CommandLine(new Main()).getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(QuickArgs.SUBCOMMANDS);
    }
}
