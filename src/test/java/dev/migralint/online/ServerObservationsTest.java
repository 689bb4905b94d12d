package dev.migralint.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the locking fixtures on real servers (MariaDB 10.11, PostgreSQL 15), writes what was seen to
 * {@code target/locking-observed-*.md}, checks that the observations make sense, and that the cost model predicted
 * each of them for the same server version: for MariaDB which ALGORITHM= and LOCK= clauses the server accepts, for
 * PostgreSQL the lock on every table, whether the table was rewritten and whether it was scanned. The predicted and
 * observed columns side by side go to {@code target/locking-agreement-*.md}.
 */
class ServerObservationsTest {

    static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath();
    static final Path MARIADB_FIXTURE = PROJECT.resolve("testdata/locking/mariadb.sql");
    static final Path POSTGRES_FIXTURE = PROJECT.resolve("testdata/locking/postgresql.sql");

    @Test
    void everyMariaDbCaseIsObservedAndCopyIsAlwaysAccepted() throws IOException {
        LockingFixture fixture = LockingFixture.read(MARIADB_FIXTURE);
        List<MariaDbObserver.Observation> seen;
        try (MariaDbServer server = MariaDbServer.startOrSkip()) {
            seen = new MariaDbObserver(server.connection()).observeAll(fixture);
        }
        write("locking-observed-mariadb.md", ObservationTables.mariaDb(fixture, seen));

        SoftAssertions softly = new SoftAssertions();
        for (MariaDbObserver.Observation o : seen) {
            String title = o.fixtureCase().title();
            if (o.skipped()) {
                softly.assertThat(o.skipReason().get()).as("skip reason of '%s'", title).isNotBlank();
                continue;
            }
            softly.assertThat(o.algorithms()).as("algorithms tried for '%s'", title)
                    .containsOnlyKeys(MariaDbObserver.Algorithm.values());
            softly.assertThat(o.locks()).as("locks tried for '%s'", title).containsOnlyKeys(MariaDbObserver.Lock.values());
            softly.assertThat(o.accepts(MariaDbObserver.Algorithm.COPY)).as("ALGORITHM=COPY for '%s'", title).isTrue();
            // MariaDB reads ALGORITHM=X as "X or better" and LOCK=X as "X or less locking"
            MariaDbObserver.Algorithm[] order = MariaDbObserver.Algorithm.values();
            for (int i = 1; i < order.length; i++) {
                if (o.accepts(order[i - 1])) {
                    softly.assertThat(o.accepts(order[i])).as("'%s': %s accepted but %s refused", title,
                            order[i - 1], order[i]).isTrue();
                }
            }
            if (o.accepts(MariaDbObserver.Lock.NONE)) {
                softly.assertThat(o.accepts(MariaDbObserver.Lock.SHARED))
                        .as("'%s': LOCK=NONE accepted but LOCK=SHARED refused", title).isTrue();
            }
        }
        softly.assertAll();
        ModelAgreement.mariaDb(fixture, seen, PROJECT.resolve("target/locking-agreement-mariadb.md"));
    }

    @Test
    void everyPostgresCaseIsObservedAndLocksItsTarget() throws IOException {
        LockingFixture fixture = LockingFixture.read(POSTGRES_FIXTURE);
        List<PostgresObserver.Observation> seen;
        try (PostgresServer server = PostgresServer.startOrSkip()) {
            seen = new PostgresObserver(server.connection()).observeAll(fixture);
        }
        write("locking-observed-postgresql.md", ObservationTables.postgres(fixture, seen));

        SoftAssertions softly = new SoftAssertions();
        for (PostgresObserver.Observation o : seen) {
            String title = o.fixtureCase().title();
            if (o.skipped()) {
                softly.assertThat(o.skipReason().get()).as("skip reason of '%s'", title).isNotBlank();
                continue;
            }
            Optional<Target> target = Target.of(o.fixtureCase().sql());
            target.ifPresent(t -> softly.assertThat(t.table() ? o.tableLocks() : o.otherLocks())
                    .as("locks of '%s' (line %d)", title, o.fixtureCase().line()).containsKey(t.name()));
        }
        softly.assertThat(seen).as("cases observed").hasSameSizeAs(fixture.cases());
        softly.assertAll();
        ModelAgreement.postgres(fixture, seen, PROJECT.resolve("target/locking-agreement-postgresql.md"));
    }

    /** The relation a PostgreSQL statement works on: a table, or an index for ALTER/DROP INDEX. */
    record Target(String name, boolean table) {
        private static final String NAME = "\"([^\"]+)\"";
        private static final Pattern TABLE = Pattern.compile("(?is)\\s*(?:ALTER\\s+TABLE|DROP\\s+TABLE|TRUNCATE"
                + "(?:\\s+TABLE)?|CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?" + NAME + "\\s+ON)\\s+"
                + NAME + ".*");
        private static final Pattern INDEX = Pattern.compile("(?is)\\s*(?:ALTER|DROP)\\s+INDEX\\s+" + NAME + ".*");

        static Optional<Target> of(String sql) {
            Matcher table = TABLE.matcher(sql);
            if (table.matches()) {
                return Optional.of(new Target(table.group(2), true));
            }
            Matcher index = INDEX.matcher(sql);
            return index.matches() ? Optional.of(new Target(index.group(1), false)) : Optional.empty();
        }
    }

    private static void write(String name, String markdown) throws IOException {
        Path target = Files.createDirectories(PROJECT.resolve("target"));
        Files.writeString(target.resolve(name), markdown, StandardCharsets.UTF_8);
    }
}
