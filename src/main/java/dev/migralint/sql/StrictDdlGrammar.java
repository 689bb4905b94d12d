package dev.migralint.sql;

import dev.migralint.source.Dialect;
import java.util.List;
import java.util.Set;

/**
 * Says whether a statement is one of the DDL shapes Prisma writes, read strictly: every token is consumed, each
 * where this grammar allows it. Such a statement needs no JSqlParser: its parse would only confirm what
 * {@link DdlReader} reads anyway, and on a small all-DDL file loading JSqlParser is most of the run. Anything else,
 * typos included ({@code DROP COLUM}), is refused here and goes to JSqlParser, which locates the error.
 *
 * <p>The grammar is deliberately narrower than JSqlParser's, so that what it accepts JSqlParser accepts too (a test
 * checks that both paths lower every statement of the test corpus alike): MySQL and PostgreSQL only, names quoted as
 * Prisma quotes them, type names from a list, simple defaults, and no comments inside the statement but
 * {@code -- line comments}.
 */
final class StrictDdlGrammar {
    private static final Set<String> MYSQL_TYPES = Set.of("INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT",
            "MEDIUMINT", "DECIMAL", "NUMERIC", "FLOAT", "DOUBLE", "REAL", "VARCHAR", "CHAR", "TEXT", "TINYTEXT",
            "MEDIUMTEXT", "LONGTEXT", "BOOLEAN", "BOOL", "DATETIME", "TIMESTAMP", "DATE", "TIME", "YEAR", "JSON",
            "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BINARY", "VARBINARY", "BIT");
    private static final Set<String> POSTGRES_TYPES = Set.of("INT", "INTEGER", "BIGINT", "SMALLINT", "SERIAL",
            "BIGSERIAL", "SMALLSERIAL", "DECIMAL", "NUMERIC", "REAL", "TEXT", "VARCHAR", "CHAR", "BOOLEAN",
            "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ", "JSON", "JSONB", "UUID", "BYTEA", "INET", "CITEXT",
            "XML", "MONEY");
    /** Functions a default may call without arguments: {@code DEFAULT now()}. */
    private static final Set<String> DEFAULT_FUNCTIONS = Set.of("NOW", "GEN_RANDOM_UUID", "UUID");

    private final List<Token> tokens;
    private final boolean mysql;
    private int pos;

    private StrictDdlGrammar(List<Token> tokens, Dialect dialect) {
        this.tokens = tokens;
        this.mysql = dialect == Dialect.MYSQL;
    }

    /** True when the statement is one of the shapes below, with only white space and line comments between tokens. */
    static boolean accepts(String sql, List<Token> tokens, Dialect dialect) {
        if (dialect != Dialect.MYSQL && dialect != Dialect.POSTGRESQL || tokens.isEmpty() || !onlySpaceBetween(sql,
                tokens)) {
            return false;
        }
        StrictDdlGrammar g = new StrictDdlGrammar(tokens, dialect);
        return g.statement() && g.pos == tokens.size();
    }

    private static boolean onlySpaceBetween(String sql, List<Token> tokens) {
        int from = 0;
        for (Token t : tokens) {
            if (!blank(sql, from, t.start())) {
                return false;
            }
            from = t.end();
        }
        return blank(sql, from, sql.length());
    }

    private static boolean blank(String sql, int from, int to) {
        int i = from;
        while (i < to) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < to && sql.charAt(i + 1) == '-') {
                while (i < to && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return false; // a block comment (MySQL runs /*! … */ ones), a # comment, or anything else
            }
        }
        return true;
    }

    // --- statements ---

    private boolean statement() {
        if (word("CREATE")) {
            if (word("TABLE")) {
                return name() && symbol("(") && list(this::tableElement) && symbol(")") && tableOptions();
            }
            word("UNIQUE");
            return word("INDEX") && name() && word("ON") && name() && indexColumns();
        }
        if (word("DROP")) {
            if (word("TABLE")) {
                return name();
            }
            return word("INDEX") && name() && (!mysql || word("ON") && name());
        }
        return word("ALTER") && word("TABLE") && name() && list(this::alterClause);
    }

    /** MySQL's {@code DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci} after a table's columns. */
    private boolean tableOptions() {
        if (!mysql || atEnd()) {
            return true;
        }
        word("DEFAULT");
        return word("CHARACTER") && word("SET") && plainWord() && (!word("COLLATE") || plainWord());
    }

    private boolean tableElement() {
        if (word("CONSTRAINT")) {
            return name() && word("PRIMARY") && word("KEY") && indexColumns();
        }
        if (word("PRIMARY")) {
            return word("KEY") && indexColumns();
        }
        if (mysql && (peekWord("UNIQUE") || peekWord("INDEX"))) {
            word("UNIQUE");
            return word("INDEX") && name() && indexColumns();
        }
        return columnDefinition();
    }

    private boolean alterClause() {
        if (word("ADD")) {
            if (word("COLUMN")) {
                return columnDefinition();
            }
            if (word("CONSTRAINT") && !name()) {
                return false;
            }
            if (word("FOREIGN")) {
                return word("KEY") && nameList() && word("REFERENCES") && name() && nameList() && actions();
            }
            return word("PRIMARY") && word("KEY") && indexColumns();
        }
        if (word("DROP")) {
            if (word("COLUMN") || !mysql && word("CONSTRAINT") || mysql && word("INDEX")) {
                return name();
            }
            if (mysql && word("FOREIGN")) {
                return word("KEY") && name();
            }
            return word("PRIMARY") && word("KEY");
        }
        if (mysql && word("MODIFY")) {
            word("COLUMN");
            return columnDefinition();
        }
        if (mysql && word("CHANGE")) { // CHANGE `old` `new` INT …: a rename with the new definition
            word("COLUMN");
            return name() && columnDefinition();
        }
        if (word("ALTER")) {
            return word("COLUMN") && name() && columnAlteration();
        }
        if (!word("RENAME")) {
            return false;
        }
        if (word("TO")) {
            return name();
        }
        return (word("COLUMN") || !mysql && word("CONSTRAINT") || mysql && word("INDEX")) && name() && word("TO")
                && name();
    }

    private boolean columnAlteration() {
        if (word("SET")) {
            if (word("DEFAULT")) {
                return defaultValue();
            }
            if (word("NOT")) {
                return word("NULL");
            }
            return !mysql && word("DATA") && word("TYPE") && dataType();
        }
        if (word("DROP")) {
            return word("DEFAULT") || word("NOT") && word("NULL");
        }
        return !mysql && word("TYPE") && dataType();
    }

    // --- columns ---

    private boolean columnDefinition() {
        if (!name() || !dataType()) {
            return false;
        }
        while (!atEnd() && !peekSymbol(",") && !peekSymbol(")")) {
            boolean option = word("NOT") ? word("NULL")
                    : word("NULL") || mysql && word("AUTO_INCREMENT")
                    || (word("DEFAULT") ? defaultValue() : word("PRIMARY") && word("KEY"));
            if (!option) {
                return false;
            }
        }
        return true;
    }

    private boolean dataType() {
        if (mysql && word("ENUM")) {
            return symbol("(") && list(this::string) && symbol(")");
        }
        if (!mysql && peekKind(Token.Kind.QUOTED_NAME)) { // an enum type of this schema
            return name() && arrayBrackets();
        }
        if (!mysql && word("DOUBLE")) {
            return word("PRECISION") && arrayBrackets();
        }
        Token t = peekKind(Token.Kind.WORD) ? tokens.get(pos) : null;
        if (t == null || !(mysql ? MYSQL_TYPES : POSTGRES_TYPES).contains(t.upper())) {
            return false;
        }
        pos++;
        if (symbol("(")) {
            if (!number() || symbol(",") && !number() || !symbol(")")) {
                return false;
            }
        }
        if (mysql) {
            word("UNSIGNED");
            return true;
        }
        return arrayBrackets();
    }

    private boolean arrayBrackets() {
        return !symbol("[") || symbol("]");
    }

    private boolean defaultValue() {
        if (string() || word("TRUE") || word("FALSE") || word("NULL")) {
            return true;
        }
        if (symbol("-")) {
            return number();
        }
        if (number()) {
            return true;
        }
        if (word("CURRENT_TIMESTAMP")) {
            return !symbol("(") || number() && symbol(")");
        }
        Token t = peekKind(Token.Kind.WORD) ? tokens.get(pos) : null;
        if (t != null && DEFAULT_FUNCTIONS.contains(t.upper())) {
            pos++;
            return symbol("(") && symbol(")");
        }
        return false;
    }

    /** {@code [ON DELETE action] [ON UPDATE action]} after a foreign key's referenced columns. */
    private boolean actions() {
        if (peekWord("ON") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("DELETE")) {
            pos += 2;
            if (!action()) {
                return false;
            }
        }
        return !word("ON") || word("UPDATE") && action();
    }

    private boolean action() {
        return word("CASCADE") || word("RESTRICT") || word("SET") && (word("NULL") || word("DEFAULT"))
                || word("NO") && word("ACTION");
    }

    // --- lists and names ---

    private boolean indexColumns() {
        return symbol("(") && list(this::indexColumn) && symbol(")");
    }

    private boolean indexColumn() {
        if (!name()) {
            return false;
        }
        if (mysql && symbol("(") && !(number() && symbol(")"))) { // a prefix length: `name`(191)
            return false;
        }
        if (!word("ASC")) {
            word("DESC");
        }
        return true;
    }

    private boolean nameList() {
        return symbol("(") && list(this::name) && symbol(")");
    }

    /** One or more of {@code element}, separated by commas. */
    private boolean list(java.util.function.BooleanSupplier element) {
        do {
            if (!element.getAsBoolean()) {
                return false;
            }
        } while (symbol(","));
        return true;
    }

    /** A name quoted as Prisma quotes it, possibly qualified by a schema. */
    private boolean name() {
        if (!quotedName()) {
            return false;
        }
        return !symbol(".") || quotedName();
    }

    private boolean quotedName() {
        if (!peekKind(Token.Kind.QUOTED_NAME)) {
            return false;
        }
        String text = tokens.get(pos).text();
        char quote = mysql ? '`' : '"';
        if (text.length() < 3 || text.charAt(0) != quote || text.charAt(text.length() - 1) != quote) {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == quote || Character.isISOControl(c)) {
                return false;
            }
        }
        pos++;
        return true;
    }

    /** An unquoted word of letters, digits and underscores, such as a character set name. */
    private boolean plainWord() {
        if (!peekKind(Token.Kind.WORD)) {
            return false;
        }
        String text = tokens.get(pos).text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        pos++;
        return true;
    }

    /** A single-quoted string without backslashes (whose meaning differs between servers and parsers). */
    private boolean string() {
        if (!peekKind(Token.Kind.STRING)) {
            return false;
        }
        String text = tokens.get(pos).text();
        if (text.length() < 2 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\''
                || text.indexOf('\\') >= 0) {
            return false;
        }
        pos++;
        return true;
    }

    /** An unsigned integer or decimal: {@code 191}, {@code 0.5}. */
    private boolean number() {
        if (!peekKind(Token.Kind.NUMBER)) {
            return false;
        }
        String text = tokens.get(pos).text();
        int dot = text.indexOf('.');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || i == dot && i > 0 && i < text.length() - 1)) {
                return false;
            }
        }
        pos++;
        return true;
    }

    // --- tokens ---

    private boolean atEnd() {
        return pos >= tokens.size();
    }

    private boolean peekKind(Token.Kind kind) {
        return !atEnd() && tokens.get(pos).kind() == kind;
    }

    private boolean peekWord(String keyword) {
        return !atEnd() && tokens.get(pos).is(keyword);
    }

    private boolean peekSymbol(String symbol) {
        return !atEnd() && tokens.get(pos).isSymbol(symbol);
    }

    private boolean word(String keyword) {
        if (peekWord(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        if (peekSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }
}
