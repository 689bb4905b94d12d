package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.online.Target;
import dev.migralint.online.Verdict;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Schema;
import dev.migralint.source.Dialect;
import dev.migralint.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a rule may know while it checks one change, and how it reports. */
public interface RuleContext {

    /** The schema before the change being checked. Read it; never keep its tables. */
    Schema schema();

    Dialect dialect();

    /** The server the migrations will run on, when known (a MySQL 8.0 or PostgreSQL 16 default, or --target). */
    Optional<Target> target();

    /**
     * True for the first change of a statement. Rules about a whole statement (its algorithm, its lock) report there,
     * once per statement.
     */
    boolean firstInStatement();

    /** What the statement holding the current change does to a live server of the target; empty when unknown. */
    Optional<Verdict> statementVerdict();

    /** The changes of the statement holding the current change, in order (the current one among them). */
    List<Change> statementChanges();

    /** The verdicts of the statements of this migration before the current one, in order. */
    List<Verdict> earlierVerdicts();

    /**
     * True when the table was created earlier in the migration being checked (under this or an earlier name), or in
     * an earlier migration that is not deployed yet either ({@code --changed-since}: they reach production together).
     */
    boolean createdInThisMigration(String table);

    /**
     * True when an earlier statement of this migration emptied the table (TRUNCATE, DELETE without WHERE) and none
     * wrote rows to it since: nothing there can violate a new constraint or needs copying.
     */
    boolean emptiedInThisMigration(String table);

    /** True when the column was added earlier in this migration, or its table is new as {@link #createdInThisMigration} says. */
    boolean columnAddedInThisMigration(String table, String column);

    /**
     * Indexes, UNIQUE constraints and the primary key (as a unique index named PRIMARY) of the table dropped earlier
     * in this migration, as they were.
     */
    List<Index> droppedIndexes(String table);

    /** Foreign keys of the table dropped earlier in this migration, as they were. */
    List<ForeignKey> droppedForeignKeys(String table);

    /**
     * Changes of this migration before the one being checked, in order: none in {@link Rule#checkMigration}, all of
     * them in {@link Rule#checkSuppressions}.
     */
    List<Change> earlierInMigration();

    /**
     * Changes of this migration after the one being checked, in order: all of them in {@link Rule#checkMigration},
     * none in {@link Rule#checkSuppressions}.
     */
    List<Change> laterInMigration();

    /** Reports at the change being checked. */
    void report(String message, String hint);

    /** Reports at the change being checked, with another severity than the rule's default (a worse case of it). */
    void report(Severity severity, String message, String hint);

    /** Reports at another change of this migration (e.g. the later one that makes the current one dangerous). */
    void report(Change at, String message, String hint);

    /** Reports at a place in the migration that is no change, such as a comment. */
    void report(SourceSpan at, String message, String hint);

    /** The text of the statement holding the current change, as written; empty outside {@link Rule#check}. */
    String statementText();

    /**
     * True when the history starts from an empty database: its first migration creates tables and names no table it
     * did not create. Otherwise a table never seen may exist already (a folder that starts mid-way, a file alone).
     */
    boolean historyComplete();

    /**
     * True when an earlier statement of the history that the replay does not model (a view, a function or DO body, a
     * statement not understood) names this table or column, in any case: it may have created it out of our sight.
     */
    boolean namedByUnmodelledStatement(String name);

    /** The {@code migralint-ignore} comments of this migration, in the order written. */
    List<Suppression> suppressions();

    /**
     * True when the suppression silenced a finding of this migration: known in {@link Rule#checkSuppressions}, after
     * every rule has checked every change.
     */
    boolean silencedAFinding(Suppression suppression);

    /** True when the rule with this id runs in this lint (a suppression of a rule switched off is not stale). */
    boolean runs(String ruleId);

    /** The ids of every rule there is in this lint, running or switched off (a suppression naming another is a typo). */
    Set<String> knownRules();
}
