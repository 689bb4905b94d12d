package dev.migralint.rules;

import dev.migralint.change.Change;
import dev.migralint.change.Changes;
import dev.migralint.change.DataChange;
import dev.migralint.change.Other;
import java.util.List;

/** The tables a change touches, for rules that care about a table whatever is done to it. */
final class Tables {
    private Tables() {
    }

    static List<String> of(Change c) {
        return Changes.tables(c);
    }

    /** True for changes to the schema (as opposed to rows, transactions, or statements we could not read). */
    static boolean isDdl(Change c) {
        return !(c instanceof DataChange || c instanceof dev.migralint.change.Transaction
                || c instanceof dev.migralint.change.Unparsed
                || c instanceof Other o && o.table().isEmpty());
    }

    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
