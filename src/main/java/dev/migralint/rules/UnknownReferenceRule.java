package dev.migralint.rules;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameTable;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import dev.migralint.schema.Table;
import dev.migralint.source.Dialect;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Flags, in a history that starts from an empty database, an ALTER of a table no earlier migration created or of a
 * column its table does not have: {@code migrate deploy} stops there (MySQL 1146 / 1054, PostgreSQL 42P01 / 42703),
 * and it is almost always a typo. In a partial history a table never seen is treated as existing, as everywhere.
 */
public final class UnknownReferenceRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("unknown-reference", Category.HYGIENE, Severity.WARNING,
            "A statement names a table or column that no earlier migration created");

    private static final Pattern IF_EXISTS = Pattern.compile("(?i)\\bIF\\s+EXISTS\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        Optional<String> table = checkedTable(change, ctx);
        if (table.isEmpty()) {
            return;
        }
        Optional<Table> known = ctx.schema().table(table.get());
        if (known.isEmpty()) {
            if (firstAboutTable(change, table.get(), ctx)) {
                reportTable(table.get(), ctx);
            }
            return;
        }
        unknownColumn(change, known.get()).ifPresent(c -> reportColumn(known.get(), c, ctx));
    }

    /**
     * True when this rule runs and reports the change as naming a table or column that does not exist: the rules that
     * would treat the missing object as real (dropping or renaming it) say nothing then, rather than contradict it.
     */
    static boolean namesNothing(Change change, RuleContext ctx) {
        if (!ctx.historyComplete() || !ctx.runs(INFO.id())) {
            return false;
        }
        // the common case first, cheaply: the table and column are known
        Optional<String> altered = alteredTable(change);
        Optional<Table> existing = altered.flatMap(t -> ctx.schema().table(t));
        if (altered.isEmpty() || existing.isPresent() && unknownColumn(change, existing.get()).isEmpty()) {
            return false;
        }
        Optional<String> table = checkedTable(change, ctx);
        if (table.isEmpty()) {
            return false;
        }
        Optional<Table> known = ctx.schema().table(table.get());
        return known.isEmpty() || unknownColumn(change, known.get()).isPresent();
    }

    /** The table of a change this rule checks, in a complete history; empty when it does not check it. */
    private static Optional<String> checkedTable(Change change, RuleContext ctx) {
        if (!ctx.historyComplete()) {
            return Optional.empty();
        }
        Optional<String> table = alteredTable(change);
        if (table.isEmpty() || table.get().equalsIgnoreCase(PrismaMigrationsTableRule.TABLE) // Prisma makes it
                || IF_EXISTS.matcher(ctx.statementText()).find()
                || ctx.namedByUnmodelledStatement(table.get())) {
            return Optional.empty();
        }
        return table;
    }

    private static Optional<String> unknownColumn(Change change, Table known) {
        return column(change).filter(c -> known.column(c).isEmpty() && !known.columns().isEmpty());
    }

    /** The table an ALTER TABLE (or CREATE INDEX) clause needs to exist. */
    private static Optional<String> alteredTable(Change c) {
        if (c instanceof AddColumn x) {
            return Optional.of(x.table());
        } else if (c instanceof DropColumn x) {
            return Optional.of(x.table());
        } else if (c instanceof ModifyColumn x) {
            return Optional.of(x.table());
        } else if (c instanceof RenameColumn x) {
            return Optional.of(x.table());
        } else if (c instanceof AddIndex x) {
            return Optional.of(x.table());
        } else if (c instanceof AddForeignKey x) {
            return Optional.of(x.table());
        } else if (c instanceof DropForeignKey x) {
            return Optional.of(x.table());
        } else if (c instanceof AddPrimaryKey x) {
            return Optional.of(x.table());
        } else if (c instanceof DropPrimaryKey x) {
            return Optional.of(x.table());
        } else if (c instanceof AddCheck x) {
            return Optional.of(x.table());
        } else if (c instanceof RenameTable x) {
            return Optional.of(x.from());
        } else if (c instanceof DropTable x && !x.ifExists()) {
            return Optional.of(x.table());
        }
        return Optional.empty();
    }

    /** The existing column a clause needs: the one it drops, changes or renames. */
    private static Optional<String> column(Change c) {
        if (c instanceof DropColumn x) {
            return Optional.of(x.column());
        } else if (c instanceof ModifyColumn x) {
            return Optional.of(x.column());
        } else if (c instanceof RenameColumn x) {
            return Optional.of(x.from());
        }
        return Optional.empty();
    }

    /** One finding a statement: {@code ALTER TABLE x ADD a, ADD b} of an unknown x is one mistake. */
    private static boolean firstAboutTable(Change change, String table, RuleContext ctx) {
        for (Change c : ctx.statementChanges()) {
            if (c == change) {
                return true;
            }
            if (alteredTable(c).filter(table::equals).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static void reportTable(String table, RuleContext ctx) {
        Optional<String> otherCase = ctx.schema().tables().stream().map(Table::name)
                .filter(n -> n.equalsIgnoreCase(table)).findFirst();
        String error = ctx.dialect().isPostgresFamily() ? "42P01" : "1146";
        String message = "table " + table + " is not created by any earlier migration: migrate deploy fails here ("
                + error + ")" + otherCase.map(n -> caseNote(n, ctx.dialect())).orElse("");
        ctx.report(message, otherCase.map(n -> "Write the name as " + n + " was created.")
                .orElse("Check the name for a typo against the CREATE TABLE that made it; if the table is created "
                        + "outside the migrations, suppress this with the reason."));
    }

    private static String caseNote(String created, Dialect dialect) {
        return dialect.isPostgresFamily()
                ? "; " + created + " is (quoted names keep their case in PostgreSQL)"
                : "; " + created + " is (MySQL table names are case-sensitive on Linux servers)";
    }

    private static void reportColumn(Table table, String column, RuleContext ctx) {
        String error = ctx.dialect().isPostgresFamily() ? "42703" : "1054";
        Optional<String> otherCase = table.columns().stream().map(c -> c.name())
                .filter(n -> n.equalsIgnoreCase(column)).findFirst();
        ctx.report("column " + table.name() + "." + column + " does not exist (no earlier migration adds it): "
                        + "migrate deploy fails here (" + error + ")"
                        + otherCase.map(n -> "; " + n + " does (quoted names keep their case in PostgreSQL)").orElse(""),
                otherCase.map(n -> "Write the name as " + n + " was created.").orElse(
                        "Check the name against the columns of " + table.name() + ": " + columnNames(table) + "."));
    }

    private static String columnNames(Table table) {
        var names = table.columns().stream().map(c -> c.name()).toList();
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + ", …";
    }
}
