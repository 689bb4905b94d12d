package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.Changes;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.Other;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import java.util.List;
import java.util.Optional;

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
