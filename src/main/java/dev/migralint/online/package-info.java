/**
 * What a statement does to a live server: the online-DDL cost model. For MySQL and MariaDB it predicts the algorithm
 * the server picks (INSTANT, INPLACE, COPY), whether the table is rebuilt and the least lock the statement can run
 * with; for PostgreSQL the lock level taken on each table and whether the table is rewritten or scanned under it.
 * Predictions depend on the {@link dev.migralint.online.Target} server version. Reads {@code change} and
 * {@code schema}; rules and the {@code explain-plan} command read it.
 */
package dev.migralint.online;
