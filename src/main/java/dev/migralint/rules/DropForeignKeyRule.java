package dev.migralint.rules;

import dev.migralint.change.AddForeignKey;
import dev.migralint.change.Change;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropTable;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.ForeignKey;
import java.util.Optional;

/**
 * Notes a foreign key drop: the database stops enforcing the relation. Silent for Prisma's drop-and-recreate (to
 * change ON DELETE, or around a column change) and for keys of a table the migration drops anyway.
 */
public final class DropForeignKeyRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-foreign-key", Category.LOST_GUARANTEE, Severity.INFO,
            "Dropping a foreign key stops the database enforcing the relation");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        String table;
        String name;
        if (change instanceof DropForeignKey df) {
            table = df.table();
            name = df.name();
        } else if (change instanceof DropConstraint dc && dc.name().endsWith("_fkey")) {
            table = dc.table();
            name = dc.name();
        } else {
            return;
        }
        if (ctx.createdInThisMigration(table) || addedInThisMigration(table, name, ctx)) {
            return;
        }
        Optional<ForeignKey> known = ctx.schema().table(table).flatMap(t -> t.foreignKey(name));
        for (Change later : ctx.laterInMigration()) {
            if (later instanceof DropTable dt && dt.table().equals(table)) {
                return;
            }
            if (later instanceof DropColumn dc && dc.table().equals(table) && known.isPresent()
                    && known.get().columns().stream().anyMatch(c -> c.equalsIgnoreCase(dc.column()))) {
                return; // the relation goes with its column (MySQL even requires this order)
            }
            if (later instanceof AddForeignKey add && add.table().equals(table)
                    && (add.foreignKey().name().filter(n -> n.equalsIgnoreCase(name)).isPresent()
                    || known.filter(k -> k.columns().equals(add.foreignKey().columns())).isPresent())) {
                return;
            }
        }
        report(ctx, table, name, known);
    }

    private static void report(RuleContext ctx, String table, String name, Optional<ForeignKey> known) {
        ctx.report("foreign key " + name + " of " + table
                        + known.map(k -> Tables.columns(k.columns()) + " to " + k.referencedTable()).orElse("")
                        + " is dropped: the database no longer keeps the relation consistent",
                "Make sure the application (or Prisma's relationMode = \"prisma\") enforces the relation now.");
    }

    private static boolean addedInThisMigration(String table, String name, RuleContext ctx) {
        return ctx.earlierInMigration().stream().anyMatch(c -> c instanceof AddForeignKey add
                && add.table().equals(table) && add.foreignKey().name().filter(n -> n.equalsIgnoreCase(name))
                .isPresent());
    }
}
