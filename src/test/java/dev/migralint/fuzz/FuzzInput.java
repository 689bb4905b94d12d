package dev.migralint.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.migralint.source.Dialect;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * What every fuzz target reads from the fuzzer: a dialect (the input's last byte: 0 MySQL, 1 PostgreSQL, 2 SQLite,
 * modulo 3) and the migration text (all bytes before it). A saved corpus file is therefore plain SQL followed by one
 * dialect byte, which keeps the seeds readable and editable.
 */
record FuzzInput(Dialect dialect, String text) {
    private static final Dialect[] DIALECTS = {Dialect.MYSQL, Dialect.POSTGRESQL, Dialect.SQLITE};

    /**
     * How long one saved input may take when the corpus is replayed. Inputs take milliseconds; one that takes a second
     * is a finding (a shape the parser is slow on), and this limit keeps it from hiding behind a loaded machine. Each
     * test class warms up first, so class loading is not counted. While fuzzing, libFuzzer's {@code -timeout} (the
     * {@code fuzz} profile's {@code fuzz.timeout}) catches hangs, and {@code -report_slow_units=1} saves every input
     * over a second next to the crashes, where the next replay times it.
     */
    private static final Duration REPLAY_LIMIT = Duration.ofSeconds(2);

    /** A small migration of each dialect, to load the classes a target uses before any input is timed. */
    static final List<FuzzInput> WARM_UP = List.of(
            new FuzzInput(Dialect.MYSQL, "CREATE TABLE `t` (`id` INT NOT NULL, PRIMARY KEY (`id`));\n"
                    + "ALTER TABLE `t` ADD COLUMN `a` VARCHAR(191) NULL, DROP FOREIGN KEY `fk`;\nUPDATE `t` SET `a` = '';"),
            new FuzzInput(Dialect.POSTGRESQL, "CREATE TYPE \"R\" AS ENUM ('A');\n"
                    + "ALTER TABLE \"t\" ALTER COLUMN \"a\" SET DATA TYPE TEXT;\nDO $$ BEGIN END $$;"),
            new FuzzInput(Dialect.SQLITE, "CREATE TABLE \"t\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\nPRAGMA x;"));

    static FuzzInput from(FuzzedDataProvider data) {
        Dialect dialect = data.pickValue(DIALECTS);
        return new FuzzInput(dialect, data.consumeRemainingAsString());
    }

    /**
     * Runs one input's checks. Replaying the corpus, a hang fails that input instead of stalling the build; while
     * fuzzing, the body runs on the fuzzer's thread, where libFuzzer's own timeout applies and coverage is seen.
     */
    static void withinTimeLimit(Executable checks) throws Throwable {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz != null && !fuzz.isEmpty()) {
            checks.execute();
        } else {
            assertTimeoutPreemptively(REPLAY_LIMIT, checks);
        }
    }
}
