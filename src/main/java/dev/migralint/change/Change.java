package dev.migralint.change;

/**
 * One schema or data change. A statement lowers to one or more changes (an {@code ALTER TABLE} with three clauses
 * gives three). Table, column and index names are unquoted and, for PostgreSQL, folded as the server folds them.
 */
public sealed interface Change permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, ModifyColumn,
        RenameColumn, AddIndex, DropIndex, RenameIndex, AddForeignKey, DropForeignKey, AddPrimaryKey, DropPrimaryKey,
        DropConstraint, AddCheck, ValidateConstraint, AttachIndex, InlineReferences, CreateEnumType, AlterEnumType, DropType, DataChange, Transaction, Other, Unparsed {
}
