package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropTable;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags a DELETE with a WHERE on an existing table: the rows are gone for good, and only a snapshot taken before the
 * deploy brings them back. (Without a WHERE it is {@code truncate-table}.)
 */
public final class DeleteRowsRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("delete-rows", Category.DESTRUCTIVE, Severity.WARNING,
            "DELETE … WHERE removes rows that only a backup brings back");

    /** The DELETE keyword of the statement (after a WITH, when the statement has one). */
    private static final Pattern DELETE_FROM = Pattern.compile("(?i)\\bDELETE\\s+FROM\\b");
    /** A DELETE of more than its table (PostgreSQL USING, MySQL JOIN or {@code DELETE t FROM}), counted apart. */
    private static final Pattern MULTI_TABLE = Pattern.compile("(?i)\\b(USING|JOIN)\\b|\\bDELETE\\s+(?!FROM\\b)\\S");
    /** MySQL's DELETE … LIMIT n: a COUNT(*) with the same LIMIT would count every matching row, not n. */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\bLIMIT\\b");
    /** A trailing RETURNING list (PostgreSQL), outside any quotes in practice. */
    private static final Pattern RETURNING = Pattern.compile("(?is)\\s+RETURNING\\s+[^;]*$");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof DataChange dc) || dc.kind() != DataChange.Kind.DELETE || dc.where().isEmpty()
                || ctx.createdInThisMigration(dc.table()) || ctx.emptiedInThisMigration(dc.table())
                || droppedLater(dc.table(), ctx.laterInMigration())
                || dc.table().equalsIgnoreCase(PrismaMigrationsTableRule.TABLE)) {
            return;
        }
        ctx.report("DELETE removes rows of " + dc.table() + " for good: once deployed, only a backup brings them back",
                "Count what it deletes before the deploy (" + countQuery(dc, ctx)
                        + "), take a snapshot of " + dc.table() + " first, or copy the rows to an archive table in "
                        + "the same migration.");
    }

    /** Rows deleted from a table the same migration drops: {@code drop-table} already says every row goes. */
    private static boolean droppedLater(String table, List<Change> later) {
        return later.stream().anyMatch(c -> c instanceof DropTable dt && dt.table().equals(table));
    }

    /**
     * The statement itself with {@code SELECT COUNT(*)} in place of {@code DELETE}, so aliases and a WITH clause
     * still resolve. A multi-table DELETE or one with a LIMIT has no faithful one-line count: then it says how to
     * write one.
     */
    static String countQuery(DataChange dc, RuleContext ctx) {
        String text = ctx.statementText().strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        var delete = DELETE_FROM.matcher(text);
        boolean oneLineable = !text.contains("--") && !text.contains("/*") && !text.contains("#")
                && text.length() <= 600;
        if (MULTI_TABLE.matcher(text).find() || LIMIT.matcher(text).find()) {
            return "a SELECT COUNT(DISTINCT key) with the same FROM, JOIN and WHERE; with a LIMIT, at most that many";
        }
        if (oneLineable && delete.find()) {
            String count = text.substring(0, delete.start()) + "SELECT COUNT(*) FROM" + text.substring(delete.end());
            // RETURNING belongs to the DELETE; a COUNT with it does not parse
            return oneLine(RETURNING.matcher(count).replaceFirst(""));
        }
        if (text.regionMatches(true, 0, "WITH", 0, 4)) {
            // the WHERE alone would name the WITH's queries without defining them
            return "the statement's WITH and WHERE with SELECT COUNT(*) FROM in place of DELETE FROM";
        }
        return "SELECT COUNT(*) FROM " + Quoting.quote(dc.table(), ctx.dialect()) + " WHERE "
                + oneLine(dc.where().orElse(""));
    }

    /** Each run of whitespace one space, except inside '…' literals, whose spaces are data. */
    private static String oneLine(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
