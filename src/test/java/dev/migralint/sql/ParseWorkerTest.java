package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
    void anAbandonedThreadDoesNotKeepTheOtherTasksOfItsRunInMemory() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<WeakReference<byte[]>> payloads = new ArrayList<>();
        try (ParseWorker worker = new ParseWorker(Duration.ofMillis(100), 1)) {
            List<ParseWorker.Outcome<Integer>> outcomes = worker.runAll(tasksHolding(payloads, release));

            assertThat(outcomes.get(0)).isInstanceOf(ParseWorker.Outcome.TimedOut.class);
            assertThat(worker.abandoned()).isEqualTo(1);
            // the given-up thread is still in its task; what the other tasks held must be free all the same
            for (int attempt = 0; attempt < 50 && payloads.stream().anyMatch(p -> p.get() != null); attempt++) {
                System.gc();
                Thread.sleep(20);
            }
            assertThat(payloads).allSatisfy(p -> assertThat(p.get()).isNull());
        } finally {
            release.countDown();
        }
    }

    /** A task that overruns until released, then four that each hold a megabyte (seen only through weak references). */
    private static List<Callable<Integer>> tasksHolding(List<WeakReference<byte[]>> payloads, CountDownLatch release) {
        List<Callable<Integer>> tasks = new ArrayList<>();
        tasks.add(() -> {
            while (release.getCount() > 0) { // deaf to interrupts, as a parse in JSqlParser is
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            return 0;
        });
        for (int i = 0; i < 4; i++) {
            byte[] payload = new byte[1 << 20];
            payloads.add(new WeakReference<>(payload));
            tasks.add(() -> payload.length);
        }
        return tasks;
    }

    @Test
    void anAbandonedTasksThreadStopsWhenItEndsInsteadOfRunningTheRestAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicIntegerArray calls = new AtomicIntegerArray(3);
        List<Thread> stuckThreads = new CopyOnWriteArrayList<>();
        Callable<String> stuck0 = () -> overrun(0, calls, stuckThreads, release);
        Callable<String> stuck1 = () -> overrun(1, calls, stuckThreads, release);
        Callable<String> last = () -> {
            calls.incrementAndGet(2);
            return "last";
        };
        try (ParseWorker worker = new ParseWorker(Duration.ofMillis(100))) {
            List<ParseWorker.Outcome<String>> outcomes = worker.runAll(List.of(stuck0, stuck1, last));
            List<ParseWorker.Outcome<String>> returned = List.copyOf(outcomes);

            release.countDown();
            for (Thread t : stuckThreads) {
                t.join(10_000); // its executor was shut down: the thread ends with its task
                assertThat(t.isAlive()).isFalse();
            }

            assertThat(returned.get(0)).isInstanceOf(ParseWorker.Outcome.TimedOut.class);
            assertThat(returned.get(1)).isInstanceOf(ParseWorker.Outcome.TimedOut.class);
            assertThat(returned.get(2)).isEqualTo(new ParseWorker.Outcome.Done<>("last"));
            assertThat(outcomes).isEqualTo(returned);
            assertThat(List.of(calls.get(0), calls.get(1), calls.get(2))).containsExactly(1, 1, 1);
        } finally {
            release.countDown();
        }
    }

    /** A task that overruns any limit until released, ignoring interrupts as JSqlParser does. */
    private static String overrun(int index, AtomicIntegerArray calls, List<Thread> threads, CountDownLatch release) {
        calls.incrementAndGet(index);
        threads.add(Thread.currentThread());
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException e) {
                // abandoning a task interrupts its thread, which a parse never notices: neither does this
            }
        }
        return "late " + index;
    }

    @Test
    void aLongListIsSharedOutAmongTheLanesAndComesBackInOrder() {
        int n = ParseWorker.CHUNK * 5 + 7;
        List<Callable<String>> tasks = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothLanes = new CountDownLatch(2);
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> {
                if (k % ParseWorker.CHUNK == 0 && threads.add(Thread.currentThread().getName())) {
                    bothLanes.countDown(); // each lane waits here for the other once, so both take part
                    bothLanes.await(10, TimeUnit.SECONDS);
                }
                return "task " + k;
            });
        }
        try (ParseWorker worker = new ParseWorker(Duration.ofSeconds(30), 2)) {
            List<ParseWorker.Outcome<String>> outcomes = worker.runAll(tasks);

            assertThat(outcomes).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(outcomes.get(i)).isEqualTo(new ParseWorker.Outcome.Done<>("task " + i));
            }
            assertThat(threads).hasSize(2);
        }
    }

    @Test
    void onSeveralLanesAnOverrunIsGivenUpAndTheRestOfItsChunkStillRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicIntegerArray calls = new AtomicIntegerArray(ParseWorker.CHUNK * 3);
        List<Thread> stuckThreads = new CopyOnWriteArrayList<>();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < calls.length(); i++) {
            int k = i;
            tasks.add(k == 5 ? () -> overrun(k, calls, stuckThreads, release) : () -> {
                calls.incrementAndGet(k);
                return "task " + k;
            });
        }
        try (ParseWorker worker = new ParseWorker(Duration.ofMillis(100), 2)) {
            List<ParseWorker.Outcome<String>> outcomes = worker.runAll(tasks);
            release.countDown();
            for (Thread t : stuckThreads) {
                t.join(10_000);
            }

            assertThat(outcomes.get(5)).isInstanceOf(ParseWorker.Outcome.TimedOut.class);
            for (int i = 0; i < calls.length(); i++) {
                assertThat(calls.get(i)).as("calls of task %d", i).isEqualTo(1);
                if (i != 5) {
                    assertThat(outcomes.get(i)).isEqualTo(new ParseWorker.Outcome.Done<>("task " + i));
                }
            }
            assertThat(worker.abandoned()).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void onSeveralLanesTheExceptionOfTheFirstFailingTaskInOrderReachesTheCaller() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < ParseWorker.CHUNK * 2; i++) {
            int k = i;
            tasks.add(() -> {
                if (k == 10) {
                    laterFailed.await(10, TimeUnit.SECONDS); // fails after the later task, on the other lane
                    throw new IllegalArgumentException("first in order");
                }
                if (k == ParseWorker.CHUNK + 10) {
                    laterFailed.countDown();
                    throw new IllegalArgumentException("later in order");
                }
                return "task " + k;
            });
        }
        try (ParseWorker worker = new ParseWorker(Duration.ofSeconds(30), 2)) {
            assertThatThrownBy(() -> worker.runAll(tasks)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("first in order");
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
