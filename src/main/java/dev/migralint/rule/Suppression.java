package dev.migralint.rule;

import dev.migralint.source.Comment;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acknowledgement written in a migration. {@code -- migralint-ignore drop-column: moved to the archive table in
 * #482} on the line(s) right above a statement, or at the end of one of its lines, suppresses that rule for that
 * statement; {@code -- migralint-ignore-file rule: reason} anywhere suppresses it for the whole file. Only one with a
 * reason suppresses anything. {@code statement} is the statement a line-level one applies to: empty when it is
 * written beside none, and then it applies nowhere.
 */
public record Suppression(Comment comment, boolean fileWide, List<String> rules, String reason,
                          Optional<SourceSpan> statement) {
    private static final String MARKER = "migralint-ignore";
    private static final Pattern RULE_LIST = Pattern.compile("\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    public Suppression {
        rules = List.copyOf(rules);
    }

    /** How it is written, for messages: {@code migralint-ignore} or {@code migralint-ignore-file}. */
    public String marker() {
        return MARKER + (fileWide ? "-file" : "");
    }

    /** True when it applies somewhere: to the whole file, or to the statement it is written beside. */
    public boolean applies() {
        return fileWide || statement.isPresent();
    }

    /** True when it silences this finding: it has a reason, names the rule, and covers the finding's line. */
    public boolean silences(Finding finding) {
        if (reason.isEmpty() || !rules.contains(finding.rule())) {
            return false;
        }
        if (fileWide) {
            return true;
        }
        return statement.map(st -> finding.span().line() >= st.line() && finding.span().line() <= st.endLine())
                .orElse(false);
    }

    /** The suppressions of a file, in the order written: each statement's comments, then those after the last one. */
    public static List<Suppression> parse(List<Statement> statements, List<Comment> trailing) {
        List<Suppression> out = new ArrayList<>();
        for (Statement st : statements) {
            // comments stacked right above the statement, without a blank line (several may share a line)
            int top = st.span().line();
            List<Comment> comments = st.comments();
            for (int i = comments.size() - 1; i >= 0; i--) {
                Comment c = comments.get(i);
                boolean inside = c.span().line() >= st.span().line() && c.span().line() <= st.span().endLine();
                boolean stacked = !inside && c.span().endLine() < st.span().line() && c.span().endLine() >= top - 1;
                if (stacked) {
                    top = Math.min(top, c.span().line());
                }
                parseOne(c, inside || stacked ? Optional.of(st.span()) : Optional.empty()).ifPresent(out::add);
            }
        }
        for (Comment c : trailing) {
            parseOne(c, Optional.empty()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A migralint-ignore comment: {@code migralint-ignore[-file] rule[, rule]: reason}. Without the colon there is
     * no reason. A line-level one that applies to no statement is kept, so it is reported unused.
     */
    private static Optional<Suppression> parseOne(Comment c, Optional<SourceSpan> statement) {
        String text = c.text().strip();
        if (text.endsWith("*/")) {
            text = text.substring(0, text.length() - 2);
        }
        int at = text.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = text.substring(at + MARKER.length());
        boolean fileWide = rest.startsWith("-file");
        if (fileWide) {
            rest = rest.substring("-file".length());
        }
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ':') {
            return Optional.empty(); // some other word that starts like ours
        }
        Matcher m = RULE_LIST.matcher(rest);
        List<String> rules = m.lookingAt() ? List.of(m.group(1).split("\\s*,\\s*")) : List.of();
        String after = m.lookingAt() ? rest.substring(m.end()).strip() : rest.strip();
        String reason = after.startsWith(":") ? after.substring(1).strip() : "";
        return Optional.of(new Suppression(c, fileWide, rules, reason, fileWide ? Optional.empty() : statement));
    }
}
