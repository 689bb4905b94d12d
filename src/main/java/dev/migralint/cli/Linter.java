package dev.migralint.cli;

import dev.migralint.change.Unparsed;
import dev.migralint.config.Suppressions;
import dev.migralint.report.LintReport;
import dev.migralint.online.Target;
import dev.migralint.rule.ChangeAt;
import dev.migralint.rule.Engine;
import dev.migralint.rule.Finding;
import dev.migralint.rule.GitBase;
import dev.migralint.rule.MigrationChanges;
import dev.migralint.source.Dialect;
import dev.migralint.source.History;
import dev.migralint.source.LineMap;
import dev.migralint.source.Migration;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.SplitProblem;
import dev.migralint.source.SplitResult;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import dev.migralint.source.Utf8;
import dev.migralint.sql.LoweredChange;
import dev.migralint.sql.ParseWorker;
import dev.migralint.sql.StatementLowering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One lint run over discovered histories: read → split → parse and lower → replay and check. Files that cannot be
 * read are reported to {@code errors} and skipped; files that are not UTF-8 become a located finding. Every other
 * problem in a file is a finding, and the run goes on.
 */
public final class Linter {
    /** Files larger than this are reported, not read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final Engine engine;
    private final Consumer<String> errors;
    private final Set<String> activeRules;
    private final Duration parseLimit;
    private final long maxFileBytes;
    private final MemoryBudget memoryBudget = MemoryBudget.forHeap();
    private Optional<Target> target = Optional.empty();

    /**
     * KiB of file that may be in the file threads at once (a permit a KiB): an eighth of the heap, since a file
     * being read and lowered takes several times its size (bytes, text, statements, line starts).
     */
    private record MemoryBudget(Semaphore semaphore, int permits) {
        static MemoryBudget forHeap() {
            int permits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 8 / 1024));
            return new MemoryBudget(new Semaphore(permits, true), permits);
        }
    }

    public Linter(Engine engine, Consumer<String> errors) {
        this(engine, errors, ParseWorker.DEFAULT_LIMIT, DEFAULT_MAX_FILE_BYTES);
    }

    public Linter(Engine engine, Consumer<String> errors, Duration parseLimit, long maxFileBytes) {
        this.engine = engine;
        this.errors = errors;
        this.activeRules = engine.rules().stream().map(r -> r.info().id()).collect(Collectors.toSet());
        this.parseLimit = parseLimit;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The server to predict locking for ({@code --target}). Without one, or for a history of another dialect, the
     * default of the history's dialect: MySQL 8.0 or PostgreSQL 16.
     */
    public Linter target(Optional<Target> server) {
        this.target = server;
        return this;
    }

    private Optional<Target> targetFor(Dialect dialect) {
        return target.filter(t -> t.speaks(dialect)).or(() -> Target.defaultFor(dialect));
    }

    public LintReport lint(List<History> histories) {
        return lint(histories, Map.of());
    }

    /** Lints with what git says about each migration file ({@code --changed-since}). */
    public LintReport lint(List<History> histories, Map<java.nio.file.Path, GitBase> git) {
        List<Finding> findings = new ArrayList<>();
        int migrations = 0;
        int statements = 0;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try (FileLowering files = new FileLowering(threads)) {
            for (History history : histories) {
                // files are read, split and parsed in parallel; the replay takes them in order as they are done
                List<Future<FileResult>> work = new ArrayList<>();
                for (Migration m : history.migrations()) {
                    work.add(files.submit(worker -> readAndLower(m, history.dialect(), worker)));
                }
                InFileOrder lowered = new InFileOrder(history.migrations(), work, files, git);
                List<Finding> found = engine.run(history.dialect(), targetFor(history.dialect()), lowered);
                lowered.size(); // takes the files the replay did not ask for (none, but the counts must be whole)
                findings.addAll(annotate(found, lowered.splits));
                migrations += lowered.migrations;
                statements += lowered.statements;
            }
        }
        findings.sort(Finding.ORDER);
        return new LintReport(findings, migrations, statements);
    }

    /**
     * A history's lowered migrations in file order, taken as the parallel lowering finishes them, so the replay of the
     * first files runs while later ones are still being parsed. Taking a file (on the replaying thread, in file order)
     * also counts it, keeps its split for {@link #annotate}, and reports a read error; a file that could not be read is
     * left out of the list. The iterator waits only for the file it returns; {@code size()} and {@code get} wait as
     * far as they need.
     */
    private final class InFileOrder extends AbstractList<MigrationChanges> {
        private final List<Migration> files;
        private final List<Future<FileResult>> work;
        private final FileLowering lowering;
        private final Map<java.nio.file.Path, GitBase> git;
        private final List<MigrationChanges> taken = new ArrayList<>();
        private int next;
        final Map<String, SplitResult> splits = new HashMap<>();
        int migrations;
        int statements;

        InFileOrder(List<Migration> files, List<Future<FileResult>> work, FileLowering lowering,
                    Map<java.nio.file.Path, GitBase> git) {
            this.files = files;
            this.work = work;
            this.lowering = lowering;
            this.git = git;
        }

        /** Takes files until the list holds {@code index} or every file is taken; true when it holds it. */
        private boolean takeThrough(int index) {
            while (taken.size() <= index && next < work.size()) {
                take(files.get(next), lowering.await(work.get(next)));
                next++;
            }
            return index < taken.size();
        }

        private void take(Migration m, FileResult result) {
            if (result.lowered().isEmpty()) {
                result.error().ifPresent(errors);
                return;
            }
            LoweredMigration lm = result.lowered().get();
            if (m.reported() && lm.split() != null) {
                splits.put(m.displayPath(), lm.split());
            }
            MigrationChanges mc = lm.changes();
            taken.add(new MigrationChanges(mc.name(), mc.file(), mc.reported(), mc.changes(),
                    Optional.ofNullable(git.get(m.file()))));
            if (m.reported()) {
                migrations++;
                statements += lm.statements();
            }
        }

        @Override
        public MigrationChanges get(int index) {
            if (index < 0 || !takeThrough(index)) {
                throw new IndexOutOfBoundsException(index);
            }
            return taken.get(index);
        }

        @Override
        public int size() {
            takeThrough(Integer.MAX_VALUE);
            return taken.size();
        }

        @Override
        public Iterator<MigrationChanges> iterator() {
            return new Iterator<>() {
                private int at;

                @Override
                public boolean hasNext() {
                    return takeThrough(at);
                }

                @Override
                public MigrationChanges next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return taken.get(at++);
                }
            };
        }
    }

    /**
     * A few file-lowering threads, each with its own parse worker (so parse time limits still hold per statement).
     * Each worker has as many lanes as there are file threads: a long file is parsed on all cores, even when it is
     * the only file. Read errors are collected and reported from the calling thread, in file order.
     */
    private final class FileLowering implements AutoCloseable {
        private final ExecutorService pool;
        private final BlockingQueue<ParseWorker> workers;

        FileLowering(int threads) {
            this.pool = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "migralint-files");
                t.setDaemon(true);
                return t;
            });
            this.workers = new ArrayBlockingQueue<>(threads);
            for (int i = 0; i < threads; i++) {
                workers.add(new ParseWorker(parseLimit, threads));
            }
        }

        <T> Future<T> submit(java.util.function.Function<ParseWorker, T> task) {
            return pool.submit(() -> {
                ParseWorker w = workers.take();
                try {
                    return task.apply(w);
                } finally {
                    workers.put(w);
                }
            });
        }

        <T> T await(Future<T> future) {
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

    /** Gives each finding its statement's text and applies the suppressions written in its file. */
    private List<Finding> annotate(List<Finding> findings, Map<String, SplitResult> splits) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        splits.keySet().forEach(file -> byFile.computeIfAbsent(file, k -> new ArrayList<>()));
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            SplitResult split = splits.get(e.getKey());
            if (split == null) {
                out.addAll(e.getValue());
                continue;
            }
            List<Finding> withText = new ArrayList<>();
            for (Finding f : e.getValue()) {
                withText.add(f.withStatement(statementAt(split.statements(), f.span())));
            }
            out.addAll(Suppressions.apply(e.getKey(), split.statements(), split.trailingComments(), withText,
                    activeRules));
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The text of the first statement holding a position's line, whitespace collapsed; empty outside every statement.
     * Statements come in file order, so their end lines never decrease: a binary search finds the first that ends on
     * or after the line, and it holds the line unless it starts after it.
     */
    private static String statementAt(List<Statement> statements, SourceSpan at) {
        int low = 0;
        int high = statements.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (statements.get(mid).span().endLine() < at.line()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low < statements.size() && statements.get(low).span().line() <= at.line()) {
            return statements.get(low).oneLine();
        }
        return "";
    }

    /**
     * What each statement of the reported migrations would do to a live server ({@code explain-plan}). Histories of
     * a dialect without a locking model (SQLite, SQL Server) are reported to {@code errors} and skipped.
     */
    public List<Engine.Planned> plan(List<History> histories) {
        List<Engine.Planned> planned = new ArrayList<>();
        try (ParseWorker worker = new ParseWorker(parseLimit)) {
            for (History history : histories) {
                Optional<Target> server = targetFor(history.dialect());
                if (server.isEmpty()) {
                    errors.accept("no locking model for " + history.dialect().id() + " (" + history.root() + ")");
                    continue;
                }
                List<MigrationChanges> lowered = new ArrayList<>();
                for (Migration m : history.migrations()) {
                    FileResult file = readAndLower(m, history.dialect(), worker);
                    file.error().ifPresent(errors);
                    file.lowered().ifPresent(lm -> lowered.add(lm.changes()));
                }
                planned.addAll(Engine.plan(history.dialect(), server.get(), lowered));
            }
        }
        return planned;
    }

    /**
     * What each statement of the reported migrations would do to a live server ({@code explain-plan}), for SQL
     * texts given directly: one migration per text, in order.
     */
    public List<Engine.Planned> planTexts(Dialect dialect, List<Migration> migrations, List<String> texts) {
        List<MigrationChanges> lowered = new ArrayList<>();
        try (ParseWorker worker = new ParseWorker(parseLimit)) {
            for (int i = 0; i < migrations.size(); i++) {
                lowered.add(lower(migrations.get(i), new Source(texts.get(i), null), dialect, worker).changes());
            }
        }
        return Engine.plan(dialect, targetFor(dialect).orElseThrow(
                () -> new IllegalArgumentException("no locking model for " + dialect.id())), lowered);
    }

    public LintReport lintTexts(Dialect dialect, List<Migration> migrations, List<String> texts) {
        List<MigrationChanges> lowered = new ArrayList<>();
        int statements = 0;
        try (ParseWorker worker = new ParseWorker(parseLimit)) {
            for (int i = 0; i < migrations.size(); i++) {
                LoweredMigration lm = lower(migrations.get(i), new Source(texts.get(i), null), dialect, worker);
                lowered.add(lm.changes());
                statements += migrations.get(i).reported() ? lm.statements() : 0;
            }
        }
        Map<String, SplitResult> splits = new HashMap<>();
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).reported()) {
                // texts that share a path (fixture sections) are parts of one file: their statements add up
                splits.merge(migrations.get(i).displayPath(), StatementSplitter.split(texts.get(i), dialect),
                        (a, b) -> new SplitResult(concat(a.statements(), b.statements()),
                                concat(a.trailingComments(), b.trailingComments()), concat(a.problems(), b.problems())));
            }
        }
        List<Finding> findings = new ArrayList<>(annotate(engine.run(dialect, targetFor(dialect), lowered), splits));
        findings.sort(Finding.ORDER);
        return new LintReport(findings, (int) migrations.stream().filter(Migration::reported).count(), statements);
    }

    /** The decoded text of a file, or the problem that kept it from being decoded. */
    private record Source(String text, ChangeAt decodeProblem) {
    }

    /** {@code split} is null when the file could not be decoded. */
    private record LoweredMigration(MigrationChanges changes, int statements, SplitResult split) {
    }

    /** A file's text, or why it could not be read (reported by the caller, in file order). */
    private record ReadResult(Optional<Source> source, Optional<String> error) {
        FileResult map(java.util.function.Function<Source, LoweredMigration> lower) {
            return new FileResult(source.map(lower), error);
        }
    }

    /** A file lowered, or why it could not be read. */
    private record FileResult(Optional<LoweredMigration> lowered, Optional<String> error) {
    }

    /**
     * A file read and lowered, as one task of the file threads. Reading holds the file's bytes, its text and then its
     * statements at once, several times the file's size: the bytes in flight across the threads are held within
     * {@link #memoryBudget} (a file larger than the budget goes alone), so a few large files cannot together exhaust
     * the heap.
     */
    private FileResult readAndLower(Migration m, Dialect dialect, ParseWorker worker) {
        long size;
        try {
            size = Files.size(m.file());
        } catch (IOException | RuntimeException e) {
            return new FileResult(Optional.empty(), Optional.of("cannot read " + m.displayPath() + ": " + describe(e)));
        }
        if (size > maxFileBytes) {
            return new FileResult(Optional.of(lower(m, tooLarge(size), dialect, worker)), Optional.empty());
        }
        int permits = (int) Math.min(memoryBudget.permits(), Math.max(1, size >> 10));
        try {
            memoryBudget.semaphore().acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FileResult(Optional.empty(), Optional.of("cannot read " + m.displayPath() + ": interrupted"));
        }
        try {
            return read(m).map(source -> lower(m, source, dialect, worker));
        } finally {
            memoryBudget.semaphore().release(permits);
        }
    }

    private ReadResult read(Migration m) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(m.file());
        } catch (IOException | RuntimeException e) {
            return new ReadResult(Optional.empty(), Optional.of("cannot read " + m.displayPath() + ": "
                    + describe(e)));
        }
        if (bytes.length > maxFileBytes) { // it grew since it was measured
            return found(tooLarge(bytes.length));
        }
        // the JDK's own decoding is far quicker than a decoder's loop; it turns malformed bytes into U+FFFD, so text
        // without one was valid UTF-8, and only text with one (malformed, or a real U+FFFD) is checked strictly
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return found(new Source(text, null));
        }
        int bad = Utf8.firstMalformed(bytes);
        if (bad < 0) {
            return found(new Source(text, null));
        }
        // located as every other finding is: lines as LineMap breaks them, a BOM taking no column
        SourceSpan span = Utf8.positionOf(bytes, bad);
        return found(new Source("", new ChangeAt(new Unparsed(String.format(
                "file is not valid UTF-8: byte 0x%02x at offset %d; the file was not linted",
                bytes[bad] & 0xff, bad)), span)));
    }

    /** A file over --max-file-size: a finding at 1:1, and nothing read. */
    private Source tooLarge(long size) {
        return new Source("", new ChangeAt(new Unparsed(String.format("file is %.1f MiB, over the %d MiB limit "
                + "(--max-file-size); it was not read", size / 1048576.0, maxFileBytes / 1048576)),
                new SourceSpan(0, 0, 1, 1, 1, 1)));
    }

    private static ReadResult found(Source source) {
        return new ReadResult(Optional.of(source), Optional.empty());
    }

    private LoweredMigration lower(Migration m, Source source, Dialect dialect, ParseWorker worker) {
        List<ChangeAt> changes = new ArrayList<>();
        if (source.decodeProblem() != null) {
            changes.add(source.decodeProblem());
            return new LoweredMigration(new MigrationChanges(m.name(), m.displayPath(), m.reported(), changes), 0,
                    null);
        }
        String text = source.text();
        SplitResult split = StatementSplitter.split(text, dialect);
        LineMap lines = LineMap.of(text);
        StatementLowering lowering = new StatementLowering(dialect, worker);
        for (SplitProblem problem : split.problems()) {
            changes.add(new ChangeAt(new Unparsed(problem.message()), problem.span()));
        }
        List<Statement> parseable = split.statements().stream()
                // a statement holding an unterminated quote or comment is reported where that opens; parsing it
                // would only add noise
                .filter(st -> !containsProblem(st, split.problems()))
                .toList();
        List<List<LoweredChange>> lowered = lowering.lowerAll(parseable, lines);
        for (int i = 0; i < lowered.size(); i++) {
            SourceSpan statement = parseable.get(i).span();
            for (LoweredChange lc : lowered.get(i)) {
                changes.add(new ChangeAt(lc.change(), lc.span(), statement));
            }
        }
        return new LoweredMigration(new MigrationChanges(m.name(), m.displayPath(), m.reported(), changes),
                split.statements().size(), split);
    }

    private static boolean containsProblem(Statement st, List<SplitProblem> problems) {
        for (SplitProblem p : problems) {
            if (p.span().start() >= st.span().start() && p.span().start() < Math.max(st.span().end(),
                    st.span().start() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String msg = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
