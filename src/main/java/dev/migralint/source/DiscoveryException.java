package dev.migralint.source;

/** A path that cannot be linted at all (missing, unreadable, an unknown provider): a usage error, exit 2. */
public final class DiscoveryException extends Exception {
    public DiscoveryException(String message) {
        super(message);
    }
}
