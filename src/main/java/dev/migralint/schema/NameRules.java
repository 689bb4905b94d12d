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
        // The same answer as comparing lower-cased copies, without making them: replay compares names a lot, and most
        // pairs differ early. Lower-casing maps an ASCII character to one ASCII character, so up to the first
        // non-ASCII character positions line up and a difference there is final.
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return columnKey(a).equals(columnKey(b));
            }
            if (x != y && asciiLower(x) != asciiLower(y)) {
                return false;
            }
        }
        if (a.length() == b.length()) {
            return true;
        }
        String longer = a.length() > b.length() ? a : b;
        for (int i = common; i < longer.length(); i++) {
            if (longer.charAt(i) >= 0x80) { // leave non-ASCII case rules to the lower-cased copies
                return columnKey(a).equals(columnKey(b));
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
