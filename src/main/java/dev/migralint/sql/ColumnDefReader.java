package dev.migralint.sql;

import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataType;
import dev.migralint.source.Dialect;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a column definition ({@code `email` VARCHAR(191) NOT NULL DEFAULT ''}) from its tokens. What follows the
 * type is read for the properties rules need; the rest (COMMENT, ON UPDATE, AFTER …) is skipped.
 */
final class ColumnDefReader {
    /** Words that end the type and start the column's attributes. */
    private static final Set<String> ATTRIBUTE_START = Set.of("NOT", "NULL", "DEFAULT", "AUTO_INCREMENT",
            "AUTOINCREMENT", "PRIMARY", "UNIQUE", "KEY", "COMMENT", "REFERENCES", "CHECK", "GENERATED", "AS", "ON",
            "CONSTRAINT", "FIRST", "AFTER", "VISIBLE", "INVISIBLE", "IDENTITY", "STORAGE", "COLUMN_FORMAT",
            "SRID", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "USING", "COMPRESSION");

    private ColumnDefReader() {
    }

    static Optional<ColumnDef> read(List<Token> tokens, String sql, Dialect dialect) {
        if (tokens.size() < 2 || !tokens.get(0).isName()) {
            return Optional.empty();
        }
        String name = Names.of(tokens.get(0), dialect);
        int i = 1;
        int depth = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.kind() == Token.Kind.WORD && ATTRIBUTE_START.contains(t.upper())
                    && i > 1) {
                break;
            }
            i++;
        }
        String typeText = sql.substring(tokens.get(1).start(), tokens.get(i - 1).end());
        DataType type = DataType.parse(typeText);
        boolean nullable = true;
        Optional<String> defaultValue = Optional.empty();
        boolean autoIncrement = typeText.toUpperCase(java.util.Locale.ROOT).contains("SERIAL");
        boolean generated = false;
        boolean primaryKey = false;
        boolean unique = false;
        Optional<String> collation = Optional.empty();
        TokenCursor c = new TokenCursor(tokens.subList(i, tokens.size()));
        while (!c.atEnd()) {
            if (c.accept("NOT", "NULL")) {
                nullable = false;
            } else if (c.accept("NULL")) {
                nullable = true;
            } else if (c.accept("DEFAULT")) {
                defaultValue = Optional.of(expression(c, sql)).filter(v -> !isNull(v));
            } else if (c.accept("AUTO_INCREMENT") || c.accept("AUTOINCREMENT")) {
                autoIncrement = true;
            } else if (c.accept("PRIMARY", "KEY")) {
                primaryKey = true;
                nullable = false;
            } else if (c.accept("UNIQUE")) {
                c.accept("KEY");
                unique = true;
            } else if (c.accept("GENERATED")) {
                List<Token> rest = c.rest();
                boolean identity = rest.stream().anyMatch(t -> t.is("IDENTITY"));
                autoIncrement |= identity;
                generated |= !identity;
            } else if (c.accept("AS")) { // MySQL generated column: AS (expr) [VIRTUAL|STORED]
                generated = true;
                c.group();
            } else if (c.accept("COLLATE")) {
                collation = c.next().map(t -> Names.of(t, Dialect.MYSQL).toLowerCase());
            } else if (c.accept("COMMENT")) {
                c.next();
            } else {
                c.next();
                c.group(); // skip an argument list such as REFERENCES t(id) or CHECK (...)
            }
        }
        if (collation.isPresent() && type.collation().isEmpty()) {
            type = new DataType(type.name(), type.args(), type.unsigned(), type.array(), type.charset(), collation,
                    type.userDefined());
        }
        if (typeText.toUpperCase(java.util.Locale.ROOT).contains("SERIAL")) {
            nullable = false; // SERIAL implies NOT NULL
        }
        if (dialect.isPostgresFamily() && type.userDefined()) {
            // PostgreSQL folds an unquoted type name like any other name
            // the brackets of an array type go first: "Role"[] is the quoted name "Role", not a name to fold
            type = new DataType(Names.of(typeText.strip().replace("[]", ""), dialect), type.args(), false,
                    type.array(), Optional.empty(), type.collation(), true);
        }
        return Optional.of(new ColumnDef(name, type, nullable, defaultValue, autoIncrement, generated, primaryKey,
                unique));
    }

    /**
     * The constraints a PostgreSQL column definition declares inline: {@code REFERENCES t(c) [ON DELETE …]} and
     * {@code CHECK (…)}, as the changes that add them to {@code table}. (MySQL parses an inline REFERENCES and
     * ignores it, so there it adds nothing.)
     */
    static List<dev.migralint.change.Change> inlineConstraints(List<Token> tokens, String sql, Dialect dialect,
                                                               String table) {
        List<dev.migralint.change.Change> out = new java.util.ArrayList<>();
        if (dialect == Dialect.MYSQL && !tokens.isEmpty() && tokens.get(0).isName()) {
            TokenCursor c = new TokenCursor(tokens.subList(1, tokens.size()));
            while (!c.atEnd()) {
                if (c.accept("REFERENCES")) {
                    String target = c.name().map(t -> Names.of(t, dialect)).orElse("");
                    out.add(new dev.migralint.change.InlineReferences(table, Names.of(tokens.get(0), dialect),
                            target));
                } else {
                    c.next();
                }
            }
            return out;
        }
        if (!dialect.isPostgresFamily() || tokens.isEmpty() || !tokens.get(0).isName()) {
            return out;
        }
        String column = Names.of(tokens.get(0), dialect);
        TokenCursor c = new TokenCursor(tokens.subList(1, tokens.size()));
        while (!c.atEnd()) {
            if (c.accept("REFERENCES")) {
                String target = c.name().map(t -> Names.of(t, dialect)).orElse("");
                List<String> refs = c.group().map(g -> columnList(g, dialect, sql)).orElse(List.of());
                Optional<String> onDelete = Optional.empty();
                Optional<String> onUpdate = Optional.empty();
                while (c.peekIs("ON")) {
                    c.next();
                    boolean delete = c.accept("DELETE");
                    if (!delete) {
                        c.accept("UPDATE");
                    }
                    String action = c.accept("SET", "NULL") ? "SET NULL" : c.accept("SET", "DEFAULT") ? "SET DEFAULT"
                            : c.accept("NO", "ACTION") ? "NO ACTION" : c.next().map(Token::upper).orElse("");
                    if (delete) {
                        onDelete = Optional.of(action);
                    } else {
                        onUpdate = Optional.of(action);
                    }
                }
                out.add(new dev.migralint.change.AddForeignKey(table, new dev.migralint.change.ForeignKeyDef(
                        Optional.empty(), List.of(column), target, refs, onDelete, onUpdate), false));
            } else if (c.accept("CHECK")) {
                List<Token> inside = c.group().orElse(List.of());
                String expr = inside.isEmpty() ? "" : "(" + sql.substring(inside.get(0).start(),
                        inside.get(inside.size() - 1).end()) + ")";
                out.add(new dev.migralint.change.AddCheck(table, Optional.empty(), expr, false,
                        new CheckConditionReader(sql, dialect).condition(inside)));
            } else {
                c.next();
            }
        }
        return out;
    }

    private static final Pattern CAST_SUFFIX = Pattern.compile("(?i)::\\s*[\\w\" ]+$");

    /** {@code NULL}, possibly cast ({@code NULL::text}): as a default it means there is none. */
    static boolean isNull(String expression) {
        return CAST_SUFFIX.matcher(expression.strip()).replaceAll("").strip().equalsIgnoreCase("NULL");
    }

    /** One value expression: a literal, a signed number, a name, a function call or a parenthesised expression. */
    static String expression(TokenCursor c, String sql) {
        Optional<Token> first = c.peek();
        if (first.isEmpty()) {
            return "";
        }
        int start = first.get().start();
        int end = first.get().end();
        if (c.peekSymbol("(")) {
            List<Token> inner = c.group().orElse(List.of());
            end = inner.isEmpty() ? end + 1 : inner.get(inner.size() - 1).end() + 1;
        } else {
            Token t = c.next().orElseThrow();
            if ((t.isSymbol("-") || t.isSymbol("+")) && !c.atEnd()) {
                end = c.next().orElseThrow().end();
            }
            if (c.peekSymbol("(")) { // function call: now(), CURRENT_TIMESTAMP(3)
                List<Token> inner = c.group().orElse(List.of());
                end = inner.isEmpty() ? end + 2 : inner.get(inner.size() - 1).end() + 1;
            }
            while (c.peekSymbol(":") && c.peek(1).filter(x -> x.isSymbol(":")).isPresent()) { // PG casts 'a'::text
                c.next();
                c.next();
                end = c.next().map(Token::end).orElse(end);
            }
        }
        return sql.substring(start, Math.min(end, sql.length()));
    }

    /**
     * Column names of an index or key list: {@code (`a`, `b`(10) DESC)} → a, b. An expression part
     * ({@code lower("email")}, {@code (lower(email))}) comes back as its text in parentheses, so it is never taken
     * for a column.
     */
    static List<String> columnList(List<Token> inside, Dialect dialect, String sql) {
        List<String> out = new java.util.ArrayList<>();
        for (List<Token> part : TokenCursor.splitOnCommas(inside)) {
            if (part.isEmpty()) {
                continue;
            }
            boolean call = part.size() > 1 && part.get(1).isSymbol("(") && part.get(0).kind() == Token.Kind.WORD
                    && dialect.isPostgresFamily();
            if (part.get(0).isName() && !call) {
                out.add(Names.of(part.get(0), dialect));
            } else {
                out.add("(" + sql.substring(part.get(0).start(), part.get(part.size() - 1).end()) + ")");
            }
        }
        return out;
    }
}
