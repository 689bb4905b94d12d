package dev.migralint.report;

import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import java.io.PrintWriter;

/**
 * Compiler-style output, one finding per block:
 * <pre>
 * prisma/migrations/20240610093000_trim_profile/migration.sql:4:5: error[drop-column] column Profile.fax is dropped
 *   help: Stop reading and writing the column in a deploy first; drop it in a later migration.
 * </pre>
 * then a summary line. Colour only when asked (the CLI asks on a terminal without {@code --no-color}).
 */
public final class TextReport {
    private final boolean color;

    public TextReport(boolean color) {
        this.color = color;
    }

    public void write(LintReport report, PrintWriter out) {
        boolean any = false;
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                continue; // acknowledged in the migration; JSON and SARIF still carry it
            }
            any = true;
            out.print(paint(BOLD, SafeText.lineStart(f.file()) + ":" + f.span().line() + ":" + f.span().column() + ":"));
            out.print(' ');
            out.print(paint(colorOf(f.severity()), f.severity().id() + "[" + f.rule() + "]"));
            out.print(' ');
            out.println(SafeText.clean(f.message()));
            if (!f.hint().isEmpty()) {
                out.println("  " + paint(CYAN, "help:") + " " + SafeText.clean(f.hint()));
            }
        }
        if (any) {
            out.println();
        }
        out.println(paint(BOLD, report.summary()));
        out.flush();
    }

    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BLUE = "\u001b[1;34m";
    private static final String CYAN = "\u001b[36m";
    private static final String RESET = "\u001b[0m";

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
