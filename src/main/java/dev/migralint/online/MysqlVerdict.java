package dev.migralint.online;

import java.util.List;
import java.util.Optional;

/**
 * A MySQL or MariaDB prediction. {@code algorithm} is the cheapest one the server accepts for the statement, and
 * {@code lock} the least lock it can run with under that algorithm (what the server picks when the statement names
 * neither). {@code refused} says why the server would reject an {@code ALGORITHM=} or {@code LOCK=} the statement
 * asks for.
 */
public record MysqlVerdict(Target target, String table, boolean newTable, Algorithm algorithm, boolean rebuild,
                           Lock lock, List<String> reasons, Optional<String> refused) implements Verdict {
    public MysqlVerdict {
        reasons = List.copyOf(new java.util.LinkedHashSet<>(reasons));
    }

    /** Ends a reason for a clause that would be INSTANT on its own but rebuilds next to the statement's others. */
    public static final String INSTANT_ALONE = "(INSTANT in a statement of its own)";

    /** MySQL's algorithms, cheapest first. MariaDB's NOCOPY is INPLACE without a rebuild. */
    public enum Algorithm { INSTANT, INPLACE, COPY }

    /** The LOCK clause values: NONE lets reads and writes go on, SHARED only reads, EXCLUSIVE neither. */
    public enum Lock { NONE, SHARED, EXCLUSIVE }

    /** The same verdict for a table created earlier in the migration: nothing to copy, nobody waiting. */
    public MysqlVerdict onNewTable() {
        return new MysqlVerdict(target, table, true, algorithm, rebuild, lock, reasons, refused);
    }

    @Override
    public boolean rebuilds() {
        return !newTable && rebuild;
    }

    /** An INSTANT change holds its lock only for a catalog update (MariaDB's RENAME needs EXCLUSIVE for that). */
    @Override
    public boolean blocksWrites() {
        return !newTable && lock != Lock.NONE && algorithm != Algorithm.INSTANT && refused.isEmpty();
    }

    /** The algorithm as the target's manual names it: MariaDB calls an in-place change without rebuild NOCOPY. */
    public String algorithmName() {
        if (algorithm == Algorithm.INPLACE && !rebuild && target.isMariaDb()) {
            return "NOCOPY";
        }
        return algorithm.name();
    }

    @Override
    public String summary() {
        if (refused.isPresent()) {
            return "refused: " + refused.get();
        }
        if (newTable) {
            return "new table: no rows to copy, nobody waiting";
        }
        return "ALGORITHM=" + algorithmName() + ", " + (rebuild ? "rebuilds the table" : "no rebuild")
                + ", LOCK=" + lock;
    }
}
