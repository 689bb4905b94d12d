package dev.migralint.rules;

import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.rule.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * A primary key drop, and the key that replaces it later in the same migration if any: the difference between
 * {@code drop-primary-key} and {@code change-primary-key}. A {@code DROP CONSTRAINT "T_pkey"} the history cannot
 * resolve counts by Prisma's naming.
 */
record DroppedPrimaryKey(String table, List<String> before, Optional<AddPrimaryKey> replacement) {

    static Optional<DroppedPrimaryKey> of(Change change, RuleContext ctx) {
        String table;
        if (change instanceof DropPrimaryKey dp) {
            table = dp.table();
        } else if (change instanceof DropConstraint dc && dc.name().endsWith("_pkey")) {
            table = dc.table();
        } else {
            return Optional.empty();
        }
        if (ctx.createdInThisMigration(table)) {
            return Optional.empty();
        }
        List<String> before = ctx.schema().table(table).map(t -> t.primaryKey()).orElse(List.of());
        Optional<AddPrimaryKey> next = ctx.laterInMigration().stream()
                .filter(c -> c instanceof AddPrimaryKey pk && pk.table().equals(table))
                .map(c -> (AddPrimaryKey) c).findFirst();
        return Optional.of(new DroppedPrimaryKey(table, before, next));
    }
}
