package dev.migralint.schema;

import java.util.Locale;

/**
 * How names compare. MySQL column and index names are case-insensitive while table names follow the file system
 * (case-sensitive on the Linux servers our users run, where histories really hold both {@code User} and
 * {@code user}). PostgreSQL names were already folded by the lowering, so they compare exactly.
 */
public enum NameRules {
    EXACT,
    MYSQL;

    String tableKey(String name) {
        return name;
    }

    String columnKey(String name) {
        return this == MYSQL ? name.toLowerCase(Locale.ROOT) : name;
    }

    boolean sameColumn(String a, String b) {
        return columnKey(a).equals(columnKey(b));
    }
}
