package dev.migralint.lint;

import java.util.List;

/**
 * A lint that cannot run as asked (a config that does not read, an unknown rule, a plugin that does not load, git
 * that cannot answer {@code --changed-since}): a usage error. {@code messages} are the lines to show, one per
 * problem, each located where it can be.
 */
public final class LintException extends Exception {
    private final List<String> messages;

    public LintException(String message) {
        this(List.of(message));
    }

    public LintException(List<String> messages) {
        super(String.join("; ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
