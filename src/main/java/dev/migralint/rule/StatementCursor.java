package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.online.Verdict;
import dev.migralint.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the engine is in one migration: its changes in order (each resolved against the schema as its statement
 * starts), which statement each belongs to, the change being checked, and the verdict of each statement predicted so
 * far.
 */
final class StatementCursor {
    private final List<Change> changes = new ArrayList<>();
    /** Where each change is written; a resolved change points where its original is. */
    private final Map<Change, ChangeAt> written = new IdentityHashMap<>();
    /** For each change, the index of the first change of its statement. */
    private final int[] statementStart;
    /**
     * The verdict of each statement checked so far, at the index of its first change (null elsewhere and for
     * statements not predicted yet): read by several rules for every change, so an array.
     */
    private final Optional<Verdict>[] verdicts;
    private int current;

    StatementCursor(List<ChangeAt> all) {
        statementStart = new int[all.size()];
        @SuppressWarnings("unchecked")
        Optional<Verdict>[] none = new Optional[all.size()];
        verdicts = none;
        for (int i = 0; i < all.size(); i++) {
            ChangeAt at = all.get(i);
            changes.add(at.change());
            written.put(at.change(), at);
            boolean sameStatement = i > 0 && all.get(i - 1).statement() == at.statement();
            statementStart[i] = sameStatement ? statementStart[i - 1] : i;
        }
    }

    int current() {
        return current;
    }

    void moveTo(int index) {
        current = index;
    }

    boolean done() {
        return current >= changes.size();
    }

    Change change() {
        return changes.get(current);
    }

    List<Change> changes() {
        return changes;
    }

    /** Where the current change is written. */
    ChangeAt at() {
        return written.get(changes.get(current));
    }

    /** Where a change of this migration is written, if it is one. */
    Optional<ChangeAt> at(Change change) {
        return Optional.ofNullable(written.get(change));
    }

    boolean startsStatement() {
        return !done() && statementStart[current] == current;
    }

    /**
     * Resolves the current statement's changes against the schema before it (DROP CONSTRAINT becomes what it
     * drops): the statement runs as one operation, so its prediction and the rules see the same changes.
     */
    void resolveStatement(Schema schema) {
        for (int i = current; i < changes.size() && statementStart[i] == current; i++) {
            Change original = changes.get(i);
            Change resolved = schema.resolve(original);
            if (resolved != original) {
                changes.set(i, resolved);
                written.put(resolved, written.get(original));
            }
        }
    }

    /** The changes of the statement holding the current change. */
    List<Change> statement() {
        if (done()) {
            return List.of();
        }
        int first = statementStart[current];
        int end = first + 1;
        while (end < changes.size() && statementStart[end] == first) {
            end++;
        }
        return Collections.unmodifiableList(changes.subList(first, end));
    }

    void predicted(Optional<Verdict> verdict) {
        verdicts[statementStart[current]] = verdict;
    }

    Optional<Verdict> verdict() {
        if (done()) {
            return Optional.empty();
        }
        Optional<Verdict> verdict = verdicts[statementStart[current]];
        return verdict == null ? Optional.empty() : verdict;
    }

    List<Verdict> earlierVerdicts() {
        int first = done() ? changes.size() : statementStart[current];
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            if (verdicts[i] != null) {
                verdicts[i].ifPresent(out::add);
            }
        }
        return out;
    }

    List<Change> earlier() {
        // a view, not a copy: rules ask for it on every change, and a copy made long migrations quadratic
        return Collections.unmodifiableList(changes.subList(0, Math.min(current, changes.size())));
    }

    List<Change> later() {
        return Collections.unmodifiableList(changes.subList(Math.min(current + 1, changes.size()), changes.size()));
    }
}
