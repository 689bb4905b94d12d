package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.schema.ForeignKey;
import dev.migralint.schema.Index;
import dev.migralint.schema.Schema;
import dev.migralint.source.Dialect;
import java.util.List;

/** What a rule may know while it checks one change, and how it reports. */
public interface RuleContext {

    /** The schema before the change being checked. Read it; never keep its tables. */
    Schema schema();

    Dialect dialect();

    /** True when the table was created earlier in the migration being checked (under this or an earlier name). */
    boolean createdInThisMigration(String table);

    /** True when the column was added earlier in this migration, or its table was created in it. */
    boolean columnAddedInThisMigration(String table, String column);

    /**
     * Indexes, UNIQUE constraints and the primary key (as a unique index named PRIMARY) of the table dropped earlier
     * in this migration, as they were.
     */
    List<Index> droppedIndexes(String table);

    /** Foreign keys of the table dropped earlier in this migration, as they were. */
    List<ForeignKey> droppedForeignKeys(String table);

    /** Changes of this migration before the one being checked, in order. */
    List<Change> earlierInMigration();

    /** Changes of this migration after the one being checked, in order. */
    List<Change> laterInMigration();

    /** Reports at the change being checked. */
    void report(String message, String hint);

    /** Reports at the change being checked, with another severity than the rule's default (a worse case of it). */
    void report(Severity severity, String message, String hint);

    /** Reports at another change of this migration (e.g. the later one that makes the current one dangerous). */
    void report(Change at, String message, String hint);
}
