package dev.migralint.online;

import dev.migralint.change.Change;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A PostgreSQL prediction: the strongest lock the statement takes on each table it touches (held until the
 * transaction ends), and the work it does under the lock on its own table.
 */
public record PostgresVerdict(Target target, String table, boolean newTable, Map<String, PgLock> locks, Work work,
                              List<Cause> causes) implements Verdict {
    public PostgresVerdict {
        locks = Map.copyOf(locks);
        causes = List.copyOf(causes);
    }

    /** What one change of the statement does under the lock. */
    public record Cause(Change change, Work work, String text) {
    }

    @Override
    public List<String> reasons() {
        return causes.stream().map(Cause::text).toList();
    }

    /** What the statement does while it holds its lock, cheapest first. */
    public enum Work {
        CATALOG("catalog update only"), SCAN("scans every row"), INDEX_BUILD("builds an index"),
        REWRITE("rewrites the table");

        private final String text;

        Work(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The lock on the statement's own table. */
    public PgLock lock() {
        return locks.getOrDefault(table, PgLock.NONE);
    }

    @Override
    public boolean rebuilds() {
        return !newTable && work == Work.REWRITE;
    }

    @Override
    public boolean blocksWrites() {
        return !newTable && work != Work.CATALOG && lock().blocksWrites();
    }

    @Override
    public String summary() {
        if (newTable) {
            return "new table: no rows to scan, nobody waiting";
        }
        String held = locks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().sqlName() + " on " + e.getKey()).collect(Collectors.joining(", "));
        return (held.isEmpty() ? "no table lock" : held) + "; " + work.text();
    }
}
