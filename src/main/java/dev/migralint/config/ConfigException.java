package dev.migralint.config;

/**
 * A config file that cannot be used. The message is ready to print: {@code FILE:LINE:COL: message} when the
 * problem has a place in the file, {@code FILE: message} when it concerns the whole file (it cannot be read).
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private ConfigException(String message) {
        super(message);
    }

    /** {@code name}: the config's path, or {@code REF:path} for one read from a git revision. */
    static ConfigException at(String name, LocatedYaml.Position at, String message) {
        return new ConfigException(name + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    static ConfigException ofFile(String name, String message) {
        return new ConfigException(name + ": " + message);
    }
}
