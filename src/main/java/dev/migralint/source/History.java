package dev.migralint.source;

import java.util.List;

/** An ordered migration history in one dialect: a Prisma migrations folder, or plain SQL files. */
public record History(String root, Dialect dialect, List<Migration> migrations) {
    public History {
        migrations = List.copyOf(migrations);
    }

    public long reportedCount() {
        return migrations.stream().filter(Migration::reported).count();
    }
}
