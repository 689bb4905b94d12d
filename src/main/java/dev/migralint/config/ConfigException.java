package dev.migralint.config;

import java.nio.file.Path;

/**
 * A config file that cannot be used. The message is ready to print: {@code FILE:LINE:COL: message} when the
 * problem has a place in the file, {@code FILE: message} when it concerns the whole file (it cannot be read).
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private ConfigException(String message) {
        super(message);
    }

    static ConfigException at(Path file, LocatedYaml.Position at, String message) {
        return new ConfigException(file + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    static ConfigException ofFile(Path file, String message) {
        return new ConfigException(file + ": " + message);
    }
}
