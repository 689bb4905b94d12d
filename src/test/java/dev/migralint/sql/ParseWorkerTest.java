package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParseWorkerTest {

    @Test
    void aTaskThatOverrunsIsAbandonedAndTheNextOnesStillRun() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (ParseWorker worker = new ParseWorker(Duration.ofMillis(100))) {
            List<Callable<String>> tasks = List.of(
                    () -> "first",
                    () -> {
                        // stands in for a parse that does not end; it ignores interrupts as JSqlParser does
                        while (!never.await(1, TimeUnit.SECONDS)) {
                            Thread.onSpinWait();
                        }
                        return "never";
                    },
                    () -> Thread.currentThread().isDaemon() ? "third on a daemon" : "third");

            List<ParseWorker.Outcome<String>> outcomes = worker.runAll(tasks);

            assertThat(outcomes.get(0)).isEqualTo(new ParseWorker.Outcome.Done<>("first"));
            assertThat(outcomes.get(1)).isInstanceOf(ParseWorker.Outcome.TimedOut.class);
            assertThat(outcomes.get(2)).isEqualTo(new ParseWorker.Outcome.Done<>("third on a daemon"));
            assertThat(worker.abandoned()).isEqualTo(1);
        } finally {
            never.countDown();
        }
    }

    @Test
    void anExceptionInATaskReachesTheCaller() {
        try (ParseWorker worker = new ParseWorker(Duration.ofSeconds(5))) {
            List<Callable<String>> tasks = List.of(() -> {
                throw new IllegalArgumentException("boom");
            });
            assertThatThrownBy(() -> worker.runAll(tasks)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("boom");
        }
    }

    @Test
    void deeplyNestedSqlParsesOnTheWorkersLargeStackOrTimesOutButNeverCrashes() {
        String deep = "SELECT " + "(".repeat(2000) + "1" + ")".repeat(2000);
        try (ParseWorker worker = new ParseWorker(Duration.ofSeconds(1))) {
            StatementLowering lowering = new StatementLowering(dev.migralint.source.Dialect.MYSQL, worker);
            var split = dev.migralint.source.StatementSplitter.split(deep + ";", dev.migralint.source.Dialect.MYSQL);
            var lowered = lowering.lowerAll(split.statements(), dev.migralint.source.LineMap.of(deep + ";"));
            assertThat(lowered).hasSize(1);
        }
    }
}
