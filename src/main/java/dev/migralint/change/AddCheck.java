package dev.migralint.change;

import java.util.Optional;

/** {@code condition} is the expression as far as it is understood; {@code expression} is its text. */
public record AddCheck(String table, Optional<String> name, String expression, boolean notValid,
                       CheckCondition condition) implements Change {

    /** A CHECK whose condition was not read: nothing is known of it. */
    public AddCheck(String table, Optional<String> name, String expression, boolean notValid) {
        this(table, name, expression, notValid, new CheckCondition.Opaque(expression));
    }
}
