package dev.migralint.sql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
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
 * a thread for every statement; instead, a whole file's statements go to one long-lived daemon thread in one
 * hand-off, and the caller watches its progress. A statement that overruns is abandoned with its thread (a daemon:
 * it cannot keep the JVM alive) and a fresh worker goes on with the next statement. The worker also gets a large
 * stack, so deeply nested SQL reaches our time limit instead of the JVM's stack limit.
 */
public final class ParseWorker implements AutoCloseable {
    /** Statements that take longer than this to parse are reported unparsed. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration limit;
    private ExecutorService executor;
    private int abandoned;

    public ParseWorker(Duration limit) {
        this.limit = limit;
        this.executor = newExecutor();
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

    /** Runs the tasks in order, each bounded by the limit; the outcomes come back in the same order. */
    public synchronized <T> List<Outcome<T>> runAll(List<Callable<T>> tasks) {
        // written by the worker and, for a task it gives up, by the caller: whichever comes first stays
        AtomicReferenceArray<Outcome<T>> outcomes = new AtomicReferenceArray<>(tasks.size());
        int next = 0;
        while (next < tasks.size()) {
            Progress progress = new Progress(next);
            int from = next;
            Future<?> batch = executor.submit(() -> {
                for (int i = from; i < tasks.size(); i++) {
                    progress.start(i);
                    T value;
                    try {
                        value = tasks.get(i).call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                    if (!outcomes.compareAndSet(i, null, new Outcome.Done<>(value))) {
                        // the caller gave this task up and a new worker has the rest: stop, or this thread would
                        // run them all a second time and overwrite the outcomes of the ones that overrun there
                        return;
                    }
                }
                progress.start(tasks.size());
            });
            next = await(batch, progress, outcomes, tasks.size());
        }
        List<Outcome<T>> out = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            out.add(outcomes.get(i));
        }
        return out;
    }

    /** Which task the worker is on, and since when. */
    private static final class Progress {
        private volatile int index;
        private volatile long startedNanos = System.nanoTime();

        Progress(int first) {
            this.index = first;
        }

        void start(int i) {
            startedNanos = System.nanoTime();
            index = i;
        }
    }

    /** Waits for the batch; returns the index to go on from (after an abandoned task), or the end when done. */
    private <T> int await(Future<?> batch, Progress progress, AtomicReferenceArray<Outcome<T>> outcomes, int size) {
        long poll = Math.max(1, Math.min(100, limit.toMillis() / 4));
        while (true) {
            try {
                batch.get(poll, TimeUnit.MILLISECONDS);
                return size;
            } catch (TimeoutException e) {
                int stuck = progress.index;
                if (System.nanoTime() - progress.startedNanos > limit.toNanos() && stuck < size
                        && outcomes.compareAndSet(stuck, null, new Outcome.TimedOut<>(limit))) {
                    batch.cancel(true);
                    executor.shutdownNow(); // its thread runs on until that parse ends; a new one takes the rest
                    executor = newExecutor();
                    abandoned++;
                    return stuck + 1;
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
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
        executor.shutdownNow();
    }
}
