package dev.migralint.change;

import java.util.List;
import java.util.Optional;

/** Facts about any change. */
public final class Changes {
    private Changes() {
    }

    /** The tables a change names: one for most, both names for a rename, none for a transaction. */
    public static List<String> tables(Change c) {
        if (c instanceof RenameTable rt) {
            return List.of(rt.from(), rt.to());
        }
        Optional<String> one = Optional.empty();
        if (c instanceof CreateTable x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropTable x) {
            one = Optional.of(x.table());
        } else if (c instanceof AddColumn x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropColumn x) {
            one = Optional.of(x.table());
        } else if (c instanceof ModifyColumn x) {
            one = Optional.of(x.table());
        } else if (c instanceof RenameColumn x) {
            one = Optional.of(x.table());
        } else if (c instanceof AddIndex x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropIndex x) {
            one = x.table();
        } else if (c instanceof RenameIndex x) {
            one = x.table();
        } else if (c instanceof AddForeignKey x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropForeignKey x) {
            one = Optional.of(x.table());
        } else if (c instanceof AddPrimaryKey x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropPrimaryKey x) {
            one = Optional.of(x.table());
        } else if (c instanceof DropConstraint x) {
            one = Optional.of(x.table());
        } else if (c instanceof AddCheck x) {
            one = Optional.of(x.table());
        } else if (c instanceof ValidateConstraint x) {
            one = Optional.of(x.table());
        } else if (c instanceof AttachIndex x) {
            one = Optional.of(x.table());
        } else if (c instanceof InlineReferences x) {
            one = Optional.of(x.table());
        } else if (c instanceof DataChange x) {
            one = Optional.of(x.table());
        } else if (c instanceof Other x) {
            one = x.table();
        }
        return one.map(List::of).orElse(List.of());
    }
}
