package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.DataChange;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags, on PostgreSQL, an UPDATE that may touch every row of an existing table: inside the migration's transaction
 * it holds a row lock on each row until commit and writes a new version of every tuple, so on a large table writes to
 * it wait for the whole migration. MySQL's case is {@code mixed-ddl-and-data}.
 */
public final class UpdateAllRowsRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("update-all-rows", Category.LOCKING, Severity.WARNING,
            "On PostgreSQL, an UPDATE of every row locks them all until the migration commits");

    /** {@code [alias.]col IS NOT NULL}, names quoted or not: true of every row when the column is NOT NULL. */
    private static final Pattern NOT_NULL_TEST = Pattern.compile(
            "(?is)\\s*(?:(?:\\w+|\"[^\"]+\")\\.)?(?:\"([^\"]+)\"|(\\w+))\\s+IS\\s+NOT\\s+NULL\\s*");
    private static final Pattern ALWAYS_TRUE = Pattern.compile("(?is)\\s*(TRUE|1\\s*=\\s*1)\\s*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (ctx.dialect() != Dialect.POSTGRESQL || !(change instanceof DataChange dc)
                || dc.kind() != DataChange.Kind.UPDATE || ctx.createdInThisMigration(dc.table())
                || ctx.emptiedInThisMigration(dc.table())
                || dc.table().equalsIgnoreCase(PrismaMigrationsTableRule.TABLE)) { // that rule says it
            return;
        }
        Optional<String> why = everyRow(dc, ctx);
        if (why.isPresent()) {
            ctx.report("this UPDATE rewrites every row of " + dc.table() + " (" + why.get() + "): each row stays "
                            + "locked until the migration commits, so writes to " + dc.table()
                            + " wait for the whole migration",
                    "On a large table, backfill in batches outside the migration (UPDATE … WHERE id BETWEEN … "
                            + "committed one batch at a time), or check the size first: SELECT COUNT(*) FROM "
                            + Quoting.quote(dc.table(), ctx.dialect()) + ";");
        }
    }

    /** Why the UPDATE reaches every row, when it does; empty when its WHERE may narrow it. */
    private static Optional<String> everyRow(DataChange dc, RuleContext ctx) {
        if (dc.where().isEmpty()) {
            return Optional.of("it has no WHERE");
        }
        String where = dc.where().get();
        if (ALWAYS_TRUE.matcher(where).matches()) {
            return Optional.of("its WHERE is always true");
        }
        Optional<Table> table = ctx.schema().table(dc.table());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        // the WHERE is sure to match every row where one of these is NULL: every row, if one is NULL in all of them
        for (String name : dc.reached().nullColumns()) {
            if (AddedColumn.allNull(table.get(), name, ctx)) {
                return Optional.of(name + " was added in this migration without a default, so it is NULL in every "
                        + "row");
            }
        }
        Matcher m = NOT_NULL_TEST.matcher(where);
        if (m.matches()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT);
            if (table.get().column(name).map(c -> !c.nullable()).orElse(false)) {
                return Optional.of(name + " is NOT NULL, so every row has a value");
            }
        }
        return Optional.empty();
    }
}
