package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DropTable;
import dev.migralint.change.RenameTable;
import dev.migralint.schema.Schema;
import java.util.HashSet;
import java.util.Set;

/**
 * The tables created by migrations production has not applied yet: with {@code --changed-since REF}, every migration
 * added since REF reaches production in the same {@code prisma migrate deploy}, so a table one of them creates is
 * empty and unused in the others as much as in its own. Spans the migrations of one run; without git it stays empty.
 */
final class UndeployedTables {
    private final Set<String> tables = new HashSet<>();

    /** True for a migration whose file git did not have at the base revision. */
    static boolean undeployed(MigrationChanges migration) {
        return migration.git().map(g -> !g.presentAtBase()).orElse(false);
    }

    /** Notes what the change does to the set; call it with the schema as it stands before the change is applied. */
    void remember(MigrationChanges migration, Change change, Schema schema) {
        if (change instanceof CreateTable ct && undeployed(migration)
                && !(ct.ifNotExists() && schema.table(ct.table()).isPresent())) {
            tables.add(ct.table());
        } else if (change instanceof RenameTable rt && tables.remove(rt.from())) {
            tables.add(rt.to());
        } else if (change instanceof DropTable dt) {
            tables.remove(dt.table());
        }
    }

    boolean contains(String table) {
        return tables.contains(table);
    }
}
