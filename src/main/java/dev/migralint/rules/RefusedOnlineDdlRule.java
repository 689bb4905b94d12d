package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.online.MysqlVerdict;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;

/**
 * MySQL and MariaDB: a statement that asks for an {@code ALGORITHM=} or {@code LOCK=} the target cannot give for its
 * clauses. The server refuses it (errors 1845/1846) and the migration stops there, half applied.
 */
public final class RefusedOnlineDdlRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("refused-online-ddl", Category.MAY_FAIL, Severity.ERROR,
            "An ALTER that asks for an ALGORITHM or LOCK the server cannot give, so the server refuses it")
            .targeting("MySQL and MariaDB");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!ctx.firstInStatement()) {
            return;
        }
        ctx.statementVerdict().filter(MysqlVerdict.class::isInstance).map(MysqlVerdict.class::cast)
                .filter(v -> v.refused().isPresent())
                .ifPresent(v -> ctx.report(v.target() + " refuses this statement: " + v.refused().get()
                                + " (error 1845 or 1846); the migration stops here with the statements before it "
                                + "applied",
                        "Drop the ALGORITHM=/LOCK= request and accept what the server does (see `migralint "
                                + "explain-plan`), or do the change another way: an online schema change tool "
                                + "(gh-ost, pt-online-schema-change) copies without blocking writes."));
    }
}
