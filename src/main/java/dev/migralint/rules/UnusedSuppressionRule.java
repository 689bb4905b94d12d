package dev.migralint.rules;

import dev.migralint.rule.Category;
import dev.migralint.rule.MigrationInfo;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.rule.Suppression;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a {@code migralint-ignore} comment that silences nothing, and says why: it names no rule, names a rule there
 * is not (a typo), stands beside no statement (a blank line between), or the finding it was written for is gone.
 * Stale ones pile up and would hide the next real finding on that statement.
 */
public final class UnusedSuppressionRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("unused-suppression", Category.HYGIENE, Severity.WARNING,
            "A migralint-ignore comment that suppresses nothing");

    /**
     * The rules about suppressions, whose findings no suppression silences: one naming only them is left alone, as
     * it always was (it silences nothing, but nothing it could silence ever goes away).
     */
    private static final Set<String> ABOUT_SUPPRESSIONS = Set.of(INFO.id(), SuppressionWithoutReasonRule.INFO.id());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkSuppressions(MigrationInfo migration, RuleContext ctx) {
        for (Suppression s : ctx.suppressions()) {
            List<String> unknown = s.rules().stream().filter(id -> !ctx.knownRules().contains(id)).toList();
            if (s.rules().isEmpty()) {
                ctx.report(s.comment().span(), s.marker() + " names no rule, so it suppresses nothing",
                        "Write the rule id after it: -- " + s.marker() + " drop-column: why this is safe");
            } else if (!unknown.isEmpty()) {
                // whether or not the rest of it silenced something, a misspelt id silences nothing
                String first = unknown.get(0);
                ctx.report(s.comment().span(), s.marker() + " names " + (unknown.size() == 1 ? "a rule" : "rules")
                                + " Migralint does not have: " + String.join(", ", unknown)
                                + closest(first, ctx).map(id -> " (did you mean " + id + "?)").orElse(""),
                        "Write the id as `migralint rules` lists it.");
            } else if (s.reason().isEmpty() || ctx.silencedAFinding(s)
                    || s.rules().stream().filter(id -> !ABOUT_SUPPRESSIONS.contains(id)).noneMatch(ctx::runs)) {
                // one without a reason is suppression-without-reason's; one for rules switched off is not stale
                continue;
            } else if (!s.applies()) {
                ctx.report(s.comment().span(), s.marker() + " " + String.join(", ", s.rules())
                                + " is beside no statement, so it suppresses nothing",
                        "Put it on the line right above the statement (no blank line between) or at the end of one "
                                + "of its lines; -- migralint-ignore-file applies to the whole file.");
            } else {
                ctx.report(s.comment().span(), s.marker() + " " + String.join(", ", s.rules())
                                + " suppresses nothing " + (s.fileWide() ? "in this file" : "on this statement"),
                        "Remove it: the finding it was written for is gone.");
            }
        }
    }

    /** The known rule id nearest to a misspelt one, when it is near enough to be what was meant. */
    private static Optional<String> closest(String typo, RuleContext ctx) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : ctx.knownRules().stream().sorted().toList()) {
            int d = distance(typo, id);
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, typo.length() / 4) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] t = previous;
            previous = row;
            row = t;
        }
        return previous[b.length()];
    }
}
