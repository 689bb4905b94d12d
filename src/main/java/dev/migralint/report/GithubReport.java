package dev.migralint.report;

import dev.migralint.rule.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, one per finding ({@code ::error file=…,line=…::message}), for repositories
 * without code scanning. Everything from a migration is shown as {@link SafeText} shows it (no control or bidi
 * character, no legacy {@code ##[} command) and escaped as GitHub's rules require, so a crafted name or comment
 * cannot end the command early, start another one, or reorder what the annotation shows.
 */
public final class GithubReport {

    public void write(LintReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            if (f.suppressed()) {
                continue;
            }
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.print("::" + command
                    + " file=" + property(SafeText.clean(f.file()))
                    + ",line=" + f.span().line()
                    + ",col=" + f.span().column()
                    + ",endLine=" + f.span().endLine()
                    + ",endColumn=" + f.span().endColumn()
                    + ",title=" + property(SafeText.clean("migralint " + f.rule()))
                    + "::");
            out.println(data(SafeText.clean(f.message()) + (f.hint().isEmpty() ? "" : "\nHint: "
                    + SafeText.clean(f.hint()))));
        }
        out.println(data(report.summary()));
        out.flush();
    }

    /** A command's message: % and line breaks are escaped, so it stays one line and one command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property value: also ':' and ',', which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
