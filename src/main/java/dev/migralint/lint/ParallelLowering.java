package dev.migralint.lint;

import dev.migralint.rule.GitBase;
import dev.migralint.rule.MigrationChanges;
import dev.migralint.source.History;
import dev.migralint.source.Migration;
import dev.migralint.sql.ParseWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A few file threads, each with its own parse worker (so parse time limits still hold per statement), that read and
 * lower a history's files in parallel. Each worker has as many lanes as there are file threads: a long file is parsed
 * on all cores, even when it is the only file.
 */
final class ParallelLowering implements AutoCloseable {
    private final ExecutorService pool;
    private final BlockingQueue<ParseWorker> workers;
    private final FileText files;

    ParallelLowering(Duration parseLimit, long maxFileBytes) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "migralint-files");
            t.setDaemon(true);
            return t;
        });
        this.workers = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(new ParseWorker(parseLimit, threads));
        }
        this.files = new FileText(maxFileBytes);
    }

    /** The outcome of one file: lowered, or why it could not be read. */
    private record Outcome(Optional<MigrationLowering.Lowered> lowered, Optional<String> unreadable) {
    }

    /**
     * Starts lowering every file of the history and returns them in file order, each taken as its lowering finishes,
     * so the replay of the first files runs while later ones are still being parsed. Taking a file (on the replaying
     * thread, in file order) counts it and reports a read error to {@code unreadable}; a file that could not be read
     * is left out.
     */
    InFileOrder lower(History history, Map<Path, GitBase> git, Consumer<String> unreadable) {
        List<Future<Outcome>> work = new ArrayList<>();
        for (Migration m : history.migrations()) {
            Optional<GitBase> facts = Optional.ofNullable(git.get(m.file()));
            work.add(submit(worker -> files.read(m, read -> {
                if (read instanceof FileText.Text t) {
                    return lowered(MigrationLowering.lower(m, t.text(), history.dialect(), facts, worker));
                }
                if (read instanceof FileText.Refused r) {
                    return lowered(MigrationLowering.refused(m, r, facts));
                }
                return new Outcome(Optional.empty(), Optional.of(((FileText.Unreadable) read).message()));
            })));
        }
        return new InFileOrder(work, unreadable);
    }

    private static Outcome lowered(MigrationLowering.Lowered lowered) {
        return new Outcome(Optional.of(lowered), Optional.empty());
    }

    /**
     * A history's lowered migrations, in file order, for one pass: the engine iterates it once, then
     * {@link #drain()} takes what it did not ask for. Counts the reported migrations and statements taken.
     */
    static final class InFileOrder implements Iterable<MigrationChanges> {
        private final List<Future<Outcome>> work;
        private final Consumer<String> unreadable;
        private int next;
        private MigrationChanges taken;
        private int migrations;
        private int statements;

        private InFileOrder(List<Future<Outcome>> work, Consumer<String> unreadable) {
            this.work = work;
            this.unreadable = unreadable;
        }

        int migrations() {
            return migrations;
        }

        int statements() {
            return statements;
        }

        /** Takes the files the replay did not ask for, so the counts and the read errors are whole. */
        void drain() {
            while (takeNext()) {
                taken = null;
            }
        }

        /** Waits for the next file that was lowered and holds it in {@code taken}; false when none is left. */
        private boolean takeNext() {
            while (taken == null && next < work.size()) {
                Outcome outcome = await(work.get(next));
                work.set(next++, null); // the replay keeps what it needs; the list need not
                outcome.unreadable().ifPresent(unreadable);
                outcome.lowered().ifPresent(l -> {
                    taken = l.changes();
                    if (taken.reported()) {
                        migrations++;
                        statements += l.statements();
                    }
                });
            }
            return taken != null;
        }

        /** The files not taken yet, in order. */
        @Override
        public Iterator<MigrationChanges> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return takeNext();
                }

                @Override
                public MigrationChanges next() {
                    if (!takeNext()) {
                        throw new NoSuchElementException();
                    }
                    MigrationChanges out = taken;
                    taken = null;
                    return out;
                }
            };
        }
    }

    private <T> Future<T> submit(Function<ParseWorker, T> task) {
        return pool.submit(() -> {
            ParseWorker w = workers.take();
            try {
                return task.apply(w);
            } finally {
                workers.put(w);
            }
        });
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        workers.forEach(ParseWorker::close);
    }
}
