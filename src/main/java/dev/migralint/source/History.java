package dev.migralint.source;

import java.util.List;

/**
 * An ordered migration history in one dialect: a Prisma migrations folder, or plain SQL files. {@code refused}
 * says, for each migration file discovery would not read (a link out of the {@link ReadableTree}), why: the run
 * reports them as unreadable files.
 */
public record History(String root, Dialect dialect, List<Migration> migrations, List<String> refused) {
    public History {
        migrations = List.copyOf(migrations);
        refused = List.copyOf(refused);
    }

    public History(String root, Dialect dialect, List<Migration> migrations) {
        this(root, dialect, migrations, List.of());
    }

    public long reportedCount() {
        return migrations.stream().filter(Migration::reported).count();
    }
}
