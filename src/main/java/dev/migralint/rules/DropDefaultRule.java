package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ModifyColumn;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Column;
import java.util.Optional;

/**
 * Flags removing the default of an existing NOT NULL column: old code that leaves the column out of its INSERTs
 * fails from then on. Silent when the same migration sets a default again (Prisma's enum rewrite drops and restores
 * the default around the type change).
 */
public final class DropDefaultRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-default", Category.BACKWARDS_INCOMPATIBLE,
            Severity.WARNING, "Dropping the default of a NOT NULL column breaks inserts that omit it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<ExistingColumnChange> existing = ExistingColumnChange.of(change, ctx);
        if (existing.isEmpty()) {
            return;
        }
        ModifyColumn mc = existing.get().change();
        Column before = existing.get().before();
        if (before.autoIncrement()) {
            boolean removed = mc.alteration() instanceof ColumnAlteration.DropDefault
                    || mc.alteration() instanceof ColumnAlteration.Redefine r && !r.after().autoIncrement();
            if (removed && !defaultRestoredLater(mc, ctx)) {
                ctx.report("the auto-increment of " + mc.table() + "." + mc.column() + " is removed: INSERTs that "
                                + "leave the column out (as Prisma's create does for @default(autoincrement())) fail",
                        "Deploy code that always writes the column first, then remove the auto-increment in a "
                                + "later migration.");
            }
            return;
        }
        if (before.defaultValue().isEmpty()) {
            return;
        }
        boolean requiredAfter;
        if (mc.alteration() instanceof ColumnAlteration.DropDefault) {
            requiredAfter = !before.nullable();
        } else if (mc.alteration() instanceof ColumnAlteration.Redefine r && r.after().defaultValue().isEmpty()) {
            requiredAfter = !r.after().nullable() && !r.after().autoIncrement();
        } else {
            return;
        }
        if (!requiredAfter || defaultRestoredLater(mc, ctx)) {
            return;
        }
        ctx.report("the default " + before.defaultValue().get() + " of NOT NULL column " + mc.table() + "."
                        + mc.column() + " is dropped: INSERTs that leave the column out fail from now on",
                "Deploy code that always writes the column first, then drop the default in a later migration.");
    }

    /** A default set again later in this migration (Prisma's enum rewrite drops it around the type change). */
    static boolean defaultRestoredLater(ModifyColumn mc, RuleContext ctx) {
        for (Change c : ctx.laterInMigration()) {
            if (c instanceof ModifyColumn later && later.table().equals(mc.table())
                    && later.column().equalsIgnoreCase(mc.column())
                    && (later.alteration() instanceof ColumnAlteration.SetDefault
                    || later.alteration() instanceof ColumnAlteration.Redefine r
                    && r.after().defaultValue().isPresent())) {
                return true;
            }
        }
        return false;
    }
}
