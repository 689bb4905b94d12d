package dev.migralint.cli;

import dev.migralint.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migralint init}: writes a commented default {@code .migralint.yaml} here, never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented default " + ConfigLoader.FILE_NAME + " in DIR or the current directory.")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write it (default: here).")
    Path dir = Path.of("");

    @Override
    public Integer call() {
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        try {
            Files.writeString(file, ConfigLoader.template(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            Diagnostics.say(spec.commandLine().getErr(), file + " already exists; not overwriting it");
            return Main.USAGE;
        } catch (IOException e) {
            Diagnostics.say(spec.commandLine().getErr(), "cannot write " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
        spec.commandLine().getOut().println("wrote " + file + ": every key is documented in it");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
