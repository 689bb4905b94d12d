package dev.migralint.rule;

import dev.migralint.change.AlterEnumType;
import dev.migralint.change.Change;
import dev.migralint.change.EnumAlteration;
import dev.migralint.change.DropTable;
import dev.migralint.change.Other;
import dev.migralint.change.Unparsed;
import dev.migralint.online.CostModel;
import dev.migralint.online.Target;
import dev.migralint.online.Verdict;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Schema;
import dev.migralint.source.Dialect;
import dev.migralint.source.SourceSpan;
import dev.migralint.source.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checking one migration: applies its changes to the schema in order. For a reported migration it first asks every
 * rule about the migration as a whole ({@link Rule#checkMigration}), then about each change before it is applied
 * ({@link Rule#check}), then applies the migration's suppressions to what was found and asks the rules about the
 * suppressions ({@link Rule#checkSuppressions}). It is the {@link RuleContext} the rules see.
 */
final class MigrationRun implements RuleContext {
    /** Where findings about a whole migration point: its first line. */
    private static final SourceSpan TOP = new SourceSpan(0, 0, 1, 1, 1, 1);

    /** What the rules are being asked about: the migration before its changes, a change, or the migration after. */
    private enum Phase { BEFORE, CHANGE, AFTER }

    private final List<Rule> rules;
    private final Set<String> knownRules;
    private final Schema schema;
    private final Dialect dialect;
    private final Optional<Target> target;
    private final MigrationChanges migration;
    private final List<Finding> findings;
    private final Consumer<PlannedStatement> planner;
    private final MigrationMemory memory;
    private final UndeployedTables undeployed;
    private final HistoryOrigin origin;
    private final StatementCursor cursor;
    private final Set<Suppression> used = new HashSet<>();
    private Rule currentRule;
    private Phase phase = Phase.BEFORE;

    /**
     * {@code planner} is shown each statement of a reported migration with its verdict ({@code explain-plan});
     * {@code undeployed} carries the tables of migrations not yet deployed from one migration's run to the next.
     */
    MigrationRun(List<Rule> rules, Set<String> knownRules, Schema schema, Dialect dialect, Optional<Target> target,
                 MigrationChanges migration, List<Finding> findings, Consumer<PlannedStatement> planner,
                 UndeployedTables undeployed, HistoryOrigin origin) {
        this.origin = origin;
        this.rules = rules;
        this.knownRules = knownRules;
        this.schema = schema;
        this.dialect = dialect;
        this.target = target;
        this.migration = migration;
        this.findings = findings;
        this.planner = planner;
        this.memory = new MigrationMemory(dialect);
        this.undeployed = undeployed;
        this.cursor = new StatementCursor(migration.changes());
    }

    void run() {
        int firstFinding = findings.size();
        MigrationInfo info = new MigrationInfo(migration.name(), migration.file(), migration.git());
        if (migration.reported()) {
            askEveryRule(rule -> rule.checkMigration(info, this));
        }
        phase = Phase.CHANGE;
        Set<Integer> absorbed = new HashSet<>();
        for (cursor.moveTo(0); !cursor.done(); cursor.moveTo(cursor.current() + 1)) {
            if (absorbed.contains(cursor.current())) {
                continue; // part of a table redefinition already checked and applied as a whole
            }
            Optional<RedefinedTable> redefined = RedefinedTable.startingAt(cursor.changes(), cursor.current(), schema);
            if (redefined.isPresent()) {
                redefine(redefined.get());
                absorbed.addAll(redefined.get().absorbed());
                continue;
            }
            if (cursor.startsStatement()) {
                cursor.resolveStatement(schema);
            }
            Change change = cursor.change();
            if (migration.reported()) {
                if (cursor.startsStatement() && target.isPresent()) {
                    // the schema now is the schema before the statement: predict it before its first change
                    cursor.predicted(predict(target.get(), cursor.statement()));
                    planner.accept(new PlannedStatement(migration.file(), target.get(), cursor.at().statement(),
                            cursor.statement(), cursor.verdict()));
                }
                checkAll(change);
            }
            if ((change instanceof Other || change instanceof Unparsed) && cursor.startsStatement()) {
                origin.unmodelled(cursor.at().statement().text());
            }
            remember(change);
            schema.apply(change);
        }
        if (migration.reported()) {
            suppress(firstFinding);
            phase = Phase.AFTER;
            askEveryRule(rule -> rule.checkSuppressions(info, this));
        }
    }

    /** Notes what the change does, with the schema as it stands before it. */
    private void remember(Change change) {
        memory.remember(change, schema);
        undeployed.remember(migration, change, schema);
    }

    /** Marks the findings of this migration that one of its suppressions silences, and notes which were used. */
    private void suppress(int firstFinding) {
        if (migration.suppressions().isEmpty()) {
            return;
        }
        for (int i = firstFinding; i < findings.size(); i++) {
            Finding f = findings.get(i);
            for (Suppression s : migration.suppressions()) {
                if (s.silences(f)) {
                    findings.set(i, f.withSuppression(s.reason()));
                    used.add(s);
                    break;
                }
            }
        }
    }

    /**
     * The name a type has once this migration is done: a type a later statement renames (Prisma's enum rewrite
     * creates {@code Role_new} and renames it {@code Role}) under its final name; any other under its own.
     */
    private String typeNamedLater(String type) {
        for (Change c : cursor.later()) {
            if (c instanceof AlterEnumType a && a.name().equals(type)
                    && a.alteration() instanceof EnumAlteration.RenameType rename) {
                return rename.to();
            }
        }
        return type;
    }

    /**
     * The model's verdict for a statement. A bug in the model must not end the run with a stack trace: it gives no
     * prediction (the locking rules stay silent), like a statement the model does not know.
     */
    private Optional<Verdict> predict(Target server, List<Change> statement) {
        try {
            return CostModel.predict(server, statement, schema, this::createdInThisMigration, this::typeNamedLater);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void checkAll(Change change) {
        askEveryRule(rule -> rule.check(change, this));
    }

    /** Asks each rule in turn. A rule that throws is reported where it failed; the others still run. */
    private void askEveryRule(Consumer<Rule> question) {
        for (Rule rule : rules) {
            currentRule = rule;
            try {
                question.accept(rule);
            } catch (RuntimeException | Error e) {
                rethrowIfFatal(e);
                findings.add(failure(rule, e));
            }
        }
    }

    private Finding failure(Rule rule, Throwable e) {
        RuleInfo info = rule.info();
        if (phase != Phase.CHANGE) {
            return new Finding(info.id(), Severity.ERROR, info.category(), migration.file(), TOP,
                    "rule " + info.id() + " failed on this migration: " + e,
                    "This is a bug in the rule; please report it.");
        }
        ChangeAt at = cursor.at();
        return new Finding(info.id(), Severity.ERROR, info.category(), migration.file(), at.span(),
                "rule " + info.id() + " (" + origin(rule) + ") failed on this statement: " + e,
                "This is a bug in the rule; please report it to its authors with this statement. The other rules "
                        + "still checked it.", statementText(at, at.span()), Optional.empty());
    }

    /** Where a rule comes from, for messages: its class, and the plugin jar when it is not one of ours. */
    private static String origin(Rule rule) {
        String name = rule.getClass().getName();
        if (rule.getClass().getClassLoader() == MigrationRun.class.getClassLoader()) {
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

    /**
     * A rule (a plugin's, mostly) may throw anything, an {@code AssertionError}, a {@code NoClassDefFoundError} or a
     * bare {@code Error}, and that is a finding about the rule. Only the JVM running out of memory or failing inside
     * ends the run (as one line, in the CLI); a stack overflow is the rule's own recursion.
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
        // the copy starts without the old indexes; Prisma re-creates them next, over rows that satisfied them
        schema.table(r.table()).ifPresent(old -> old.indexes().forEach(idx -> memory.droppedIndex(old.name(), idx)));
        schema.apply(new DropTable(r.table(), false));
        schema.apply(r.replacement());
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
        return phase == Phase.CHANGE && cursor.startsStatement();
    }

    @Override
    public Optional<Verdict> statementVerdict() {
        return phase == Phase.CHANGE ? cursor.verdict() : Optional.empty();
    }

    @Override
    public List<Change> statementChanges() {
        return phase == Phase.CHANGE ? cursor.statement() : List.of();
    }

    @Override
    public List<Verdict> earlierVerdicts() {
        return cursor.earlierVerdicts();
    }

    @Override
    public boolean createdInThisMigration(String table) {
        return memory.created(table) || undeployed.contains(table);
    }

    @Override
    public boolean emptiedInThisMigration(String table) {
        return memory.emptied(table);
    }

    @Override
    public boolean columnAddedInThisMigration(String table, String column) {
        return memory.columnAdded(table, column) || undeployed.contains(table);
    }

    @Override
    public List<Index> droppedIndexes(String table) {
        return memory.droppedIndexes(table);
    }

    @Override
    public List<ForeignKey> droppedForeignKeys(String table) {
        return memory.droppedForeignKeys(table);
    }

    @Override
    public List<Change> earlierInMigration() {
        return phase == Phase.BEFORE ? List.of() : cursor.earlier();
    }

    @Override
    public List<Change> laterInMigration() {
        return phase == Phase.CHANGE ? cursor.later() : phase == Phase.BEFORE ? cursor.changes() : List.of();
    }

    @Override
    public String statementText() {
        return phase == Phase.CHANGE ? cursor.at().statement().text() : "";
    }

    @Override
    public boolean historyComplete() {
        return origin.complete();
    }

    @Override
    public boolean namedByUnmodelledStatement(String name) {
        return origin.namedUnmodelled(name);
    }

    @Override
    public List<Suppression> suppressions() {
        return migration.suppressions();
    }

    @Override
    public boolean silencedAFinding(Suppression suppression) {
        return used.contains(suppression);
    }

    @Override
    public boolean runs(String ruleId) {
        for (Rule r : rules) { // a loop, not a stream: rules ask for every change
            if (r.info().id().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> knownRules() {
        return knownRules;
    }

    @Override
    public void report(String message, String hint) {
        report(currentRule.info().severity(), message, hint);
    }

    @Override
    public void report(Severity severity, String message, String hint) {
        if (phase == Phase.CHANGE) {
            add(severity, cursor.at(), cursor.at().span(), message, hint);
        } else {
            add(severity, null, TOP, message, hint);
        }
    }

    @Override
    public void report(Change at, String message, String hint) {
        Optional<ChangeAt> written = cursor.at(at);
        if (written.isPresent()) {
            add(currentRule.info().severity(), written.get(), written.get().span(), message, hint);
        } else {
            report(message, hint);
        }
    }

    @Override
    public void report(SourceSpan at, String message, String hint) {
        add(currentRule.info().severity(), null, at, message, hint);
    }

    /** A finding of the current rule, at a change ({@code written}) or, when that is null, at a place in the file. */
    private void add(Severity severity, ChangeAt written, SourceSpan span, String message, String hint) {
        RuleInfo info = currentRule.info();
        findings.add(new Finding(info.id(), severity, info.category(), migration.file(), span, message, hint,
                statementText(written, span), Optional.empty()));
    }

    /**
     * The text of a finding's statement, whitespace collapsed (baselines match on it): the statement of its change;
     * for a finding at no statement of the file (about the whole file, or a problem found while splitting), the
     * first statement that holds its line, or none.
     */
    private String statementText(ChangeAt written, SourceSpan span) {
        List<Statement> statements = migration.statements();
        if (written != null && isOneOf(written.statement(), statements)) {
            return written.statement().oneLine();
        }
        // statements come in file order, so their end lines never decrease: the first that ends on or after the
        // line holds it unless it starts after it
        int low = 0;
        int high = statements.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (statements.get(mid).span().endLine() < span.line()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < statements.size() && statements.get(low).span().line() <= span.line()
                ? statements.get(low).oneLine() : "";
    }

    /** Whether {@code statement} is one of the file's statements (in file order), not a piece standing alone. */
    private static boolean isOneOf(Statement statement, List<Statement> statements) {
        int low = 0;
        int high = statements.size() - 1;
        int start = statement.span().start();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = statements.get(mid).span().start();
            if (at == start) {
                return statements.get(mid) == statement;
            }
            if (at < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }
}
