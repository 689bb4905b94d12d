package dev.migralint.config;

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

    /** Reads and checks a config file; an empty file (or one of comments only) is an empty config. */
    public static Config load(Path file) throws ConfigException {
        return ConfigReader.read(file, LocatedYaml.read(file, text(file)));
    }

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
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Some Windows editors start UTF-8 files with a byte order mark; it is not part of the YAML.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
        return ConfigException.ofFile(file, "cannot read: " + Optional.ofNullable(reason).orElse("I/O error"));
    }
}
