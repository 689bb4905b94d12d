package dev.migralint.rules;

import dev.migralint.change.AddColumn;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnDef;
import dev.migralint.rule.Category;
import dev.migralint.rule.Rule;
import dev.migralint.rule.RuleContext;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.util.Set;

/**
 * Flags {@code ADD COLUMN … NOT NULL} without a default on an existing table: PostgreSQL refuses it on a non-empty
 * table; MySQL fills old rows with an implicit value; and either way the old code's INSERTs, which do not know the
 * column, fail afterwards.
 */
public final class AddRequiredColumnRule implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("add-required-column", Category.BACKWARDS_INCOMPATIBLE,
            Severity.ERROR, "A NOT NULL column without a default breaks inserts from code that does not know it");

    private static final Set<String> ZERO_DATE_TYPES = Set.of("DATE", "DATETIME", "TIMESTAMP");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof AddColumn add) || ctx.createdInThisMigration(add.table())) {
            return;
        }
        ColumnDef c = add.column();
        if (c.nullable() || c.defaultValue().isPresent() || c.autoIncrement() || c.generated()) {
            return;
        }
        String name = add.table() + "." + c.name();
        String effect;
        if (ctx.dialect().isPostgresFamily()) {
            effect = "PostgreSQL rejects it if the table has rows (error 23502)";
        } else if (ZERO_DATE_TYPES.contains(c.type().name())) {
            effect = "MySQL 8 rejects it on a non-empty table under NO_ZERO_DATE (error 1292), MariaDB fills rows "
                    + "with a zero date";
        } else {
            effect = "MySQL and MariaDB fill every existing row with an implicit " + implicitValue(c) + " instead";
        }
        ctx.report("required column " + name + " (" + c.type().sql() + " NOT NULL) is added without a default: "
                        + effect + ", and INSERTs from code that does not know the column fail",
                "Add it with a DEFAULT (or nullable), backfill, deploy code that writes it, then make it required "
                        + "in a later migration.");
    }

    private static String implicitValue(ColumnDef c) {
        if (c.type().isEnumLike() && !c.type().args().isEmpty()) {
            return "'" + c.type().args().get(0) + "'";
        }
        return switch (c.type().name()) {
            case "VARCHAR", "CHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT" -> "''";
            case "JSON" -> "null JSON value";
            case "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY" -> "empty byte string";
            default -> "0";
        };
    }
}
