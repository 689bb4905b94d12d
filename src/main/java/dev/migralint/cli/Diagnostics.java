package dev.migralint.cli;

import dev.migralint.report.SafeText;
import java.io.PrintWriter;

/**
 * Our lines on standard error. Their text quotes config keys and values, rule ids, paths, baseline entries and
 * the lock file's provider, all of which a pull request can write: each message is one line, {@code migralint: }
 * first, with control characters, bidi controls and legacy {@code ##[} commands shown escaped as in the text report
 * ({@link SafeText}), so a newline in a config key cannot start a {@code ::add-mask::} line in a CI log.
 */
final class Diagnostics {
    private Diagnostics() {
    }

    /** Prints {@code migralint: <message>} as one safe line. */
    static void say(PrintWriter err, String message) {
        err.println(SafeText.clean("migralint: " + message));
    }
}
