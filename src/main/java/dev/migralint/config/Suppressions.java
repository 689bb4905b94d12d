package dev.migralint.config;

import dev.migralint.rule.Category;
import dev.migralint.rule.Finding;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.source.Comment;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acknowledgements written in a migration. {@code -- migralint-ignore drop-column: moved to the archive table in
 * #482} on the line(s) right above a statement, or at the end of one of its lines, suppresses that rule for that
 * statement; {@code -- migralint-ignore-file rule: reason} anywhere suppresses it for the whole file. A reason is
 * required; a suppression that silences nothing is reported, so stale ones do not pile up. Suppressed findings are
 * kept, marked with their reason, for JSON and SARIF.
 */
public final class Suppressions {
    public static final RuleInfo UNUSED = RuleInfo.of("unused-suppression", Category.HYGIENE, Severity.WARNING,
            "A migralint-ignore comment that suppresses nothing");
    public static final RuleInfo WITHOUT_REASON = RuleInfo.of("suppression-without-reason", Category.HYGIENE,
            Severity.ERROR, "A migralint-ignore comment without a reason, which therefore suppresses nothing");
    /** The rules this pass reports, for `migralint rules`, docs and SARIF. */
    public static final List<RuleInfo> RULES = List.of(WITHOUT_REASON, UNUSED);

    private static final String MARKER = "migralint-ignore";
    private static final Pattern RULE_LIST = Pattern.compile("\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    /** One parsed comment; {@code statement} is the one it applies to (empty for file-wide ones). */
    private record Ignore(Comment comment, boolean fileWide, List<String> rules, String reason,
                          Optional<SourceSpan> statement) {
    }

    private Suppressions() {
    }

    /**
     * Applies the file's suppressions to its findings (all of one file, display path {@code file}) and returns them,
     * with findings about the suppressions themselves added. {@code active} rule ids are those that ran: a
     * suppression of a rule that was switched off is not called unused.
     */
    public static List<Finding> apply(String file, List<Statement> statements, List<Comment> trailing,
                                      List<Finding> findings, Set<String> active) {
        List<Ignore> ignores = parse(statements, trailing);
        if (ignores.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        Set<Ignore> used = new HashSet<>();
        for (Finding f : findings) {
            Finding result = f;
            for (Ignore ig : ignores) {
                if (!ig.reason().isEmpty() && ig.rules().contains(f.rule()) && covers(ig, f.span())) {
                    result = f.withSuppression(ig.reason());
                    used.add(ig);
                    break;
                }
            }
            out.add(result);
        }
        for (Ignore ig : ignores) {
            SourceSpan at = ig.comment().span();
            String what = "migralint-ignore" + (ig.fileWide() ? "-file" : "");
            if (ig.rules().isEmpty()) {
                out.add(finding(UNUSED, file, at, what + " names no rule, so it suppresses nothing",
                        "Write the rule id after it: -- " + what + " drop-column: why this is safe"));
            } else if (ig.reason().isEmpty()) {
                out.add(finding(WITHOUT_REASON, file, at, what + " " + String.join(", ", ig.rules())
                                + " gives no reason, so it suppresses nothing",
                        "Say why the change is safe after a colon: -- " + what + " " + ig.rules().get(0)
                                + ": moved to the archive table in #482"));
            } else if (!used.contains(ig) && ig.rules().stream().anyMatch(active::contains)) {
                out.add(finding(UNUSED, file, at, what + " " + String.join(", ", ig.rules())
                                + " suppresses nothing " + (ig.fileWide() ? "in this file" : "on this statement"),
                        "Remove it: the finding it was written for is gone."));
            }
        }
        return out;
    }

    private static Finding finding(RuleInfo info, String file, SourceSpan at, String message, String hint) {
        return new Finding(info.id(), info.severity(), info.category(), file, at, message, hint);
    }

    private static boolean covers(Ignore ig, SourceSpan finding) {
        if (ig.fileWide()) {
            return true;
        }
        SourceSpan st = ig.statement().orElseThrow();
        return finding.line() >= st.line() && finding.line() <= st.endLine();
    }

    private static List<Ignore> parse(List<Statement> statements, List<Comment> trailing) {
        List<Ignore> out = new ArrayList<>();
        for (Statement st : statements) {
            // comments stacked right above the statement, without a blank line (several may share a line)
            int top = st.span().line();
            List<Comment> comments = new ArrayList<>(st.comments());
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
    private static Optional<Ignore> parseOne(Comment c, Optional<SourceSpan> statement) {
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
        if (!fileWide && statement.isEmpty()) {
            statement = Optional.of(new SourceSpan(0, 0, -1, 0, -1, 0)); // applies nowhere
        }
        return Optional.of(new Ignore(c, fileWide, rules, reason, statement));
    }
}
