package dev.migralint.rules;

import dev.migralint.change.DataType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Compares a column's type before and after a change: the same type restated (Prisma does this to change only a
 * default), a widening that keeps every value, or a change that can lose or reject values (and why). Capacities
 * are compared in bytes with utf8mb4's 4 bytes a character, the charset Prisma uses on MySQL.
 */
final class TypeComparison {

    enum Kind { SAME, WIDENING, LOSSY, UNKNOWN }

    /**
     * {@code onlyAppendsEnumValues}: enum values added after the existing ones, the commonest Prisma change, which
     * old code never notices (no row changes, ORDER BY stays).
     */
    record Result(Kind kind, String reason, boolean onlyAppendsEnumValues) {
        static Result same() {
            return new Result(Kind.SAME, "", false);
        }

        static Result widening(String reason) {
            return new Result(Kind.WIDENING, reason, false);
        }

        static Result lossy(String reason) {
            return new Result(Kind.LOSSY, reason, false);
        }

        static Result enumValuesAppended(String reason) {
            return new Result(Kind.WIDENING, reason, true);
        }
    }

    /** What the column is, beyond its type: a key where a collation matters, a column of generated ids. */
    record Usage(boolean inUniqueKey, boolean autoIncrement) {
        static final Usage PLAIN = new Usage(false, false);
    }

    private static final Map<String, Integer> INT_BITS = Map.of(
            "TINYINT", 8, "SMALLINT", 16, "MEDIUMINT", 24, "INT", 32, "BIGINT", 64);
    private static final Map<String, Integer> INT_DIGITS = Map.of(
            "TINYINT", 3, "SMALLINT", 5, "MEDIUMINT", 8, "INT", 10, "BIGINT", 20);
    private static final Map<String, Long> TEXT_BYTES = Map.of(
            "TINYTEXT", 255L, "TEXT", 65_535L, "MEDIUMTEXT", 16_777_215L, "LONGTEXT", 4_294_967_295L,
            "TINYBLOB", 255L, "BLOB", 65_535L, "MEDIUMBLOB", 16_777_215L, "LONGBLOB", 4_294_967_295L);
    private static final long UNLIMITED = Long.MAX_VALUE;

    private final boolean postgres;
    private final Function<String, Optional<List<String>>> enumValues;

    /** {@code enumValues} finds the values of a PostgreSQL enum type by name. */
    TypeComparison(boolean postgres, Function<String, Optional<List<String>>> enumValues) {
        this.postgres = postgres;
        this.enumValues = enumValues;
    }

    Result compare(DataType before, DataType after) {
        return compare(before, after, Usage.PLAIN);
    }

    Result compare(DataType before, DataType after, Usage usage) {
        DataType b = normal(before);
        DataType a = normal(after);
        if (DataType.sameType(b, a, postgres)) {
            Result r = charsetChange(b, a).orElse(Result.same());
            if (usage.inUniqueKey() && r.kind() == Kind.WIDENING && r.reason().startsWith("the collation")) {
                return Result.lossy(r.reason() + ", and the column is in a unique key: values that were distinct "
                        + "may now compare equal (error 1062)");
            }
            return r;
        }
        if (b.array() != a.array()) {
            return Result.lossy("array and scalar values do not convert");
        }
        if (Set.of("JSON", "JSONB").containsAll(List.of(b.name(), a.name()))) {
            return Result.widening("JSON and JSONB hold the same documents");
        }
        if (!b.unsigned() && a.unsigned() && (b.name().equals("DECIMAL") || floatBits(b) > 0)
                && (a.name().equals("DECIMAL") || floatBits(a) > 0)) {
            return Result.lossy("negative values cannot be stored once the column is UNSIGNED (error 1264)");
        }
        if (b.name().equals("BIT") && a.name().equals("BIT")) {
            int bb = b.length().orElse(1);
            int ab = a.length().orElse(1);
            return ab >= bb ? Result.widening("more bits") : Result.lossy("BIT(" + bb + ") values do not fit in BIT("
                    + ab + ") (error 1406)");
        }
        Optional<Result> r = enums(b, a)
                .or(() -> integers(b, a, usage.autoIncrement()))
                .or(() -> decimals(b, a))
                .or(() -> floats(b, a))
                .or(() -> strings(b, a))
                .or(() -> temporal(b, a))
                .or(() -> crossFamily(b, a));
        return r.orElse(new Result(Kind.UNKNOWN, "MySQL and PostgreSQL convert the values as they can", false));
    }

    private DataType normal(DataType t) {
        if (!postgres && (t.name().equals("BOOLEAN") || t.name().equals("BOOL"))) {
            return new DataType("TINYINT", List.of("1"), false, false, t.charset(), t.collation(), false);
        }
        return t;
    }

    /** Same type, other charset (when both sides state one): values outside the new charset are lost. */
    private Optional<Result> charsetChange(DataType b, DataType a) {
        if (b.charset().isPresent() && a.charset().isPresent() && !b.charset().equals(a.charset())) {
            return Optional.of(Result.lossy("the character set changes from " + b.charset().get() + " to "
                    + a.charset().get() + ": characters the new one lacks are lost or rejected"));
        }
        if (b.collation().isPresent() && a.collation().isPresent() && !b.collation().equals(a.collation())) {
            return Optional.of(Result.widening("the collation changes from " + b.collation().get() + " to "
                    + a.collation().get()));
        }
        return Optional.empty();
    }

    private Optional<Result> enums(DataType b, DataType a) {
        Optional<List<String>> before = values(b);
        Optional<List<String>> after = values(a);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        List<String> old = before.get();
        List<String> now = after.get();
        List<String> removed = old.stream().filter(v -> !now.contains(v)).toList();
        if (!removed.isEmpty()) {
            return Optional.of(Result.lossy((removed.size() == 1 ? "the value " + quoted(removed) + " is removed; rows "
                    + "holding it " : "the values " + quoted(removed) + " are removed; rows holding them ")
                    + (postgres ? "make the cast fail" : "are rejected or blanked (error 1265)")));
        }
        if (!now.subList(0, old.size()).equals(old)) {
            return Optional.of(Result.widening(reordered(old, now)));
        }
        List<String> added = now.subList(old.size(), now.size());
        return Optional.of(Result.enumValuesAppended((added.size() == 1 ? "the value " + quoted(added) + " is"
                : "the values " + quoted(added) + " are") + " added"));
    }

    /**
     * Values reordered, or inserted before existing ones: both servers convert an enum value by its name (MySQL
     * ALTER TABLE does, PostgreSQL's cast goes through text), so every row keeps its value; but an enum sorts by
     * its position, so ORDER BY changes, and MySQL rebuilds the table.
     */
    private String reordered(List<String> old, List<String> now) {
        List<String> kept = now.stream().filter(old::contains).toList();
        int lastKept = now.indexOf(kept.get(kept.size() - 1));
        List<String> inserted = now.subList(0, lastKept).stream().filter(v -> !old.contains(v)).toList();
        String what = kept.equals(old)
                ? (inserted.size() == 1 ? "the value " + quoted(inserted) + " is" : "the values " + quoted(inserted)
                + " are") + " inserted before existing values"
                : "the existing values are reordered";
        return what + ": every row keeps its value (" + (postgres ? "the cast goes through the text" : "MySQL "
                + "converts ENUM values by name") + "), but ORDER BY, which sorts an enum by position, changes"
                + (postgres ? "" : ", and the table is rebuilt");
    }

    private Optional<List<String>> values(DataType t) {
        if (t.isEnumLike()) {
            return Optional.of(t.args());
        }
        // an enum type written unquoted reads like a built-in name (SUBSCRIPTION_INTERVAL): look it up all the same
        return enumValues.apply(t.name());
    }

    /** {@code autoIncrement}: the column's values were generated by a sequence, so none is negative. */
    private Optional<Result> integers(DataType b, DataType a, boolean autoIncrement) {
        Integer bb = INT_BITS.get(b.name());
        Integer ab = INT_BITS.get(a.name());
        if (bb == null || ab == null) {
            return Optional.empty();
        }
        if (b.unsigned() && !a.unsigned()) {
            return Optional.of(ab > bb ? Result.widening(a.name() + " holds every " + b.sql() + " value")
                    : Result.lossy("UNSIGNED values above the signed " + a.name() + " maximum are out of range"));
        }
        if (!b.unsigned() && a.unsigned()) {
            if (autoIncrement && ab >= bb) {
                return Optional.of(Result.widening("the column is AUTO_INCREMENT: the ids it generated are never "
                        + "negative and all fit " + a.sql() + "; only a negative id inserted explicitly would make it "
                        + "fail (error 1264)"));
            }
            return Optional.of(Result.lossy("negative values cannot be stored once the column is UNSIGNED"));
        }
        return Optional.of(ab >= bb ? Result.widening(a.name() + " holds every " + b.name() + " value")
                : Result.lossy("values outside the " + a.sql() + " range are rejected (error 1264)"));
    }

    private Optional<Result> decimals(DataType b, DataType a) {
        boolean bd = b.name().equals("DECIMAL");
        boolean ad = a.name().equals("DECIMAL");
        if (!ad) {
            if (bd && INT_BITS.containsKey(a.name())) {
                return Optional.of(Result.lossy("fractional digits are rounded away"));
            }
            return Optional.empty();
        }
        OptionalInt ap = a.length();
        int as = a.scale().orElse(0);
        if (ap.isEmpty()) { // PostgreSQL NUMERIC without precision holds anything; MySQL DECIMAL means (10,0)
            if (postgres) {
                return bd || INT_BITS.containsKey(b.name())
                        ? Optional.of(Result.widening("NUMERIC without precision holds any number")) : Optional.empty();
            }
            ap = OptionalInt.of(10);
        }
        if (INT_BITS.containsKey(b.name())) {
            int digits = INT_DIGITS.get(b.name());
            return Optional.of(ap.getAsInt() - as >= digits ? Result.widening("every integer fits")
                    : Result.lossy(a.sql() + " has " + (ap.getAsInt() - as) + " integer digits, " + b.name()
                    + " values need up to " + digits));
        }
        if (!bd) {
            return Optional.empty();
        }
        int bp = b.length().orElse(postgres ? 1000 : 10);
        int bs = b.scale().orElse(0);
        if (as < bs) {
            return Optional.of(Result.lossy("the scale shrinks from " + bs + " to " + as
                    + " digits: fractions are rounded"));
        }
        if (ap.getAsInt() - as < bp - bs) {
            return Optional.of(Result.lossy("integer digits shrink from " + (bp - bs) + " to " + (ap.getAsInt() - as)
                    + ": larger values are out of range (error 1264)"));
        }
        return Optional.of(Result.widening(a.sql() + " holds every " + b.sql() + " value"));
    }

    private Optional<Result> floats(DataType b, DataType a) {
        int bf = floatBits(b);
        int af = floatBits(a);
        if (af == 0) {
            if (bf > 0 && (INT_BITS.containsKey(a.name()) || a.name().equals("DECIMAL"))) {
                return Optional.of(Result.lossy("floating-point values are rounded to the new type"));
            }
            return Optional.empty();
        }
        if (bf > 0) {
            return Optional.of(af >= bf ? Result.widening("more precision")
                    : Result.lossy("precision shrinks from " + bf + " to " + af + " bits: values are rounded"));
        }
        if (INT_BITS.containsKey(b.name())) {
            int mantissa = af == 64 ? 53 : 24;
            return Optional.of(INT_BITS.get(b.name()) <= mantissa ? Result.widening("every integer is exact")
                    : Result.lossy("large integers lose precision in " + a.name()));
        }
        if (b.name().equals("DECIMAL")) {
            return Optional.of(Result.lossy("exact decimals become approximate floating-point values"));
        }
        return Optional.empty();
    }

    private static int floatBits(DataType t) {
        return switch (t.name()) {
            case "DOUBLE", "REAL" -> t.name().equals("REAL") ? 32 : 64;
            case "FLOAT" -> t.length().orElse(0) > 24 ? 64 : 32;
            default -> 0;
        };
    }

    private Optional<Result> strings(DataType b, DataType a) {
        long bc = stringBytes(b);
        long ac = stringBytes(a);
        if (ac < 0) {
            return Optional.empty();
        }
        if (bc < 0) {
            if (b.name().equals("JSON") || b.name().equals("JSONB")) {
                return Optional.of(ac == UNLIMITED || ac >= TEXT_BYTES.get("LONGTEXT")
                        ? Result.widening("JSON is kept as text")
                        : Result.lossy("JSON documents longer than " + describeCapacity(a) + " are cut or rejected"));
            }
            if (INT_BITS.containsKey(b.name()) || b.name().equals("DECIMAL") || floatBits(b) > 0) {
                return Optional.of(asText(b, a));
            }
            return Optional.empty();
        }
        if (binary(b) != binary(a)) {
            return Optional.of(Result.lossy("text and binary values convert differently"));
        }
        if (ac >= bc) {
            return Optional.of(Result.widening(a.sql() + " holds every " + b.sql() + " value"));
        }
        return Optional.of(Result.lossy(postgres
                ? "values longer than " + describeCapacity(a) + " make it fail (error 22001)"
                : "values longer than " + describeCapacity(a) + " make it fail in strict mode (error 1265, Data "
                + "truncated) and are cut without it"));
    }

    /** Capacity in bytes, or -1 when the type is not a string or binary type. */
    private long stringBytes(DataType t) {
        String n = t.name();
        if (TEXT_BYTES.containsKey(n)) {
            return TEXT_BYTES.get(n);
        }
        switch (n) {
            case "VARCHAR", "CHAR", "VARBINARY", "BINARY", "BPCHAR", "CITEXT" -> {
                OptionalInt len = t.length();
                if (len.isEmpty()) {
                    return postgres && !n.equals("CHAR") ? UNLIMITED : (n.contains("BINARY") ? 1 : 4);
                }
                return n.contains("BINARY") ? len.getAsInt() : 4L * len.getAsInt();
            }
            case "BYTEA" -> {
                return UNLIMITED;
            }
            default -> {
                if (postgres && n.equals("TEXT")) {
                    return UNLIMITED;
                }
                return -1;
            }
        }
    }

    private static boolean binary(DataType t) {
        return t.name().contains("BINARY") || t.name().contains("BLOB") || t.name().equals("BYTEA");
    }

    private String describeCapacity(DataType t) {
        if (t.length().isPresent() && !binary(t)) {
            return t.length().getAsInt() + " characters";
        }
        long bytes = stringBytes(t);
        return bytes == UNLIMITED ? "any length" : bytes + " bytes";
    }

    private Optional<Result> temporal(DataType b, DataType a) {
        int bt = temporalRank(b);
        int at = temporalRank(a);
        if (bt == 0 || at == 0) {
            return Optional.empty();
        }
        if (!postgres && a.name().equals("TIMESTAMP") && b.name().equals("DATETIME")) {
            return Optional.of(Result.lossy("TIMESTAMP holds only 1970-2038; other dates are rejected"));
        }
        if (b.name().equals(a.name()) || bt == at) {
            int bf = b.length().orElse(postgres ? 6 : 0);
            int af = a.length().orElse(postgres ? 6 : 0);
            if (af < bf) {
                return Optional.of(Result.lossy("fractional seconds shrink from " + bf + " to " + af
                        + " digits: values are rounded"));
            }
            if (!b.name().equals(a.name())) {
                return Optional.of(Result.widening(b.name() + " and " + a.name() + " hold the same instants"));
            }
            return Optional.of(Result.widening("more fractional-second digits"));
        }
        if (a.name().equals("DATE") && bt > 1) {
            return Optional.of(Result.lossy("the time of day is dropped"));
        }
        if (a.name().equals("TIME") || b.name().equals("TIME")) {
            return Optional.of(Result.lossy("dates and times of day do not convert"));
        }
        return Optional.of(Result.widening(a.name() + " holds every " + b.name() + " value"));
    }

    /** A number, date or UUID written as text: it fits when the text type holds its widest written form. */
    private Result asText(DataType b, DataType a) {
        int width = textWidth(b);
        long capacity = a.length().isPresent() && !TEXT_BYTES.containsKey(a.name())
                ? a.length().getAsInt() : stringBytes(a) == UNLIMITED ? Long.MAX_VALUE : stringBytes(a) / 4;
        return capacity >= width ? Result.widening(b.sql() + " values are kept as text")
                : Result.lossy(b.sql() + " values can take " + width + " characters, more than " + a.sql()
                + " holds");
    }

    /** The longest text form of a value of the type, sign and decimal point included. */
    private static int textWidth(DataType t) {
        Integer bits = INT_BITS.get(t.name());
        if (bits != null) {
            // -9223372036854775808 is as wide as 18446744073709551615
            return t.name().equals("BIGINT") ? 20 : INT_DIGITS.get(t.name()) + (t.unsigned() ? 0 : 1);
        }
        int fraction = t.length().orElse(0);
        return switch (t.name()) {
            case "DECIMAL" -> t.length().orElse(10) + 2;
            case "DOUBLE", "FLOAT", "REAL" -> 24;
            case "DATE" -> 10;
            case "DATETIME", "TIMESTAMP" -> 19 + (fraction > 0 ? fraction + 1 : 0);
            case "TIMESTAMPTZ" -> 32;
            case "TIME", "TIMETZ" -> 16 + (fraction > 0 ? fraction + 1 : 0);
            case "BOOLEAN" -> 5;
            case "UUID" -> 36;
            default -> 64;
        };
    }

    private static int temporalRank(DataType t) {
        return switch (t.name()) {
            case "DATE" -> 1;
            case "DATETIME", "TIMESTAMP" -> 2;
            case "TIMESTAMPTZ" -> 3;
            case "TIME", "TIMETZ" -> 4;
            default -> 0;
        };
    }

    /** Between families: text to numbers, dates or JSON parses, and rejects what does not parse. */
    private Optional<Result> crossFamily(DataType b, DataType a) {
        boolean fromText = stringBytes(b) >= 0 || b.name().equals("JSON") || b.name().equals("JSONB");
        boolean toStrict = INT_BITS.containsKey(a.name()) || a.name().equals("DECIMAL") || floatBits(a) > 0
                || temporalRank(a) > 0 || a.name().equals("JSON") || a.name().equals("JSONB")
                || a.name().equals("UUID") || a.name().equals("BOOLEAN") || a.isEnumLike() || a.userDefined();
        Optional<List<String>> enumValues = values(a);
        if (fromText && enumValues.isPresent()) {
            // named by its values: a PostgreSQL enum rewrite's type is a temporary X_new
            return Optional.of(Result.lossy("text other than " + quoted(enumValues.get())
                    + (postgres ? " makes the cast fail" : " is rejected or blanked (error 1265)")));
        }
        if (fromText && toStrict) {
            return Optional.of(Result.lossy("text that does not parse as " + a.sql() + " is rejected"));
        }
        if (temporalRank(b) > 0 && (INT_BITS.containsKey(a.name()) || a.name().equals("DECIMAL"))) {
            return Optional.of(Result.lossy("dates become numbers"));
        }
        if ((temporalRank(b) > 0 || b.name().equals("BOOLEAN") || b.name().equals("UUID")) && stringBytes(a) >= 0) {
            return Optional.of(asText(b, a));
        }
        return Optional.empty();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").reduce((x, y) -> x + ", " + y).orElse("");
    }
}
