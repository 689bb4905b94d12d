package dev.migralint.online;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Watches what a fixture case does on a real PostgreSQL. The setup runs, committed, in a fresh schema; then, in one
 * transaction that is rolled back, the case's statement runs and the observer reads what it left behind:
 * <ul>
 *   <li>the relation locks this backend holds ({@code pg_locks}), the strongest mode per table and per other relation
 *       (index, sequence); locks are held to the end of the transaction, so this is the strongest lock the
 *       statement took;</li>
 *   <li>which existing tables and indexes got a new {@code pg_class.relfilenode}: a table rewrite (or a TRUNCATE),
 *       an index rebuild;</li>
 *   <li>the sequential scans each table got ({@code pg_stat_xact_user_tables.seq_scan} delta): a validation scan or
 *       a rewrite shows up here.</li>
 * </ul>
 * Tables are named as they were before the statement, so a renamed or dropped table keeps its name.
 *
 * <pre>{@code
 * PostgresObserver observer = new PostgresObserver(server.connection());
 * PostgresObserver.Observation seen = observer.observe(fixture.setupSql(), fixtureCase);
 * seen.tableLocks().get("User");   // LockMode.ACCESS_EXCLUSIVE
 * seen.rewrittenTables();          // [User]
 * }</pre>
 */
final class PostgresObserver {

    /** The schema each case runs in; dropped and created again for every case. */
    static final String SCHEMA = "migralint_case";

    /** PostgreSQL's table-level lock modes, weakest first (the documentation's order, "Table-Level Locks"). */
    enum LockMode {
        ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
        ACCESS_EXCLUSIVE;

        /** From {@code pg_locks.mode}, e.g. {@code ShareUpdateExclusiveLock}. */
        static LockMode ofPgLocks(String mode) {
            String words = mode.replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2");
            return valueOf(words.toUpperCase(java.util.Locale.ROOT));
        }

        /** As {@code pg_locks} and the documentation write it, e.g. {@code ShareUpdateExclusiveLock}. */
        String pgName() {
            StringBuilder name = new StringBuilder();
            for (String word : name().split("_")) {
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            return name.append("Lock").toString();
        }

        LockMode max(LockMode other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /**
     * What one case did on the server.
     *
     * @param fixtureCase the case
     * @param skipReason present when the case is not run on a server; everything else is empty then
     * @param tableLocks the strongest lock held on each table of the setup (and each table the statement created)
     * @param otherLocks the strongest lock on each other relation: indexes, sequences
     * @param rewrittenTables tables whose relfilenode changed (rewrite, TRUNCATE)
     * @param rebuiltIndexes indexes that existed before and got new storage (a new relfilenode), also when the
     *     statement dropped and re-created them under the same name
     * @param redefinedIndexes indexes that the statement dropped and re-created under the same name keeping their
     *     storage: not rebuilt
     * @param droppedRelations tables and indexes that existed before and are gone
     * @param createdRelations relations in the schema that the statement created (indexes, sequences, tables)
     * @param seqScans sequential scans of each table during the statement, only those with at least one
     */
    record Observation(LockingFixture.Case fixtureCase, Optional<String> skipReason,
                       SortedMap<String, LockMode> tableLocks, SortedMap<String, LockMode> otherLocks,
                       SortedSet<String> rewrittenTables, SortedSet<String> rebuiltIndexes,
                       SortedSet<String> redefinedIndexes, SortedSet<String> droppedRelations, SortedSet<String> createdRelations,
                       SortedMap<String, Long> seqScans) {

        boolean skipped() {
            return skipReason.isPresent();
        }

        /** The strongest lock on a table, when it holds one. */
        Optional<LockMode> lockOn(String table) {
            return Optional.ofNullable(tableLocks.get(table));
        }

        boolean rewrites(String table) {
            return rewrittenTables.contains(table);
        }

        static Observation skipped(LockingFixture.Case fixtureCase) {
            return new Observation(fixtureCase, fixtureCase.skipReason(), new TreeMap<>(), new TreeMap<>(),
                    new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeMap<>());
        }
    }

    /** One row of pg_class in the case schema. */
    private record Relation(long oid, String name, String kind, long relfilenode) {
        boolean isTable() {
            return kind.equals("r") || kind.equals("p");
        }

        boolean isIndex() {
            return kind.equals("i") || kind.equals("I");
        }
    }

    private final Connection connection;

    /** Uses the connection of a {@link PostgresServer}; it will drop and create schema {@value #SCHEMA}. */
    PostgresObserver(Connection connection) {
        this.connection = connection;
    }

    /** Every case of a fixture, in file order. */
    List<Observation> observeAll(LockingFixture fixture) {
        return fixture.cases().stream().map(c -> observe(fixture.setupSql(), c)).toList();
    }

    /**
     * Sets up a fresh schema, runs the case in a transaction, reads locks, relfilenodes and scans, rolls back.
     *
     * @throws AssertionError when the setup or the statement fails
     */
    Observation observe(String setupSql, LockingFixture.Case fixtureCase) {
        if (fixtureCase.skipReason().isPresent()) {
            return Observation.skipped(fixtureCase);
        }
        try {
            setUp(LockingFixture.splitAtLineEndSemicolons(setupSql), fixtureCase);
            connection.setAutoCommit(false);
            try {
                return observeInTransaction(fixtureCase);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AssertionError("observing case '" + fixtureCase.title() + "' failed: " + e.getMessage(), e);
        }
    }

    private void setUp(List<String> setup, LockingFixture.Case fixtureCase) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
            st.execute("SET search_path TO " + SCHEMA);
        }
        for (String sql : setup) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new AssertionError("setup failed (for case '" + fixtureCase.title() + "'): "
                        + e.getMessage() + "\n" + sql, e);
            }
        }
    }

    private Observation observeInTransaction(LockingFixture.Case fixtureCase) throws SQLException {
        Map<Long, Relation> before = relations();
        Map<Long, Long> scansBefore = seqScans();
        try (Statement st = connection.createStatement()) {
            st.execute(fixtureCase.sql());
        } catch (SQLException e) {
            throw new AssertionError("case '" + fixtureCase.title() + "' (line " + fixtureCase.line()
                    + ") failed on PostgreSQL (SQLSTATE " + e.getSQLState() + "): " + e.getMessage()
                    + "\n" + fixtureCase.sql(), e);
        }
        Map<Long, Relation> after = relations();
        Map<Long, Long> scansAfter = seqScans();
        Map<Long, LockMode> locks = relationLocks();

        SortedMap<String, LockMode> tableLocks = new TreeMap<>();
        SortedMap<String, LockMode> otherLocks = new TreeMap<>();
        locks.forEach((oid, mode) -> {
            Relation relation = before.containsKey(oid) ? before.get(oid) : after.get(oid);
            if (relation != null) {
                (relation.isTable() ? tableLocks : otherLocks).merge(relation.name(), mode, LockMode::max);
            }
        });
        SortedSet<String> rewritten = new TreeSet<>();
        SortedSet<String> rebuilt = new TreeSet<>();
        SortedSet<String> dropped = new TreeSet<>();
        for (Relation old : before.values()) {
            Relation now = after.get(old.oid());
            if (now == null) {
                dropped.add(old.name());
            } else if (now.relfilenode() != old.relfilenode() && old.isTable()) {
                rewritten.add(old.name());
            } else if (now.relfilenode() != old.relfilenode() && old.isIndex()) {
                rebuilt.add(old.name());
            }
        }
        // ALTER COLUMN TYPE drops and re-creates the indexes on the column: a new OID under the old name, with the old
        // storage when the index needs no rebuild (PostgreSQL's TryReuseIndex), new storage when it does
        SortedSet<String> created = new TreeSet<>();
        SortedSet<String> redefined = new TreeSet<>();
        Map<String, Relation> droppedByName = new LinkedHashMap<>();
        before.values().stream().filter(r -> !after.containsKey(r.oid())).forEach(r -> droppedByName.put(r.name(), r));
        for (Relation now : after.values()) {
            Relation old = droppedByName.get(now.name());
            if (before.containsKey(now.oid())) {
                continue;
            } else if (old != null && old.kind().equals(now.kind())) {
                dropped.remove(old.name());
                (old.relfilenode() == now.relfilenode() ? redefined : now.isTable() ? rewritten : rebuilt)
                        .add(now.name());
            } else {
                created.add(now.name());
            }
        }
        SortedMap<String, Long> scans = new TreeMap<>();
        scansAfter.forEach((oid, count) -> {
            long delta = count - scansBefore.getOrDefault(oid, 0L);
            Relation relation = before.containsKey(oid) ? before.get(oid) : after.get(oid);
            if (delta > 0 && relation != null) {
                scans.put(relation.name(), delta);
            }
        });
        return new Observation(fixtureCase, Optional.empty(), tableLocks, otherLocks, rewritten, rebuilt, redefined,
                dropped, created, scans);
    }

    private Map<Long, Relation> relations() throws SQLException {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.oid, c.relname, c.relkind, c.relfilenode
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'i', 'I', 'S', 'm')
                """)) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    relations.put(rs.getLong(1),
                            new Relation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return relations;
    }

    /** Sequential scans per table so far in this transaction (the statistics not yet reported are counted too). */
    private Map<Long, Long> seqScans() throws SQLException {
        Map<Long, Long> scans = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT relid, seq_scan FROM pg_stat_xact_user_tables WHERE schemaname = ?")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    scans.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return scans;
    }

    /** The granted relation locks of this backend, the strongest per relation. */
    private Map<Long, LockMode> relationLocks() throws SQLException {
        Map<Long, LockMode> locks = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT relation, mode FROM pg_locks
                     WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted
                       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                     """)) {
            while (rs.next()) {
                locks.merge(rs.getLong(1), LockMode.ofPgLocks(rs.getString(2)), LockMode::max);
            }
        }
        return locks;
    }
}
