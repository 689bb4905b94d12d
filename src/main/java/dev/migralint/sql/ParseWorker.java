package dev.migralint.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs parses with a time limit per statement. JSqlParser's parser cannot be interrupted, and its own timeout starts
 * a thread for every statement; instead, a whole file's statements go to long-lived daemon threads in one hand-off,
 * and the caller watches their progress. A statement that overruns is abandoned with its thread (a daemon: it cannot
 * keep the JVM alive) and a fresh thread goes on with the next statement. The threads also get a large stack, so
 * deeply nested SQL reaches our time limit instead of the JVM's stack limit.
 *
 * <p>A worker has one or more lanes, each a thread. A long file's statements are shared out among them in chunks of
 * {@link #CHUNK}, so one file of many statements is parsed on several cores (the statements of a file were parsed
 * on one thread, which was most of a run on a file of a hundred thousand statements); a shorter file keeps to one.
 */
public final class ParseWorker implements AutoCloseable {
    /** Statements that take longer than this to parse are reported unparsed. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);
    /** Statements a lane takes at a time: some milliseconds of parsing, so taking the next chunk costs nothing. */
    static final int CHUNK = 256;
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration limit;
    private final ExecutorService[] lanes;
    private int abandoned;

    /** A worker with one lane. */
    public ParseWorker(Duration limit) {
        this(limit, 1);
    }

    /** A worker that parses a long file on up to {@code lanes} threads at once. */
    public ParseWorker(Duration limit, int lanes) {
        this.limit = limit;
        this.lanes = new ExecutorService[Math.max(1, lanes)];
        for (int i = 0; i < this.lanes.length; i++) {
            this.lanes[i] = newExecutor(); // its thread starts with its first task
        }
    }

    /** The outcome of one bounded parse: a value, or the statement took too long. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        record TimedOut<T>(Duration limit) implements Outcome<T> {
        }
    }

    public Duration limit() {
        return limit;
    }

    /** How many overrunning parses were abandoned so far. */
    public int abandoned() {
        return abandoned;
    }

    /**
     * Runs the tasks, each bounded by the limit; the outcomes come back in the order of the tasks. When a task throws,
     * the exception of the first such task in that order reaches the caller.
     */
    public synchronized <T> List<Outcome<T>> runAll(List<Callable<T>> tasks) {
        Run<T> run = new Run<>(tasks);
        int used = Math.min(lanes.length, Math.max(1, (tasks.size() + CHUNK - 1) / CHUNK));
        List<Batch<T>> batches = new ArrayList<>(used);
        for (int lane = 0; lane < used; lane++) {
            batches.add(start(run, lane, 0, 0)); // nothing of its own to finish: it takes chunks
        }
        long poll = Math.max(1, Math.min(100, limit.toMillis() / 4));
        for (Batch<T> open = firstOpen(batches); open != null; open = firstOpen(batches)) {
            try {
                open.future.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // one lane is still busy: see below whether any lane is stuck
            } catch (ExecutionException e) {
                // a batch catches what its tasks throw; what it throws itself (out of memory) goes on as it is
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            }
            for (int i = 0; i < batches.size(); i++) {
                Batch<T> b = batches.get(i);
                int stuck = b.index;
                if (!b.future.isDone() && stuck < tasks.size() && System.nanoTime() - b.startedNanos > limit.toNanos()
                        && run.outcomes.compareAndSet(stuck, null, new Outcome.TimedOut<>(limit))) {
                    lanes[b.lane].shutdownNow(); // its thread runs on until that parse ends, then stops
                    lanes[b.lane] = newExecutor();
                    abandoned++;
                    // the new thread finishes the stuck task's chunk, then takes chunks like the others
                    batches.set(i, start(run, b.lane, stuck + 1, Math.min(tasks.size(), (stuck / CHUNK + 1) * CHUNK)));
                }
            }
        }
        List<Outcome<T>> result = run.result(batches);
        run.release();
        return result;
    }

    private <T> Batch<T> start(Run<T> run, int lane, int from, int to) {
        Batch<T> batch = new Batch<>(run, lane, from, to);
        batch.future = lanes[lane].submit(batch);
        return batch;
    }

    private static <T> Batch<T> firstOpen(List<Batch<T>> batches) {
        for (Batch<T> b : batches) {
            if (!b.future.isDone()) {
                return b;
            }
        }
        return null;
    }

    /** One call of {@link #runAll}: the tasks, their outcomes, and the next chunk to take. */
    private static final class Run<T> {
        /**
         * Let go of once the caller has its outcomes: a thread still in a task it was given up on holds this run
         * until that parse ends, and must not hold the rest of the file's statements with it.
         */
        private volatile List<Callable<T>> tasks;
        private final int size;
        /** Set by the lane that ran a task or, for a task given up, by the caller: whichever is first stays. */
        final AtomicReferenceArray<Outcome<T>> outcomes;
        final AtomicInteger nextChunk = new AtomicInteger();

        Run(List<Callable<T>> tasks) {
            this.tasks = tasks;
            this.size = tasks.size();
            this.outcomes = new AtomicReferenceArray<>(tasks.size());
        }

        /** The task at {@code i}; only ever asked for before {@link #release} (see {@link Batch#run}). */
        Callable<T> task(int i) {
            return tasks.get(i);
        }

        void release() {
            tasks = null;
        }

        /** The outcomes in order, or the first failure of the batches that were not given up. */
        List<Outcome<T>> result(List<Batch<T>> batches) {
            Batch<T> failed = null;
            for (Batch<T> b : batches) {
                if (b.failure != null && (failed == null || b.failedAt < failed.failedAt)) {
                    failed = b;
                }
            }
            if (failed != null) {
                if (failed.failure instanceof RuntimeException r) {
                    throw r;
                }
                if (failed.failure instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(failed.failure);
            }
            List<Outcome<T>> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(outcomes.get(i));
            }
            return out;
        }
    }

    /**
     * What one lane's thread does: finish a range of tasks (the rest of a chunk whose task was given up), then take
     * chunks until none is left. It stops at a task that throws, and when the caller gave its task up.
     */
    private static final class Batch<T> implements Runnable {
        private final Run<T> run;
        final int lane;
        private final int from;
        private final int to;
        Future<?> future;
        /** The task running now, and since when; the number of tasks once done. */
        volatile int index;
        volatile long startedNanos = System.nanoTime();
        volatile Throwable failure;
        volatile int failedAt;

        Batch(Run<T> run, int lane, int from, int to) {
            this.run = run;
            this.lane = lane;
            this.from = from;
            this.to = to;
            this.index = from;
        }

        @Override
        public void run() {
            int size = run.size;
            int start = from;
            int end = to;
            while (true) {
                for (int i = start; i < end; i++) {
                    startedNanos = System.nanoTime();
                    index = i;
                    T value;
                    try {
                        value = run.task(i).call();
                    } catch (Exception | Error e) {
                        failedAt = i;
                        failure = e;
                        index = size;
                        return;
                    }
                    if (!run.outcomes.compareAndSet(i, null, new Outcome.Done<>(value))) {
                        // the caller gave this task up and a new thread has the rest of the chunk: stop, or this
                        // thread would run them a second time and overwrite the outcomes of any that overrun there
                        return;
                    }
                }
                int chunk = run.nextChunk.getAndIncrement();
                if ((long) chunk * CHUNK >= size) {
                    index = size;
                    return;
                }
                start = chunk * CHUNK;
                end = Math.min(size, start + CHUNK);
            }
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "migralint-parser-" + THREADS.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }
}
