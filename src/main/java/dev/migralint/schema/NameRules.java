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
        if (this == EXACT) {
            return a.equals(b);
        }
        if (isAscii(a) && isAscii(b)) {
            // the same answer as comparing lower-cased copies, without making them (replay compares names a lot)
            return a.length() == b.length() && a.equalsIgnoreCase(b);
        }
        return columnKey(a).equals(columnKey(b));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
