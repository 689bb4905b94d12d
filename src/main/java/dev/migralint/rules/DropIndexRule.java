package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Table;
import java.util.Optional;

/** Flags dropping a (non-unique) index of an existing table: queries that used it slow down. */
public final class DropIndexRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("drop-index", Category.LOST_GUARANTEE, Severity.WARNING,
            "Dropping an index slows the queries that used it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<DroppedIndex> dropped = DroppedIndex.of(change, ctx);
        if (dropped.isEmpty() || dropped.get().unique() || dropped.get().replacedOrNew(ctx)) {
            return;
        }
        DroppedIndex d = dropped.get();
        String fkNote = ctx.dialect().isPostgresFamily() ? "" : foreignKeyNeeding(d, ctx)
                .map(fk -> "; foreign key " + fk.name() + " needs it, so MySQL refuses the drop (error 1553)")
                .orElse("");
        if (fkNote.isEmpty() && d.goesWithALaterDroppedColumn(ctx)) {
            return; // drop-column reports the column and names this index
        }
        if (fkNote.isEmpty()) {
            ctx.report("index " + d.describe() + " is dropped",
                    "Check that no frequent query needs it (EXPLAIN them on production data) before dropping.");
        } else {
            // the statement will fail, not just slow queries down
            ctx.report(Severity.ERROR, "index " + d.describe() + " is dropped" + fkNote,
                    "Drop or change the foreign key first, or keep another index that starts with its columns.");
        }
    }

    /** A foreign key whose columns this index leads with, when no other index could serve it. */
    private static Optional<ForeignKey> foreignKeyNeeding(DroppedIndex d, RuleContext ctx) {
        Optional<Table> table = ctx.schema().table(d.table());
        if (table.isEmpty() || d.known().isEmpty()) {
            return Optional.empty();
        }
        Index index = d.known().get();
        for (ForeignKey fk : table.get().foreignKeys()) {
            if (leads(index, fk) && table.get().indexes().stream()
                    .filter(other -> !other.name().equals(index.name())).noneMatch(other -> leads(other, fk))
                    && !leadsList(table.get().primaryKey(), fk)) {
                return Optional.of(fk);
            }
        }
        return Optional.empty();
    }

    private static boolean leads(Index index, ForeignKey fk) {
        return leadsList(index.columns(), fk);
    }

    private static boolean leadsList(java.util.List<String> columns, ForeignKey fk) {
        if (columns.size() < fk.columns().size()) {
            return false;
        }
        for (int i = 0; i < fk.columns().size(); i++) {
            if (!columns.get(i).equalsIgnoreCase(fk.columns().get(i))) {
                return false;
            }
        }
        return true;
    }
}
