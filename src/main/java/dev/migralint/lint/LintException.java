package dev.migralint.lint;

/** A lint that cannot run as asked (git cannot answer {@code --changed-since}): a usage error, with its message. */
public final class LintException extends Exception {
    public LintException(String message) {
        super(message);
    }
}
