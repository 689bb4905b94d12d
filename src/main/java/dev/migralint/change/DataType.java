package dev.migralint.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A column type: a canonical upper-case name ({@code VARCHAR}, {@code INT}, {@code DECIMAL}, {@code ENUM}, or a
 * user-defined type's name as written, e.g. PostgreSQL enum {@code Role}), its arguments ({@code 191}, {@code 10, 2},
 * or ENUM values without quotes), and the modifiers that matter for data loss.
 */
public record DataType(String name, List<String> args, boolean unsigned, boolean array, Optional<String> charset,
                       Optional<String> collation, boolean userDefined) {

    public DataType {
        args = List.copyOf(args);
    }

    /** Compiled once: a pattern given as a String is compiled again on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Spellings that mean the same type, mapped to one name so {@code INTEGER} → {@code INT} is no change. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("INTEGER", "INT"), Map.entry("INT4", "INT"), Map.entry("INT8", "BIGINT"),
            Map.entry("INT2", "SMALLINT"), Map.entry("SERIAL", "INT"), Map.entry("SERIAL4", "INT"),
            Map.entry("BIGSERIAL", "BIGINT"), Map.entry("SERIAL8", "BIGINT"), Map.entry("SMALLSERIAL", "SMALLINT"),
            Map.entry("SERIAL2", "SMALLINT"), Map.entry("CHARACTER VARYING", "VARCHAR"),
            Map.entry("CHARACTER", "CHAR"), Map.entry("BOOL", "BOOLEAN"), Map.entry("DOUBLE PRECISION", "DOUBLE"),
            Map.entry("FLOAT8", "DOUBLE"), Map.entry("FLOAT4", "REAL"), Map.entry("NUMERIC", "DECIMAL"),
            Map.entry("DEC", "DECIMAL"), Map.entry("FIXED", "DECIMAL"), Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"), Map.entry("TIME WITHOUT TIME ZONE", "TIME"),
            Map.entry("TIME WITH TIME ZONE", "TIMETZ"), Map.entry("NATIONAL VARCHAR", "VARCHAR"),
            Map.entry("NVARCHAR", "VARCHAR"), Map.entry("NCHAR", "CHAR"));

    public static DataType named(String name, String... args) {
        return new DataType(name, List.of(args), false, false, Optional.empty(), Optional.empty(), false);
    }

    /**
     * Reads a type as written in a column definition: {@code VARCHAR(191)}, {@code DECIMAL (10, 2) UNSIGNED},
     * {@code ENUM('A', 'B')}, {@code TEXT[]}, {@code "Role"}, {@code VARCHAR(10) CHARACTER SET latin1}. Never throws:
     * what it does not recognise stays in the name.
     */
    public static DataType parse(String text) {
        String s = text.strip();
        boolean userDefined = false;
        boolean array = false;
        while (s.endsWith("[]")) {
            array = true;
            s = s.substring(0, s.length() - 2).strip();
        }
        // name: words up to '(' or a modifier keyword
        int paren = indexOfTopLevel(s, '(');
        String head = paren >= 0 ? s.substring(0, paren) : s;
        String tail = "";
        List<String> args = List.of();
        if (paren >= 0) {
            int close = matchingParen(s, paren);
            args = splitArgs(s.substring(paren + 1, close));
            tail = s.substring(Math.min(close + 1, s.length()));
        }
        // modifiers may sit in the head when there are no parentheses: "BIGINT UNSIGNED", "TEXT CHARACTER SET x"
        List<String> words = new ArrayList<>(List.of(WHITESPACE.split(head.strip())));
        List<String> modifiers = new ArrayList<>();
        int cut = words.size();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).toUpperCase(Locale.ROOT);
            if (w.equals("UNSIGNED") || w.equals("SIGNED") || w.equals("ZEROFILL") || w.equals("CHARACTER")
                    || w.equals("CHARSET") || w.equals("COLLATE") || w.equals("BINARY") || w.equals("ARRAY")) {
                if (w.equals("CHARACTER") && i + 1 < words.size()
                        && words.get(i + 1).equalsIgnoreCase("VARYING")) {
                    continue;
                }
                cut = i;
                break;
            }
        }
        modifiers.addAll(words.subList(cut, words.size()));
        String rawName = String.join(" ", words.subList(0, cut)).strip();
        if (!tail.isBlank()) {
            String t = tail.strip();
            String upperTail = t.toUpperCase(Locale.ROOT);
            // TIMESTAMP(3) WITH TIME ZONE: the zone is part of the type's name, not a modifier
            for (String zone : List.of("WITHOUT TIME ZONE", "WITH TIME ZONE")) {
                if (upperTail.startsWith(zone)) {
                    rawName = rawName + " " + zone;
                    t = t.substring(zone.length()).strip();
                    break;
                }
            }
            if (!t.isEmpty()) {
                modifiers.addAll(List.of(WHITESPACE.split(t)));
            }
        }
        String name;
        if (rawName.startsWith("\"") || rawName.startsWith("`")) {
            name = unquote(rawName);
            userDefined = true;
        } else {
            String upper = WHITESPACE.matcher(rawName.toUpperCase(Locale.ROOT)).replaceAll(" ");
            if (upper.contains(".")) { // schema-qualified user type: public."Role"
                name = unquote(rawName.substring(rawName.lastIndexOf('.') + 1));
                userDefined = true;
            } else {
                name = SYNONYMS.getOrDefault(upper, upper);
            }
        }
        boolean unsigned = false;
        Optional<String> charset = Optional.empty();
        Optional<String> collation = Optional.empty();
        for (int i = 0; i < modifiers.size(); i++) {
            String w = modifiers.get(i).toUpperCase(Locale.ROOT);
            switch (w) {
                case "UNSIGNED" -> unsigned = true;
                case "ARRAY" -> array = true;
                case "CHARSET" -> {
                    if (i + 1 < modifiers.size()) {
                        charset = Optional.of(unquote(modifiers.get(++i)).toLowerCase(Locale.ROOT));
                    }
                }
                case "CHARACTER" -> {
                    if (i + 2 < modifiers.size() && modifiers.get(i + 1).equalsIgnoreCase("SET")) {
                        charset = Optional.of(unquote(modifiers.get(i + 2)).toLowerCase(Locale.ROOT));
                        i += 2;
                    }
                }
                case "COLLATE" -> {
                    if (i + 1 < modifiers.size()) {
                        collation = Optional.of(unquote(modifiers.get(++i)).toLowerCase(Locale.ROOT));
                    }
                }
                default -> { }
            }
        }
        if (name.equals("ENUM") || name.equals("SET")) {
            args = args.stream().map(DataType::unquoteString).toList();
        }
        return new DataType(name, args, unsigned, array, charset, collation, userDefined);
    }

    /** The first numeric argument: VARCHAR(191) → 191, DECIMAL(10,2) → 10. */
    public OptionalInt length() {
        return intArg(0);
    }

    /** The second numeric argument: DECIMAL(10,2) → 2. */
    public OptionalInt scale() {
        return intArg(1);
    }

    public OptionalInt intArg(int i) {
        if (i >= args.size()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(args.get(i).strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public boolean isEnumLike() {
        return !userDefined && (name.equals("ENUM") || name.equals("SET"));
    }

    /** Written back as SQL, for messages: {@code VARCHAR(191)}, {@code ENUM('A','B')}. */
    public String sql() {
        StringBuilder b = new StringBuilder(userDefined ? name : name);
        if (!args.isEmpty()) {
            b.append('(');
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    b.append(isEnumLike() ? "," : ", ");
                }
                b.append(isEnumLike() ? "'" + args.get(i).replace("'", "''") + "'" : args.get(i));
            }
            b.append(')');
        }
        if (unsigned) {
            b.append(" UNSIGNED");
        }
        if (array) {
            b.append("[]");
        }
        charset.ifPresent(c -> b.append(" CHARACTER SET ").append(c));
        collation.ifPresent(c -> b.append(" COLLATE ").append(c));
        return b.toString();
    }

    @Override
    public String toString() {
        return sql();
    }

    private static int indexOfTopLevel(String s, char c) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                quoted = !quoted;
            } else if (!quoted && ch == c) {
                return i;
            }
        }
        return -1;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static List<String> splitArgs(String inner) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    if (i + 1 < inner.length() && inner.charAt(i + 1) == quote) {
                        cur.append(inner.charAt(++i));
                    } else {
                        quote = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (ch == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '`')
                && t.charAt(t.length() - 1) == t.charAt(0)) {
            String q = String.valueOf(t.charAt(0));
            return t.substring(1, t.length() - 1).replace(q + q, q);
        }
        return t;
    }

    private static String unquoteString(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            String q = String.valueOf(t.charAt(0));
            return t.substring(1, t.length() - 1).replace(q + q, q).replace("\\" + q, q);
        }
        return t;
    }

    /** Integer types, whose MySQL argument is a display width, not part of the type. */
    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");

    /**
     * Whether two spellings name the same type, charset and collation aside: {@code INT(11)} and {@code INT} (a
     * display width), {@code DECIMAL(10)} and {@code DECIMAL(10, 0)}, and on MySQL {@code BOOLEAN} and
     * {@code TINYINT(1)}.
     */
    public static boolean sameType(DataType a, DataType b, boolean postgres) {
        DataType x = postgres ? a : mysqlAlias(a);
        DataType y = postgres ? b : mysqlAlias(b);
        if (!x.name().equals(y.name()) || x.unsigned() != y.unsigned() || x.array() != y.array()) {
            return false;
        }
        return INTEGERS.contains(x.name()) || normalArgs(x).equals(normalArgs(y));
    }

    private static DataType mysqlAlias(DataType t) {
        if (t.name().equals("BOOLEAN") || t.name().equals("BOOL")) {
            return new DataType("TINYINT", List.of("1"), false, false, t.charset(), t.collation(), false);
        }
        return t;
    }

    private static List<String> normalArgs(DataType t) {
        List<String> args = t.args().stream().map(s -> WHITESPACE.matcher(s).replaceAll("")).toList();
        if (t.name().equals("DECIMAL") && args.size() == 1) {
            return List.of(args.get(0), "0");
        }
        return args;
    }

    // written out for start-up speed, like SourceSpan's
    @Override
    public boolean equals(Object o) {
        return o instanceof DataType t && unsigned == t.unsigned && array == t.array && userDefined == t.userDefined
                && name.equals(t.name) && args.equals(t.args) && charset.equals(t.charset)
                && collation.equals(t.collation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, args, unsigned, array, charset, collation, userDefined);
    }
}
