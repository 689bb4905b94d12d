package dev.migralint.rule;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.IndexKind;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameTable;
import dev.migralint.online.CostModel;
import dev.migralint.online.Target;
import dev.migralint.online.Verdict;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.NameRules;
import dev.migralint.schema.Schema;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import dev.migralint.source.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a migration history into a fresh {@link Schema} and runs every rule on every change of the reported
 * migrations, before the change is applied. A value: make as many as you like, each run starts from an empty schema.
 */
public final class Engine {
    private final List<Rule> rules;
    /** Where findings about a whole migration point: its first line. */
    private static final SourceSpan TOP = new SourceSpan(0, 0, 1, 1, 1, 1);

    public Engine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Where a rule comes from, for messages: its class, and the plugin jar when it is not one of ours. */
    private static String origin(Rule rule) {
        String name = rule.getClass().getName();
        if (rule.getClass().getClassLoader() == Engine.class.getClassLoader()) {
            return name;
        }
        try {
            var source = rule.getClass().getProtectionDomain().getCodeSource();
            return source == null ? name
                    : name + " from plugin " + java.nio.file.Path.of(source.getLocation().toURI()).getFileName();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return name;
        }
    }

    /** Lints a history given in application order and returns the findings, sorted for reports. */
    public List<Finding> run(Dialect dialect, List<MigrationChanges> history) {
        return run(dialect, Target.defaultFor(dialect), history);
    }

    /**
     * Lints a history for a target server ({@code --target}); with none, rules that predict locking stay silent. A
     * target of another dialect's server (a MySQL target for a PostgreSQL history) counts as none.
     */
    public List<Finding> run(Dialect dialect, Optional<Target> target, List<MigrationChanges> history) {
        Optional<Target> serving = target.filter(t -> t.speaks(dialect));
        Schema schema = new Schema(dialect.isPostgresFamily() ? NameRules.EXACT : NameRules.MYSQL);
        List<Finding> findings = new ArrayList<>();
        for (MigrationChanges migration : history) {
            new MigrationRun(schema, dialect, serving, migration, findings).run();
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** One statement of a planned migration: where it is, what it lowered to, and the verdict for the target. */
    public record Planned(String file, Target target, SourceSpan statement, List<Change> changes,
                          Optional<Verdict> verdict) {
    }

    /**
     * Replays a history and predicts, for every statement of the reported migrations, what it does to a live server
     * of the target ({@code migralint explain-plan}). Rules do not run.
     */
    public static List<Planned> plan(Dialect dialect, Target target, List<MigrationChanges> history) {
        Schema schema = new Schema(dialect.isPostgresFamily() ? NameRules.EXACT : NameRules.MYSQL);
        Engine none = new Engine(List.of());
        List<Planned> planned = new ArrayList<>();
        for (MigrationChanges migration : history) {
            MigrationRun run = none.new MigrationRun(schema, dialect, Optional.of(target), migration,
                    new ArrayList<>());
            run.planned = planned;
            run.run();
        }
        return planned;
    }

    /** The state of checking one migration: what it created so far, and where each of its changes is. */
    private final class MigrationRun implements RuleContext {
        private final Schema schema;
        private final Dialect dialect;
        private final Optional<Target> target;
        private final MigrationChanges migration;
        private final List<Finding> findings;
        private final List<Change> changes = new ArrayList<>();
        private final Map<Change, SourceSpan> spans = new IdentityHashMap<>();
        /** For each change, the index of the first change of its statement. */
        private final int[] statementStart;
        private final List<SourceSpan> statementSpans = new ArrayList<>();
        /**
         * The verdict of each statement of this migration checked so far, at the index of its first change (null
         * elsewhere and for statements not predicted yet): read by several rules for every change, so an array.
         */
        private final Optional<Verdict>[] verdicts;
        private final Set<String> createdTables = new HashSet<>();
        private final Set<String> addedColumns = new HashSet<>();
        private final List<Index> droppedIndexes = new ArrayList<>();
        private final List<String> droppedIndexTables = new ArrayList<>();
        private final List<ForeignKey> droppedForeignKeys = new ArrayList<>();
        private int current;
        /** Where {@link #plan} collects the statements; null when linting. */
        private List<Planned> planned;
        private Rule currentRule;
        private boolean checkingMigration;

        MigrationRun(Schema schema, Dialect dialect, Optional<Target> target, MigrationChanges migration,
                     List<Finding> findings) {
            this.schema = schema;
            this.dialect = dialect;
            this.target = target;
            this.migration = migration;
            this.findings = findings;
            List<ChangeAt> all = migration.changes();
            statementStart = new int[all.size()];
            @SuppressWarnings("unchecked")
            Optional<Verdict>[] none = new Optional[all.size()];
            verdicts = none;
            for (int i = 0; i < all.size(); i++) {
                ChangeAt at = all.get(i);
                // rules see DROP CONSTRAINT already resolved; resolution needs the schema, so it happens as each
                // statement starts (see run)
                changes.add(at.change());
                spans.put(at.change(), at.span());
                statementSpans.add(at.statement());
                boolean sameStatement = i > 0 && all.get(i - 1).statement().equals(at.statement());
                statementStart[i] = sameStatement ? statementStart[i - 1] : i;
            }
        }

        void run() {
            if (migration.reported()) {
                checkingMigration = true;
                MigrationInfo info = new MigrationInfo(migration.name(), migration.file(), migration.git());
                for (Rule rule : rules) {
                    currentRule = rule;
                    try {
                        rule.checkMigration(info, this);
                    } catch (RuntimeException | Error e) {
                        rethrowIfFatal(e);
                        findings.add(new Finding(rule.info().id(), Severity.ERROR, rule.info().category(),
                                migration.file(), TOP, "rule " + rule.info().id() + " failed on this migration: " + e,
                                "This is a bug in the rule; please report it."));
                    }
                }
                checkingMigration = false;
            }
            Set<Integer> absorbed = new HashSet<>();
            for (current = 0; current < changes.size(); current++) {
                if (absorbed.contains(current)) {
                    continue; // part of a table redefinition already checked and applied as a whole
                }
                Optional<RedefinedTable> redefined = RedefinedTable.startingAt(changes, current, schema);
                if (redefined.isPresent()) {
                    redefine(redefined.get());
                    absorbed.addAll(redefined.get().absorbed());
                    continue;
                }
                if (statementStart[current] == current) {
                    // the statement runs as one operation on the schema before it: resolve all its clauses now,
                    // so the prediction and the rules see the same DROP CONSTRAINT
                    for (int i = current; i < changes.size() && statementStart[i] == current; i++) {
                        Change original = changes.get(i);
                        Change resolved = schema.resolve(original);
                        if (resolved != original) {
                            changes.set(i, resolved);
                            spans.put(resolved, spans.get(original));
                        }
                    }
                }
                Change change = changes.get(current);
                if (migration.reported()) {
                    if (statementStart[current] == current && target.isPresent()) {
                        // the schema now is the schema before the statement: predict it before its first change
                        verdicts[current] = predict(target.get(), statementAt(current));
                        if (planned != null) {
                            planned.add(new Planned(migration.file(), target.get(), statementSpans.get(current),
                                    statementAt(current), verdicts[current]));
                        }
                    }
                    checkAll(change);
                }
                remember(change);
                schema.apply(change);
            }
        }

        /**
         * The model's verdict for a statement. A bug in the model must not end the run with a stack trace: it gives
         * no prediction (the locking rules stay silent), like a statement the model does not know.
         */
        private Optional<Verdict> predict(Target server, List<Change> statement) {
            try {
                return CostModel.predict(server, statement, schema, createdTables::contains);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The changes of the statement that starts at change {@code first}. */
        private List<Change> statementAt(int first) {
            int end = first + 1;
            while (end < changes.size() && statementStart[end] == first) {
                end++;
            }
            return Collections.unmodifiableList(changes.subList(first, end));
        }

        /** Runs every rule on the change. A rule that throws is reported where it failed; the others still run. */
        private void checkAll(Change change) {
            for (Rule rule : rules) {
                currentRule = rule;
                try {
                    rule.check(change, this);
                } catch (RuntimeException | Error e) {
                    rethrowIfFatal(e);
                    RuleInfo info = rule.info();
                    findings.add(new Finding(info.id(), Severity.ERROR, info.category(), migration.file(),
                            spans.get(changes.get(current)), "rule " + info.id() + " (" + origin(rule)
                            + ") failed on this statement: " + e, "This is a bug in the rule; please report it "
                            + "to its authors with this statement. The other rules still checked it."));
                }
            }
        }

        /**
         * A rule (a plugin's, mostly) may throw anything, an {@code AssertionError}, a {@code NoClassDefFoundError}
         * or a bare {@code Error}, and that is a finding about the rule. Only the JVM running out of memory or
         * failing inside ends the run (as one line, in {@code Main}); a stack overflow is the rule's own recursion.
         */
        private static void rethrowIfFatal(Throwable e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
        }

        /** Checks the column changes of a redefinition as changes to the table, then puts the new table in place. */
        private void redefine(RedefinedTable r) {
            for (Change change : r.columnChanges()) {
                if (migration.reported()) {
                    checkAll(change);
                }
                remember(change);
                schema.apply(change);
            }
            schema.table(r.table()).ifPresent(old -> {
                // the copy starts without the old indexes; Prisma re-creates them next, over rows that satisfied them
                for (Index idx : old.indexes()) {
                    droppedIndexes.add(idx);
                    droppedIndexTables.add(old.name());
                }
            });
            schema.apply(new DropTable(r.table(), false));
            schema.apply(r.replacement());
        }

        private void remember(Change change) {
            if (change instanceof CreateTable ct) {
                if (ct.ifNotExists() && schema.table(ct.table()).isPresent()) {
                    return; // the server skips it: the table is not new
                }
                createdTables.add(ct.table());
                ct.columns().forEach(c -> addedColumns.add(columnKey(ct.table(), c.name())));
            } else if (change instanceof RenameTable rt && createdTables.contains(rt.from())) {
                createdTables.add(rt.to());
            } else if (change instanceof AddColumn ac) {
                addedColumns.add(columnKey(ac.table(), ac.column().name()));
            } else if (change instanceof RenameColumn rc && addedColumns.contains(columnKey(rc.table(), rc.from()))) {
                addedColumns.add(columnKey(rc.table(), rc.to()));
            } else if (change instanceof DropIndex di) {
                // keep what the drop removes, so rules can tell a re-creation from a new constraint
                Optional<Table> t = di.table().flatMap(schema::table).or(() -> schema.tableOfIndex(di.name()));
                t.ifPresent(table -> table.index(di.name()).ifPresent(idx -> {
                    droppedIndexes.add(idx);
                    droppedIndexTables.add(table.name());
                }));
            } else if (change instanceof DropPrimaryKey dp) {
                // the dropped primary key counts as a unique key the rows satisfied
                schema.table(dp.table()).filter(t -> !t.primaryKey().isEmpty()).ifPresent(t -> {
                    droppedIndexes.add(new Index("PRIMARY", t.primaryKey(), IndexKind.UNIQUE));
                    droppedIndexTables.add(t.name());
                });
            } else if (change instanceof DropForeignKey df) {
                schema.table(df.table()).flatMap(t -> t.foreignKey(df.name())).ifPresent(droppedForeignKeys::add);
            }
        }

        private String columnKey(String table, String column) {
            String c = dialect.isPostgresFamily() ? column : column.toLowerCase(Locale.ROOT);
            return table + "\u0000" + c;
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public Dialect dialect() {
            return dialect;
        }

        @Override
        public Optional<Target> target() {
            return target;
        }

        @Override
        public boolean firstInStatement() {
            return !checkingMigration && current < changes.size() && statementStart[current] == current;
        }

        @Override
        public Optional<Verdict> statementVerdict() {
            if (checkingMigration || current >= changes.size()) {
                return Optional.empty();
            }
            Optional<Verdict> verdict = verdicts[statementStart[current]];
            return verdict == null ? Optional.empty() : verdict;
        }

        @Override
        public List<Change> statementChanges() {
            return checkingMigration || current >= changes.size() ? List.of() : statementAt(statementStart[current]);
        }

        @Override
        public List<Verdict> earlierVerdicts() {
            int first = current < changes.size() ? statementStart[current] : changes.size();
            List<Verdict> out = new ArrayList<>();
            for (int i = 0; i < first; i++) {
                if (verdicts[i] != null) {
                    verdicts[i].ifPresent(out::add);
                }
            }
            return out;
        }

        @Override
        public boolean createdInThisMigration(String table) {
            return createdTables.contains(table);
        }

        @Override
        public boolean columnAddedInThisMigration(String table, String column) {
            return createdTables.contains(table) || addedColumns.contains(columnKey(table, column));
        }

        @Override
        public List<Index> droppedIndexes(String table) {
            List<Index> out = new ArrayList<>();
            for (int i = 0; i < droppedIndexes.size(); i++) {
                if (droppedIndexTables.get(i).equals(table)) {
                    out.add(droppedIndexes.get(i));
                }
            }
            return out;
        }

        @Override
        public List<ForeignKey> droppedForeignKeys(String table) {
            return droppedForeignKeys.stream().filter(fk -> fk.table().equals(table)).toList();
        }

        @Override
        public List<Change> earlierInMigration() {
            // a view, not a copy: rules ask for it on every change, and a copy made long migrations quadratic
            return Collections.unmodifiableList(changes.subList(0, current));
        }

        @Override
        public List<Change> laterInMigration() {
            return Collections.unmodifiableList(changes.subList(Math.min(current + 1, changes.size()),
                    changes.size()));
        }

        @Override
        public void report(String message, String hint) {
            add(currentRule.info().severity(), checkingMigration ? TOP : spans.get(changes.get(current)), message,
                    hint);
        }

        @Override
        public void report(Severity severity, String message, String hint) {
            add(severity, checkingMigration ? TOP : spans.get(changes.get(current)), message, hint);
        }

        @Override
        public void report(Change at, String message, String hint) {
            SourceSpan fallback = checkingMigration || current >= changes.size() ? TOP : spans.get(changes.get(current));
            add(currentRule.info().severity(), spans.getOrDefault(at, fallback), message, hint);
        }

        private void add(Severity severity, SourceSpan span, String message, String hint) {
            RuleInfo info = currentRule.info();
            findings.add(new Finding(info.id(), severity, info.category(), migration.file(), span, message, hint));
        }
    }
}
