package dev.migralint.change;

/**
 * Something that neither the parser nor a fallback recogniser understood. {@code problem} is the parser's message;
 * {@code cause} says what was not understood: a statement, or a whole file that was not read. The location of the
 * problem travels with the change like every other location.
 */
public record Unparsed(String problem, Cause cause) implements Change {
    /** What could not be understood. */
    public enum Cause {
        /** A statement (or a piece of one) did not parse, or an open quote or comment ran to the end of the file. */
        STATEMENT,
        /** The file is not valid UTF-8: nothing in it was linted. */
        NOT_UTF8,
        /** The file is over the size limit: it was not read. */
        TOO_LARGE
    }

    public Unparsed(String problem) {
        this(problem, Cause.STATEMENT);
    }
}
