package dev.migralint.change;

import java.util.Optional;

/**
 * A statement or clause understood well enough to know it does not change the replayed schema in a way any rule
 * reads (a view, a comment, a table option, an extension). {@code what} says which, for explain output.
 */
public record Other(String what, Optional<String> table) implements Change {
    public static Other of(String what) {
        return new Other(what, Optional.empty());
    }
}
