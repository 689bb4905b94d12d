package dev.migralint.change;

/**
 * A statement that neither the parser nor a fallback recogniser understood. {@code problem} is the parser's
 * message; the location of the problem travels with the change like every other location.
 */
public record Unparsed(String problem) implements Change {
}
