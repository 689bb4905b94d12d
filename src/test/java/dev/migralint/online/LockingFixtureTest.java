package dev.migralint.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockingFixtureTest {

    private static final String TEXT = """
            -- header
            -- setup
            CREATE TABLE t (
                id INT,
                note VARCHAR(10) DEFAULT 'a;b'
            );
            -- a comment
            INSERT INTO t VALUES (1, 'x');

            -- case: first
            ALTER TABLE t ADD COLUMN c INT;

            -- case: spans lines
            ALTER TABLE t ADD COLUMN d INT,
                ADD COLUMN e INT;
            -- case: skipped
            CREATE INDEX CONCURRENTLY i ON t (id);
            -- not on a server: needs autocommit
            """;

    @Test
    void casesCarryTitleStatementLineAndSkipReason() {
        LockingFixture fixture = LockingFixture.parse(Path.of("x.sql"), TEXT);

        assertThat(fixture.cases()).containsExactly(
                new LockingFixture.Case("first", "ALTER TABLE t ADD COLUMN c INT", 11, Optional.empty()),
                new LockingFixture.Case("spans lines", "ALTER TABLE t ADD COLUMN d INT,\n    ADD COLUMN e INT", 14,
                        Optional.empty()),
                new LockingFixture.Case("skipped", "CREATE INDEX CONCURRENTLY i ON t (id)", 17,
                        Optional.of("needs autocommit")));
    }

    @Test
    void setupIsCutAtSemicolonsThatEndALine() {
        LockingFixture fixture = LockingFixture.parse(Path.of("x.sql"), TEXT);

        assertThat(fixture.setupStatements()).containsExactly(
                "CREATE TABLE t (\n    id INT,\n    note VARCHAR(10) DEFAULT 'a;b'\n)",
                "INSERT INTO t VALUES (1, 'x')");
    }

    @Test
    void theRealFixturesParse() {
        for (Path file : new Path[] {ServerObservationsTest.MARIADB_FIXTURE, ServerObservationsTest.POSTGRES_FIXTURE}) {
            LockingFixture fixture = LockingFixture.read(file);
            assertThat(fixture.cases()).as(file.toString()).hasSizeGreaterThan(30)
                    .allSatisfy(c -> assertThat(c.sql()).doesNotEndWith(";").doesNotContain("-- "));
            assertThat(fixture.setupStatements()).as(file.toString()).hasSizeGreaterThan(5);
        }
    }
}
