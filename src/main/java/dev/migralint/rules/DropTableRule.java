package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DropTable;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.ForeignKey;
import java.util.List;

/** Flags a table drop: its rows are gone, and old code still queries it during the deploy window. */
public final class DropTableRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-table", Category.DESTRUCTIVE, Severity.ERROR,
            "Dropping a table loses its rows and breaks code that still reads it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (UnknownReferenceRule.namesNothing(change, ctx)) {
            return; // a name no migration created: unknown-reference says so, and nothing is lost or renamed
        }
        if (!(change instanceof DropTable drop) || ctx.createdInThisMigration(drop.table())) {
            return;
        }
        if (drop.ifExists() && ctx.schema().table(drop.table()).isEmpty() && ctx.laterInMigration().stream()
                .anyMatch(c -> c instanceof CreateTable ct && ct.table().equals(drop.table()))) {
            return; // a dump-style "drop if there, create": the history never had the table
        }
        List<String> referencing = ctx.schema().foreignKeysReferencing(drop.table()).stream()
                .filter(fk -> !fk.table().equals(drop.table()))
                .map(ForeignKey::table).distinct().toList();
        String message = "table " + drop.table() + " is dropped with all its rows"
                + (referencing.isEmpty() ? "" : "; foreign keys of " + String.join(", ", referencing)
                + " still reference it");
        ctx.report(message, "Stop using the table in a deploy first, back it up (or rename it and keep it until "
                + "you are sure), and drop it in a later migration.");
    }
}
