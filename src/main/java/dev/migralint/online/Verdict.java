package dev.migralint.online;

import java.util.List;

/**
 * What one statement does to a live server, as the cost model predicts it for a {@link Target}. A statement runs as
 * one operation: an {@code ALTER TABLE} with three clauses takes the costliest algorithm and strongest lock of the
 * three.
 */
public sealed interface Verdict permits MysqlVerdict, PostgresVerdict {
    Target target();

    /** The table the statement changes. */
    String table();

    /** The table was created earlier in the same migration: it is empty and nobody uses it yet, so nothing waits. */
    boolean newTable();

    /** MySQL and MariaDB rebuild the table (copy every row); PostgreSQL rewrites it. */
    boolean rebuilds();

    /** Writes to an existing table wait for longer than a catalog update (a copy, a scan, an index build). */
    boolean blocksWrites();

    /** The operations behind the verdict, as a reviewer reads them ("changing `age` from INT to BIGINT"). */
    List<String> reasons();

    /** One line for {@code explain-plan}: algorithm, rebuild and lock, or PostgreSQL's lock and work. */
    String summary();
}
