package dev.migralint.online;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a real MariaDB which online-DDL clauses it accepts for a fixture case: the statement is run with each of
 * {@code ALGORITHM=INSTANT}, {@code NOCOPY}, {@code INPLACE}, {@code COPY}, and with {@code LOCK=NONE} and
 * {@code LOCK=SHARED} (each alone, the algorithm left to the server). MariaDB checks the clause before it changes
 * anything and refuses with {@link #REFUSAL_CODES an error of its own}; any other error means the case or its setup is
 * broken, and fails loudly.
 *
 * <p>MariaDB's DDL is not transactional, so each attempt needs a fresh copy of the setup: the database is dropped
 * and set up again before an attempt whenever the one before it was accepted (a refused attempt changed nothing).
 *
 * <pre>{@code
 * MariaDbObserver observer = new MariaDbObserver(server.connection());
 * MariaDbObserver.Observation seen = observer.observe(fixture.setupSql(), fixtureCase);
 * boolean instant = seen.accepts(MariaDbObserver.Algorithm.INSTANT);
 * }</pre>
 */
final class MariaDbObserver {

    /**
     * The errors that mean "this clause is not possible for this change": ER_ALTER_OPERATION_NOT_SUPPORTED (1845,
     * "ALGORITHM=INSTANT is not supported for this operation. Try ALGORITHM=INPLACE") and
     * ER_ALTER_OPERATION_NOT_SUPPORTED_REASON (1846, "... is not supported. Reason: ... Try ..."). These are the only
     * ones the fixtures give on MariaDB 10.11.
     */
    static final Set<Integer> REFUSAL_CODES = Set.of(1845, 1846);

    /** The database every attempt runs in; dropped and created again as needed. */
    static final String DATABASE = "migralint_case";

    enum Algorithm { INSTANT, NOCOPY, INPLACE, COPY }

    enum Lock { NONE, SHARED }

    /** What the server said to one attempt. */
    sealed interface Outcome permits Accepted, Refused {}

    record Accepted() implements Outcome {}

    /** A refusal: one of {@link #REFUSAL_CODES} with the server's message. */
    record Refused(int code, String message) implements Outcome {
        private static final Pattern REASON = Pattern.compile("Reason: (.*?)\\.? Try [A-Z]+=\\w+\\s*$");
        private static final Pattern NO_REASON = Pattern.compile("is (not supported for this operation)\\.");

        /**
         * Why, without the clause and the "Try …" advice: "Cannot change column type" (1846), "not supported for
         * this operation" (1845), or the whole message when it has neither shape.
         */
        String reason() {
            Matcher m = REASON.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
            Matcher none = NO_REASON.matcher(message);
            return none.find() ? none.group(1) : message;
        }
    }

    /** One statement sent to the server and its outcome. */
    record Attempt(String sql, Outcome outcome) {
        boolean accepted() {
            return outcome instanceof Accepted;
        }
    }

    /**
     * What one case did on the server.
     *
     * @param fixtureCase the case
     * @param skipReason present when the case is not run on a server; the maps are empty then
     * @param algorithms the attempt with each {@code ALGORITHM=}
     * @param locks the attempt with each {@code LOCK=}
     * @param note how the statement had to be restated to take the clauses, when it had to
     */
    record Observation(LockingFixture.Case fixtureCase, Optional<String> skipReason,
                       Map<Algorithm, Attempt> algorithms, Map<Lock, Attempt> locks, Optional<String> note) {

        Observation {
            algorithms = Map.copyOf(algorithms);
            locks = Map.copyOf(locks);
        }

        boolean skipped() {
            return skipReason.isPresent();
        }

        boolean accepts(Algorithm algorithm) {
            return attempt(algorithm).accepted();
        }

        boolean accepts(Lock lock) {
            return attempt(lock).accepted();
        }

        Attempt attempt(Algorithm algorithm) {
            return present(algorithms.get(algorithm), algorithm);
        }

        Attempt attempt(Lock lock) {
            return present(locks.get(lock), lock);
        }

        private Attempt present(Attempt attempt, Enum<?> what) {
            if (attempt == null) {
                throw new IllegalStateException("case '" + fixtureCase.title() + "' was not observed with " + what
                        + skipReason.map(r -> " (skipped: " + r + ")").orElse(""));
            }
            return attempt;
        }
    }

    private final Connection connection;

    /** Uses the connection of a {@link MariaDbServer}; it will drop and create database {@value #DATABASE}. */
    MariaDbObserver(Connection connection) {
        this.connection = connection;
    }

    /** Every case of a fixture, in file order. */
    List<Observation> observeAll(LockingFixture fixture) {
        return fixture.cases().stream().map(c -> observe(fixture.setupSql(), c)).toList();
    }

    /**
     * Runs the case with every clause, each on a freshly set-up database.
     *
     * @throws AssertionError when the setup or an attempt fails with anything but a refusal
     */
    Observation observe(String setupSql, LockingFixture.Case fixtureCase) {
        if (fixtureCase.skipReason().isPresent()) {
            return new Observation(fixtureCase, fixtureCase.skipReason(), Map.of(), Map.of(), Optional.empty());
        }
        List<String> setup = LockingFixture.splitAtLineEndSemicolons(setupSql);
        Clauses clauses = Clauses.of(fixtureCase);
        Map<Algorithm, Attempt> algorithms = new EnumMap<>(Algorithm.class);
        Map<Lock, Attempt> locks = new EnumMap<>(Lock.class);
        boolean fresh = false;
        for (Algorithm algorithm : Algorithm.values()) {
            if (!fresh) {
                setUp(setup, fixtureCase);
            }
            Attempt attempt = attempt(fixtureCase, clauses.with("ALGORITHM=" + algorithm));
            algorithms.put(algorithm, attempt);
            fresh = !attempt.accepted();
        }
        for (Lock lock : Lock.values()) {
            if (!fresh) {
                setUp(setup, fixtureCase);
            }
            Attempt attempt = attempt(fixtureCase, clauses.with("LOCK=" + lock));
            locks.put(lock, attempt);
            fresh = !attempt.accepted();
        }
        return new Observation(fixtureCase, Optional.empty(), algorithms, locks, clauses.note());
    }

    private void setUp(List<String> setup, LockingFixture.Case fixtureCase) {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            st.execute("CREATE DATABASE `" + DATABASE + "`");
            connection.setCatalog(DATABASE);
        } catch (SQLException e) {
            throw new AssertionError("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
        for (String sql : setup) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new AssertionError("setup failed (for case '" + fixtureCase.title() + "'): error "
                        + e.getErrorCode() + ": " + e.getMessage() + "\n" + sql, e);
            }
        }
    }

    private Attempt attempt(LockingFixture.Case fixtureCase, String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            return new Attempt(sql, new Accepted());
        } catch (SQLException e) {
            if (REFUSAL_CODES.contains(e.getErrorCode())) {
                // the driver prefixes its connection id, "(conn=7) ", which differs from run to run
                String message = e.getMessage().replaceFirst("^\\(conn=\\d+\\)\\s*", "");
                return new Attempt(sql, new Refused(e.getErrorCode(), message));
            }
            throw new AssertionError("case '" + fixtureCase.title() + "' (line " + fixtureCase.line()
                    + ") failed on MariaDB with error " + e.getErrorCode() + " (SQLSTATE " + e.getSQLState()
                    + "), which is not a refusal of the clause: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /**
     * Where the clause goes in a statement. {@code ALTER TABLE} takes it as one more clause after a comma,
     * {@code CREATE INDEX} after the column list. MariaDB 10.11's {@code DROP INDEX … ON} takes neither option
     * (a syntax error, whatever its manual says), so it is restated as the {@code ALTER TABLE … DROP INDEX} it is
     * executed as.
     */
    private record Clauses(String prefix, String separator, Optional<String> note) {

        private static final Pattern ALTER_TABLE =
                Pattern.compile("(?is)\\s*ALTER\\s+(?:ONLINE\\s+)?(?:IGNORE\\s+)?TABLE\\s.*");
        private static final Pattern CREATE_INDEX =
                Pattern.compile("(?is)\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNIQUE\\s+|FULLTEXT\\s+|SPATIAL\\s+)?"
                        + "INDEX\\s.*");
        private static final Pattern DROP_INDEX = Pattern.compile(
                "(?is)\\s*DROP\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(`[^`]+`|\\w+)\\s+ON\\s+(`[^`]+`(?:\\.`[^`]+`)?|[\\w.]+)\\s*");

        static Clauses of(LockingFixture.Case fixtureCase) {
            String sql = fixtureCase.sql();
            if (ALTER_TABLE.matcher(sql).matches()) {
                return new Clauses(sql, ", ", Optional.empty());
            }
            if (CREATE_INDEX.matcher(sql).matches()) {
                return new Clauses(sql, " ", Optional.empty());
            }
            Matcher drop = DROP_INDEX.matcher(sql);
            if (drop.matches()) {
                String alter = "ALTER TABLE " + drop.group(2) + " DROP INDEX " + drop.group(1);
                return new Clauses(alter, ", ", Optional.of("run as `" + alter + "`: DROP INDEX takes no "
                        + "ALGORITHM or LOCK on MariaDB 10.11"));
            }
            throw new AssertionError("case '" + fixtureCase.title() + "' (line " + fixtureCase.line()
                    + "): do not know where ALGORITHM= and LOCK= go in: " + sql);
        }

        String with(String clause) {
            return prefix + separator + clause;
        }
    }
}
