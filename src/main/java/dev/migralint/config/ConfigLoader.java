package dev.migralint.config;

import dev.migralint.source.ReadableTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds and reads {@code .migralint.yaml}. */
public final class ConfigLoader {
    public static final String FILE_NAME = ".migralint.yaml";

    private static final String TEMPLATE = "migralint-init.yaml";

    private ConfigLoader() {
    }

    /**
     * The config in {@code start} or its nearest parent folder. The search stops at the git root (a folder holding
     * {@code .git}, a folder or, in worktrees and submodules, a file) because a config above the repository
     * belongs to some other project; without git it goes up to the filesystem root.
     */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads and checks a config file; an empty file (or one of comments only) is an empty config. A config found
     * by {@link #find} rather than named ({@code named} false) is not read through a symbolic link that leaves its
     * repository: a pull request's link to {@code /proc/self/environ} would print the CI job's environment in the
     * error about it.
     */
    public static Config load(Path file, boolean named) throws ConfigException {
        if (!named && Files.isSymbolicLink(file)) {
            ReadableTree tree = ReadableTree.around(file.toAbsolutePath().getParent());
            if (!tree.holds(file, ".yaml", ".yml")) {
                throw ConfigException.ofFile(file.toString(), "a symbolic link to a file outside " + tree.root()
                        + ", or to no YAML file; not read (name it with --config to use it)");
            }
        }
        return parse(file, file.toString(), text(file));
    }

    /** Reads and checks a config file named on the command line. */
    public static Config load(Path file) throws ConfigException {
        return load(file, true);
    }

    /**
     * A config's text from elsewhere (a git revision, for {@code --config-from}), read as if it lay at {@code file}
     * (its globs and paths are relative to that folder), its errors naming it {@code name}.
     */
    public static Config parse(Path file, String name, String text) throws ConfigException {
        if (text.length() > MAX_CHARS) {
            throw ConfigException.ofFile(name, "larger than a config can be (" + (MAX_CHARS >> 10) + " KiB)");
        }
        // Some Windows editors start UTF-8 files with a byte order mark; it is not part of the YAML.
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return ConfigReader.read(file, name, LocatedYaml.read(name, yaml));
    }

    /** A config is a few dozen lines; a megabyte of one is not a config, and is not parsed. */
    static final int MAX_CHARS = 1 << 20;

    /** The commented default config that {@code migralint init} writes; it loads as a valid config. */
    public static String template() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks dev/migralint/config/" + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) throws ConfigException {
        if (Files.isDirectory(file)) {
            throw unreadable(file, "is a directory");
        }
        try {
            if (Files.size(file) > MAX_CHARS) {
                throw ConfigException.ofFile(file.toString(), "larger than a config can be (" + (MAX_CHARS >> 10)
                        + " KiB)");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(file, "permission denied");
        } catch (CharacterCodingException e) {
            throw unreadable(file, "not UTF-8 text");
        } catch (FileSystemException e) {
            throw unreadable(file, e.getReason());
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static ConfigException unreadable(Path file, String reason) {
        return ConfigException.ofFile(file.toString(), "cannot read: "
                + Optional.ofNullable(reason).orElse("I/O error"));
    }
}
