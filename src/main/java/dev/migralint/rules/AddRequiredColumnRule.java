package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.DropColumn;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a column that the running release does not know and that ends up NOT NULL without a default on an existing
 * table: {@code ADD COLUMN … NOT NULL} without a default (PostgreSQL refuses it on a non-empty table, MySQL fills old
 * rows with an implicit value), or a column added in this migration that a later statement makes required without a
 * default (Prisma's temporary {@code DEFAULT} dropped again, or a nullable column made NOT NULL). Either way the old
 * code's INSERTs, which leave the column out, fail afterwards.
 */
public final class AddRequiredColumnRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-required-column", Category.BACKWARDS_INCOMPATIBLE,
            Severity.ERROR, "A NOT NULL column without a default breaks inserts from code that does not know it");

    private static final Set<String> ZERO_DATE_TYPES = Set.of("DATE", "DATETIME", "TIMESTAMP");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (change instanceof AddColumn add && !ctx.createdInThisMigration(add.table())) {
            checkAdded(add, ctx);
        } else if (change instanceof ModifyColumn mc && !ctx.createdInThisMigration(mc.table())
                && ctx.columnAddedInThisMigration(mc.table(), mc.column())) {
            checkMadeRequired(mc, ctx);
        }
    }

    private void checkAdded(AddColumn add, RuleContext ctx) {
        ColumnDef c = add.column();
        if (!Filling.of(c).requiredWithoutDefault()) {
            return;
        }
        String name = add.table() + "." + c.name();
        String effect;
        if (ctx.dialect().isPostgresFamily()) {
            effect = "PostgreSQL rejects it if the table has rows (error 23502)";
        } else if (ZERO_DATE_TYPES.contains(c.type().name())) {
            effect = "MySQL 8 rejects it on a non-empty table under NO_ZERO_DATE (error 1292), MariaDB fills rows "
                    + "with a zero date";
        } else {
            effect = "MySQL and MariaDB fill every existing row with an implicit " + implicitValue(c) + " instead";
        }
        ctx.report("required column " + name + " (" + c.type().sql() + " NOT NULL) is added without a default: "
                        + effect + ", and INSERTs from code that does not know the column fail",
                "Add it with a DEFAULT (or nullable), backfill, deploy code that writes it, then make it required "
                        + "in a later migration.");
    }

    /**
     * A column added earlier in this migration that this change leaves NOT NULL without a default: the rows already
     * there may be fine (a temporary default or a backfill filled them), but the running release's INSERTs are not.
     */
    private void checkMadeRequired(ModifyColumn mc, RuleContext ctx) {
        Optional<Column> column = ctx.schema().column(mc.table(), mc.column());
        if (column.isEmpty() || DropDefaultRule.defaultRestoredLater(mc, ctx) || takesAnOldColumnsName(mc, ctx)) {
            return;
        }
        Filling before = Filling.of(column.get());
        Optional<Filling> after = before.after(mc.alteration());
        // required from the start is reported where the column was added
        if (before.requiredWithoutDefault() || after.isEmpty() || !after.get().requiredWithoutDefault()) {
            return;
        }
        String name = mc.table() + "." + mc.column();
        String what = before.defaultValue().isPresent()
                ? "the temporary default " + before.defaultValue().get() + " of " + name + " (added in this "
                        + "migration) is dropped: it filled the rows already there, but"
                : name + ", added in this migration, becomes NOT NULL without a default:";
        String error = ctx.dialect().isPostgresFamily() ? "error 23502" : "MySQL error 1364";
        String hint = before.defaultValue().isPresent()
                ? "Keep the DEFAULT until code that writes " + mc.column() + " runs everywhere, then drop it in a "
                        + "later migration."
                : "Make it NOT NULL in a later migration, once code that writes " + mc.column() + " runs everywhere; "
                        + "or give it a DEFAULT.";
        ctx.report(what + " every INSERT of the running release, which does not know the column, fails from now on ("
                + error + ")", hint);
    }

    /**
     * A column that replaces an old one: renamed later in this migration to the name of a column the table had
     * (dropped in between, Prisma-style hand-written type changes: add {@code x_new}, copy, drop {@code x}, rename).
     * The running release writes it under that name, so its INSERTs do not leave it out.
     */
    private static boolean takesAnOldColumnsName(ModifyColumn mc, RuleContext ctx) {
        // renamed already, before it is made required: it now has the dropped column's name
        boolean renamedIntoAnOldName = ctx.earlierInMigration().stream().anyMatch(c -> c instanceof RenameColumn r
                && r.table().equals(mc.table()) && r.to().equalsIgnoreCase(mc.column()))
                && droppedEarlier(mc.table(), mc.column(), ctx);
        if (renamedIntoAnOldName) {
            return true;
        }
        for (Change c : ctx.laterInMigration()) {
            if (c instanceof RenameColumn rename && rename.table().equals(mc.table())
                    && rename.from().equalsIgnoreCase(mc.column())) {
                String name = rename.to();
                boolean stillThereOrDropped = ctx.schema().column(mc.table(), name).isPresent()
                        || droppedEarlier(mc.table(), name, ctx);
                return stillThereOrDropped && !ctx.columnAddedInThisMigration(mc.table(), name);
            }
        }
        return false;
    }

    private static boolean droppedEarlier(String table, String column, RuleContext ctx) {
        return ctx.earlierInMigration().stream().anyMatch(c -> c instanceof DropColumn drop
                && drop.table().equals(table) && drop.column().equalsIgnoreCase(column));
    }

    /** What an INSERT that leaves the column out gets: NULL, the default, or a value the server makes. */
    private record Filling(boolean nullable, Optional<String> defaultValue, boolean serverMade) {
        static Filling of(ColumnDef c) {
            return new Filling(c.nullable() && !c.primaryKey(), c.defaultValue(), c.autoIncrement() || c.generated());
        }

        static Filling of(Column c) {
            return new Filling(c.nullable(), c.defaultValue(), c.autoIncrement() || c.generated());
        }

        /** Empty for alterations that change neither nullability nor the default. */
        Optional<Filling> after(ColumnAlteration alteration) {
            if (alteration instanceof ColumnAlteration.Redefine r) {
                return Optional.of(of(r.after()));
            }
            if (alteration instanceof ColumnAlteration.SetNotNull) {
                return Optional.of(new Filling(false, defaultValue, serverMade));
            }
            if (alteration instanceof ColumnAlteration.DropDefault) {
                return Optional.of(new Filling(nullable, Optional.empty(), serverMade));
            }
            return Optional.empty();
        }

        /** An INSERT that leaves the column out fails. */
        boolean requiredWithoutDefault() {
            return !nullable && defaultValue.isEmpty() && !serverMade;
        }
    }

    private static String implicitValue(ColumnDef c) {
        if (c.type().isEnumLike() && !c.type().args().isEmpty()) {
            return "'" + c.type().args().get(0) + "'";
        }
        return switch (c.type().name()) {
            case "VARCHAR", "CHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT" -> "''";
            case "JSON" -> "null JSON value";
            case "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY" -> "empty byte string";
            default -> "0";
        };
    }
}
