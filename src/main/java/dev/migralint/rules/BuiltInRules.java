package dev.migralint.rules;

import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleCatalog;
import java.util.List;

/**
 * Our rules, made directly: this is their one list (a test checks that every rule class of this package is in it).
 * They are not in a {@code META-INF/services/dev.migralint.rule.Rule} file: finding them there would cost a
 * reflective lookup per class, about 10 ms of a 60 ms run on one small file. Plugin jars are read through
 * {@link java.util.ServiceLoader}.
 */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    /** New instances of every built-in rule. */
    public static List<Rule> create() {
        return List.of(
                new AddCheckConstraintRule(),
                new AddForeignKeyRule(),
                new AddForeignKeyValidatingRule(),
                new AddRequiredColumnRule(),
                new AddUniqueConstraintRule(),
                new BlocksWritesRule(),
                new ChangePrimaryKeyRule(),
                new ColumnTypeChangeRule(),
                new DeleteRowsRule(),
                new DropColumnRule(),
                new DropDefaultRule(),
                new DropForeignKeyRule(),
                new DropIndexRule(),
                new DropPrimaryKeyRule(),
                new DropTableRule(),
                new DropUniqueConstraintRule(),
                new EditedMigrationRule(),
                new ForeignKeyColumnTypeChangeRule(),
                new InlineReferencesRule(),
                new LossyTypeChangeRule(),
                new MixedDdlAndDataRule(),
                new MultipleRebuildsRule(),
                new OutOfOrderMigrationRule(),
                new ParseErrorRule(),
                new PrismaMigrationsTableRule(),
                new RefusedOnlineDdlRule(),
                new RenameColumnRule(),
                new RenameTableRule(),
                new RequireConcurrentIndexRule(),
                new SetNotNullRule(),
                new SuppressionWithoutReasonRule(),
                new TableRebuildRule(),
                new TruncateTableRule(),
                new UnknownReferenceRule(),
                new UnusedSuppressionRule(),
                new UpdateAllRowsRule());
    }

    /** The built-in rules alone. */
    public static RuleCatalog catalog() {
        return RuleCatalog.of(create());
    }
}
