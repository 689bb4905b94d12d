package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.Unparsed;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/** Reports a statement nobody understood: no other rule could check it, so the review has a hole there. */
public final class ParseErrorRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("parse-error", Category.HYGIENE, Severity.ERROR,
            "A statement Migralint could not parse, so no rule checked it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof Unparsed unparsed) {
            String hint = unparsed.cause() == Unparsed.Cause.NOT_UTF8
                    ? "Save the migration as UTF-8 (MySQL and PostgreSQL clients send it as such)."
                    : "Fix the statement if it is wrong; if the database accepts it, review it by hand and report "
                    + "its shape to Migralint.";
            ctx.report(unparsed.problem(), hint);
        }
    }
}
