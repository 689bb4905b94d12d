package dev.migralint.rule;

import dev.migralint.change.Change;
import dev.migralint.change.Changes;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.Other;
import dev.migralint.change.RenameTable;
import dev.migralint.change.Unparsed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the history knows about where it starts. It is complete when its first migration starts from an empty
 * database: it creates tables and names no table it did not create (a Prisma init migration). A folder that starts
 * mid-way, or a file given alone, alters tables it never created: then a table we have not seen may well exist.
 * It also keeps the text of the statements the replay does not model (a view, a function or DO body, a statement we
 * could not read): a table or column one of them names may have been made there, out of our sight.
 */
final class HistoryOrigin {
    private final boolean complete;
    private final List<String> unmodelled = new ArrayList<>();
    /** The words (runs of identifier characters) of those statements, lower-cased: asked about for every change. */
    private final Set<String> unmodelledWords = new HashSet<>();

    private HistoryOrigin(boolean complete) {
        this.complete = complete;
    }

    /** Judges the history by its first migration, before anything of it is applied. */
    static HistoryOrigin of(MigrationChanges first) {
        return new HistoryOrigin(startsFromEmpty(first.changes()));
    }

    private static boolean startsFromEmpty(List<ChangeAt> changes) {
        // table names compare exactly in both dialects (MySQL on Linux; PostgreSQL after folding)
        Set<String> created = new HashSet<>();
        for (ChangeAt at : changes) {
            Change c = at.change();
            if (c instanceof CreateTable ct) {
                created.add(ct.table());
            } else if (c instanceof RenameTable rt && created.contains(rt.from())) {
                created.add(rt.to());
            } else if (!(c instanceof Other || c instanceof Unparsed)) {
                for (String t : Changes.tables(c)) {
                    if (!created.contains(t) && !(c instanceof DataChange && t.isEmpty())) {
                        return false;
                    }
                }
            }
        }
        return !created.isEmpty();
    }

    boolean complete() {
        return complete;
    }

    /** Notes a statement the replay does not model (call it once per statement). */
    void unmodelled(String statementText) {
        String text = statementText.toLowerCase(Locale.ROOT);
        unmodelled.add(text);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = identifierChar(text, i);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                unmodelledWords.add(text.substring(start, i));
                start = -1;
            }
        }
    }

    /**
     * True when a statement the replay does not model names this (a table or column) as a whole word, whatever its
     * case: {@code User} is named by {@code "user"} but not by {@code UserSettings}.
     */
    boolean namedUnmodelled(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (isOneWord(n)) {
            return unmodelledWords.contains(n); // the same answer as the scan below, without reading every text
        }
        for (String text : unmodelled) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                if (!identifierChar(text, at - 1) && !identifierChar(text, at + n.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOneWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!identifierChar(name, i)) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean identifierChar(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
