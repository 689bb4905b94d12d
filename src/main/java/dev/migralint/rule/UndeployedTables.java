package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DropTable;
import dev.migralint.change.RenameTable;
import dev.migralint.schema.Schema;
import dev.migralint.source.NaturalOrder;
import java.util.HashSet;
import java.util.Set;

/**
 * The tables created by migrations production has not applied yet: with {@code --changed-since REF}, every migration
 * added since REF reaches production in the same {@code prisma migrate deploy}, so a table one of them creates is
 * empty and unused in the others as much as in its own. Spans the migrations of one run; without git it stays empty.
 */
final class UndeployedTables {
    private final Set<String> tables = new HashSet<>();

    /**
     * True for a migration whose file git did not have at the base revision and that sorts after every migration
     * there. One that sorts before is out of order (or git could not tell, as behind a repointed folder link):
     * its tables are taken as existing, which only ever reports more.
     */
    static boolean undeployed(MigrationChanges migration) {
        return migration.git().filter(g -> !g.presentAtBase())
                .map(g -> g.newestMigrationAtBase().map(n -> NaturalOrder.INSTANCE.compare(migration.name(), n) > 0)
                        .orElse(true))
                .orElse(false);
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
