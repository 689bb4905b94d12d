package dev.migralint.rules;

import dev.migralint.change.AlterEnumType;
import dev.migralint.change.Change;
import dev.migralint.change.EnumAlteration;
import dev.migralint.change.DataType;
import dev.migralint.change.ModifyColumn;
import dev.migralint.rule.RuleContext;
import dev.migralint.schema.Column;
import java.util.Optional;

/** The type change a {@link ModifyColumn} makes to an existing column, as the two type rules see it. */
record ColumnTypes(ModifyColumn change, Column before, DataType after, TypeComparison.Result result,
                   Optional<String> renamedTo) {

    /** Empty unless the change states a type for a column that existed before this migration. */
    static Optional<ColumnTypes> of(Change change, RuleContext ctx) {
        Optional<ExistingColumnChange> existing = ExistingColumnChange.of(change, ctx);
        Optional<DataType> after = existing.flatMap(e -> e.change().newType());
        if (after.isEmpty()) {
            return Optional.empty();
        }
        ModifyColumn mc = existing.get().change();
        Column before = existing.get().before();
        TypeComparison comparison = new TypeComparison(ctx.dialect().isPostgresFamily(),
                name -> ctx.schema().enumType(name).map(e -> e.values()));
        boolean inUniqueKey = ctx.schema().table(mc.table()).map(t -> t.primaryKey().stream()
                .anyMatch(c -> t.sameColumn(c, mc.column())) || t.indexesWith(mc.column()).stream()
                .anyMatch(i -> i.unique())).orElse(false);
        // Prisma rewrites a PostgreSQL enum as a new type "Role_new" it renames "Role" afterwards: name the enum
        Optional<String> renamedTo = ctx.laterInMigration().stream()
                .filter(c -> c instanceof AlterEnumType a && a.name().equals(after.get().name())
                        && a.alteration() instanceof EnumAlteration.RenameType)
                .map(c -> ((EnumAlteration.RenameType) ((AlterEnumType) c).alteration()).to())
                .findFirst();
        return Optional.of(new ColumnTypes(mc, before, after.get(),
                comparison.compare(before.type(), after.get(),
                        new TypeComparison.Usage(inUniqueKey, before.autoIncrement())), renamedTo));
    }

    String column() {
        return change.table() + "." + change.column();
    }

    String describe() {
        return "column " + column() + " changes type from " + before.type().sql() + " to "
                + renamedTo.map(name -> "the new " + name + " (" + after.sql() + ", renamed " + name
                        + " later in this migration)").orElse(after.sql());
    }
}
