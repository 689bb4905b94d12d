package dev.migralint.sql;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.AlterEnumType;
import dev.migralint.change.AttachIndex;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.CreateEnumType;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.DropType;
import dev.migralint.change.EnumAlteration;
import dev.migralint.change.ForeignKeyDef;
import dev.migralint.change.IndexDef;
import dev.migralint.change.IndexKind;
import dev.migralint.change.InlineReferences;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.Other;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import dev.migralint.change.Transaction;
import dev.migralint.change.ValidateConstraint;
import dev.migralint.source.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lowers DDL statements to changes from their tokens, the one reader of DDL. {@link StatementGate} has already
 * accepted the statement (through JSqlParser or {@link StrictDdlGrammar}, or as one of the shapes JSqlParser rejects
 * though servers accept them). Reading tokens rather than the AST recovers what JSqlParser's AST drops or misreads:
 * the name of an inline {@code UNIQUE INDEX}, PostgreSQL's {@code SET DATA TYPE}, {@code DROP FOREIGN KEY}, and the
 * position of every clause so findings point at it. It holds one statement's text: one reader a statement.
 */
final class DdlReader {
    private final String sql;
    private final Dialect dialect;

    DdlReader(String sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /** The changes of a DDL statement, or empty when this is not a DDL shape the reader knows. */
    Optional<List<ClauseChange>> read(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Optional.of(List.of());
        }
        TokenCursor c = new TokenCursor(tokens);
        int end = tokens.get(tokens.size() - 1).end();
        if (c.accept("ALTER")) {
            skipMysqlAlterModifiers(c);
            if (c.accept("TABLE")) {
                return alterTable(c);
            }
            if (c.accept("INDEX")) {
                return alterIndex(c, end);
            }
            if (c.accept("TYPE")) {
                return alterType(c, end);
            }
            return Optional.empty();
        }
        if (c.accept("CREATE")) {
            c.accept("OR", "REPLACE");
            if (c.accept("TEMPORARY") || c.accept("TEMP") || c.accept("UNLOGGED")) {
                return c.accept("TABLE") ? Optional.of(List.of(whole(Other.of("CREATE TEMPORARY TABLE"), end)))
                        : Optional.empty();
            }
            if (c.accept("TABLE")) {
                return createTable(c, end);
            }
            if (c.peekIs("INDEX") || c.peekIs("UNIQUE") || c.peekIs("FULLTEXT") || c.peekIs("SPATIAL")) {
                return createIndex(c, end);
            }
            if (c.accept("TYPE")) {
                return createType(c, end);
            }
            return Optional.empty();
        }
        if (c.accept("DROP")) {
            if (c.accept("TABLE")) {
                return dropTables(c, end);
            }
            if (c.accept("INDEX")) {
                return dropIndex(c, end);
            }
            if (c.accept("TYPE")) {
                return dropTypes(c, end);
            }
            return Optional.empty();
        }
        if (c.accept("RENAME", "TABLE")) {
            return renameTables(c, end);
        }
        if (c.accept("BEGIN", "NOT", "ATOMIC")) {
            return Optional.of(List.of(whole(Other.of("BEGIN NOT ATOMIC block"), end)));
        }
        if (c.accept("BEGIN") || c.accept("START", "TRANSACTION")) {
            return Optional.of(List.of(whole(new Transaction(Transaction.Kind.BEGIN), end)));
        }
        return Optional.empty();
    }

    private void skipMysqlAlterModifiers(TokenCursor c) {
        while (c.accept("ONLINE") || c.accept("OFFLINE") || c.accept("IGNORE")) {
            // MySQL/MariaDB modifiers before TABLE
        }
    }

    private ClauseChange whole(Change change, int end) {
        return new ClauseChange(change, 0, end);
    }

    private static int start(List<Token> clause) {
        return clause.get(0).start();
    }

    private static int end(List<Token> clause) {
        return clause.get(clause.size() - 1).end();
    }

    // --- CREATE TABLE ---

    private Optional<List<ClauseChange>> createTable(TokenCursor c, int end) {
        List<ClauseChange> ignoredReferences = new ArrayList<>(); // at their column definitions
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        Optional<Token> nameToken = c.name();
        if (nameToken.isEmpty()) {
            return Optional.empty();
        }
        String table = Names.of(nameToken.get(), dialect);
        Optional<List<Token>> body = c.group();
        // CREATE TABLE x LIKE y, CREATE TABLE x AS SELECT, PostgreSQL's CREATE TABLE x (LIKE y INCLUDING ALL): the
        // columns come from elsewhere, so none is known (rather than a column named "like")
        boolean likeAnother = body.isPresent() && TokenCursor.splitOnCommas(body.get()).stream()
                .anyMatch(element -> !element.isEmpty() && element.get(0).is("LIKE"));
        if (body.isEmpty() || likeAnother) {
            return Optional.of(List.of(whole(new CreateTable(table, List.of(), List.of(), List.of(),
                    Optional.empty(), List.of(), ifNotExists), end)));
        }
        List<ColumnDef> columns = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        Optional<String> primaryKeyName = Optional.empty();
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        for (List<Token> element : TokenCursor.splitOnCommas(body.get())) {
            if (element.isEmpty()) {
                continue;
            }
            Optional<Change> constraint = constraint(table, new TokenCursor(element));
            if (constraint.isPresent()) {
                Change k = constraint.get();
                if (k instanceof AddIndex ai) {
                    indexes.add(ai.index());
                } else if (k instanceof AddPrimaryKey pk) {
                    primaryKey.addAll(pk.columns());
                    primaryKeyName = pk.name();
                } else if (k instanceof AddForeignKey fk) {
                    foreignKeys.add(fk.foreignKey());
                }
            } else {
                ColumnDefReader.read(element, sql, dialect).ifPresent(columns::add);
                for (Change inline : ColumnDefReader.inlineConstraints(element, sql, dialect, table)) {
                    if (inline instanceof AddForeignKey fk) {
                        foreignKeys.add(fk.foreignKey());
                    } else if (inline instanceof InlineReferences ir) {
                        ignoredReferences.add(new ClauseChange(ir, start(element), end(element)));
                    }
                }
            }
        }
        List<ClauseChange> out = new ArrayList<>();
        out.add(whole(new CreateTable(table, columns, indexes, primaryKey, primaryKeyName, foreignKeys, ifNotExists),
                end));
        out.addAll(ignoredReferences);
        return Optional.of(out);
    }

    /**
     * A table constraint or index element ({@code [CONSTRAINT n] PRIMARY KEY (…)}, {@code UNIQUE INDEX n (…)},
     * {@code FOREIGN KEY …}, {@code CHECK (…)}, {@code INDEX n (…)}), as the change that adds it; empty when the
     * element is a column definition.
     */
    private Optional<Change> constraint(String table, TokenCursor c) {
        Optional<String> name = Optional.empty();
        if (c.accept("CONSTRAINT")) {
            if (!c.peekIs("PRIMARY") && !c.peekIs("UNIQUE") && !c.peekIs("FOREIGN") && !c.peekIs("CHECK")) {
                name = c.name().map(t -> Names.of(t, dialect));
            }
        }
        if ((c.peekIs("PRIMARY") || c.peekIs("UNIQUE")) && usingIndex(c)) {
            boolean primaryKey = c.accept("PRIMARY", "KEY");
            c.accept("UNIQUE");
            c.accept("USING", "INDEX");
            Optional<Token> index = c.name();
            if (index.isPresent() && c.atEnd()) {
                return Optional.of(new AttachIndex(table, name, Names.of(index.get(), dialect), primaryKey));
            }
            return Optional.empty();
        }
        if (c.accept("PRIMARY", "KEY")) {
            skipIndexName(c);
            List<String> cols = columns(c);
            return Optional.of(new AddPrimaryKey(table, name, cols));
        }
        if (c.accept("UNIQUE")) {
            if (!c.accept("INDEX")) {
                c.accept("KEY");
            }
            Optional<String> indexName = indexName(c);
            if (indexName.isPresent()) {
                name = indexName;
            }
            return Optional.of(new AddIndex(table, new IndexDef(name, columns(c), IndexKind.UNIQUE), false, true));
        }
        if (c.accept("FOREIGN", "KEY")) {
            Optional<String> fkName = indexName(c);
            if (fkName.isPresent()) {
                name = fkName;
            }
            return Optional.of(foreignKey(table, name, c));
        }
        if (c.accept("CHECK")) {
            List<Token> rest = c.rest();
            String expr = rest.isEmpty() ? "" : sql.substring(rest.get(0).start(), end(rest));
            String upper = expr.toUpperCase(java.util.Locale.ROOT);
            // PostgreSQL NOT VALID and MySQL NOT ENFORCED both leave existing rows unchecked
            boolean notValid = upper.endsWith("NOT VALID") || upper.endsWith("NOT ENFORCED");
            return Optional.of(new AddCheck(table, name, expr, notValid,
                    new CheckConditionReader(sql, dialect).read(rest)));
        }
        if (name.isEmpty() && (c.peekIs("INDEX") || c.peekIs("KEY") || c.peekIs("FULLTEXT")
                || c.peekIs("SPATIAL"))) {
            IndexKind kind = IndexKind.PLAIN;
            if (c.accept("FULLTEXT")) {
                kind = IndexKind.FULLTEXT;
            } else if (c.accept("SPATIAL")) {
                kind = IndexKind.SPATIAL;
            }
            if (!c.accept("INDEX")) {
                c.accept("KEY");
            }
            Optional<String> idxName = indexName(c);
            return Optional.of(new AddIndex(table, new IndexDef(idxName, columns(c), kind), false, true));
        }
        return Optional.empty();
    }

    /** {@code PRIMARY KEY USING INDEX i} or {@code UNIQUE USING INDEX i} ahead, without consuming anything. */
    private static boolean usingIndex(TokenCursor c) {
        int at = c.peekIs("PRIMARY") && c.peekIs(1, "KEY") ? 2 : 1;
        return c.peekIs(at, "USING") && c.peekIs(at + 1, "INDEX");
    }

    /** An optional index name before the column list: {@code UNIQUE INDEX `x`(…)}. */
    private Optional<String> indexName(TokenCursor c) {
        if (c.peek().filter(Token::isName).isPresent() && !c.peekIs("USING")) {
            return c.name().map(t -> Names.of(t, dialect));
        }
        return Optional.empty();
    }

    private void skipIndexName(TokenCursor c) {
        if (c.peek().filter(Token::isName).isPresent() && !c.peekIs("USING")) {
            c.name();
        }
    }

    private List<String> columns(TokenCursor c) {
        if (c.accept("USING")) {
            c.next();
        }
        return c.group().map(g -> ColumnDefReader.columnList(g, dialect, sql)).orElse(List.of());
    }

    private Change foreignKey(String table, Optional<String> name, TokenCursor c) {
        List<String> cols = columns(c);
        String refTable = "";
        List<String> refCols = List.of();
        Optional<String> onDelete = Optional.empty();
        Optional<String> onUpdate = Optional.empty();
        boolean notValid = false;
        if (c.accept("REFERENCES")) {
            refTable = c.name().map(t -> Names.of(t, dialect)).orElse("");
            refCols = c.group().map(g -> ColumnDefReader.columnList(g, dialect, sql)).orElse(List.of());
        }
        while (!c.atEnd()) {
            if (c.accept("ON", "DELETE")) {
                onDelete = Optional.of(action(c));
            } else if (c.accept("ON", "UPDATE")) {
                onUpdate = Optional.of(action(c));
            } else if (c.accept("NOT", "VALID")) {
                notValid = true;
            } else {
                c.next();
            }
        }
        return new AddForeignKey(table, new ForeignKeyDef(name, cols, refTable, refCols, onDelete, onUpdate),
                notValid);
    }

    private String action(TokenCursor c) {
        if (c.accept("SET", "NULL")) {
            return "SET NULL";
        }
        if (c.accept("SET", "DEFAULT")) {
            return "SET DEFAULT";
        }
        if (c.accept("NO", "ACTION")) {
            return "NO ACTION";
        }
        return c.next().map(Token::upper).orElse("");
    }

    // --- ALTER TABLE ---

    private Optional<List<ClauseChange>> alterTable(TokenCursor c) {
        c.accept("IF", "EXISTS");
        c.accept("ONLY");
        Optional<Token> nameToken = c.name();
        if (nameToken.isEmpty()) {
            return Optional.empty();
        }
        String table = Names.of(nameToken.get(), dialect);
        List<ClauseChange> out = new ArrayList<>();
        List<ClauseChange> tableRenames = new ArrayList<>();
        for (List<Token> clause : TokenCursor.splitOnCommas(c.rest())) {
            if (clause.isEmpty()) {
                continue;
            }
            List<Change> changes = alterClause(table, clause);
            for (Change change : changes) {
                (change instanceof RenameTable ? tableRenames : out)
                        .add(new ClauseChange(change, start(clause), end(clause)));
            }
            if (positioned(clause) && changes.stream().anyMatch(ch -> ch instanceof AddColumn
                    || ch instanceof ModifyColumn)) {
                // where the column goes decides MySQL's algorithm (a reorder rebuilds), not the schema
                out.add(new ClauseChange(new Other(POSITION, Optional.of(table)), start(clause), end(clause)));
            }
        }
        // MySQL renames the table after the statement's other clauses, which all name the table by its old name
        // (ALTER TABLE a RENAME TO b, RENAME COLUMN x TO y renames a.x): replay the rename last
        out.addAll(tableRenames);
        return Optional.of(out);
    }

    /** What {@code FIRST} or {@code AFTER col} at the end of a MySQL column clause lowers to, besides the column. */
    public static final String POSITION = "POSITION";

    /** A MySQL column clause ending in {@code FIRST} or {@code AFTER col}. */
    private static boolean positioned(List<Token> clause) {
        int n = clause.size();
        return n >= 3 && (clause.get(n - 1).is("FIRST") || clause.get(n - 2).is("AFTER"));
    }

    private List<Change> alterClause(String table, List<Token> clause) {
        TokenCursor c = new TokenCursor(clause);
        if (c.accept("ADD")) {
            return addClause(table, c);
        }
        if (c.accept("DROP")) {
            return dropClause(table, c);
        }
        if (c.accept("MODIFY")) {
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            List<Token> rest = c.rest();
            return ColumnDefReader.read(rest, sql, dialect)
                    .<List<Change>>map(def -> List.of(new ModifyColumn(table, def.name(),
                            new ColumnAlteration.Redefine(def))))
                    .orElse(List.of(new Other("MODIFY", Optional.of(table))));
        }
        if (c.accept("CHANGE")) {
            c.accept("COLUMN");
            c.accept("IF", "EXISTS");
            Optional<Token> old = c.name();
            Optional<ColumnDef> def = ColumnDefReader.read(c.rest(), sql, dialect);
            if (old.isEmpty() || def.isEmpty()) {
                return List.of(new Other("CHANGE", Optional.of(table)));
            }
            String from = Names.of(old.get(), dialect);
            ModifyColumn modify = new ModifyColumn(table, def.get().name(), new ColumnAlteration.Redefine(def.get()));
            if (from.equalsIgnoreCase(def.get().name())) {
                return List.of(new ModifyColumn(table, from, new ColumnAlteration.Redefine(def.get())));
            }
            return List.of(new RenameColumn(table, from, def.get().name()), modify);
        }
        if (c.accept("ALTER")) {
            return alterColumn(table, c);
        }
        if (c.accept("RENAME")) {
            return renameClause(table, c);
        }
        if (c.accept("VALIDATE", "CONSTRAINT")) {
            Optional<Token> name = c.name();
            if (name.isPresent() && c.atEnd()) {
                return List.of(new ValidateConstraint(table, Names.of(name.get(), dialect)));
            }
        }
        String first = clause.get(0).upper();
        if ((first.equals("ALGORITHM") || first.equals("LOCK")) && clause.size() >= 2) {
            // MySQL's online DDL request: ALGORITHM [=] INSTANT|INPLACE|COPY, LOCK [=] NONE|SHARED|EXCLUSIVE
            Token value = clause.get(clause.size() - 1);
            return List.of(new Other(first + "=" + value.upper(), Optional.of(table)));
        }
        return List.of(new Other(first, Optional.of(table)));
    }

    private List<Change> addClause(String table, TokenCursor c) {
        Optional<Change> constraint = constraint(table, c);
        if (constraint.isPresent()) {
            return List.of(constraint.get());
        }
        c.accept("COLUMN");
        c.accept("IF", "NOT", "EXISTS");
        if (c.peekSymbol("(")) { // MySQL: ADD (a INT, b INT)
            List<Change> out = new ArrayList<>();
            for (List<Token> part : TokenCursor.splitOnCommas(c.group().orElse(List.of()))) {
                ColumnDefReader.read(part, sql, dialect).ifPresent(def -> out.add(new AddColumn(table, def)));
            }
            return out;
        }
        List<Token> definition = c.rest();
        Optional<ColumnDef> column = ColumnDefReader.read(definition, sql, dialect);
        if (column.isEmpty()) {
            return List.of(new Other("ADD", Optional.of(table)));
        }
        ColumnDef def = column.get();
        List<Change> out = new ArrayList<>();
        out.add(new AddColumn(table, def.withUnique(false)));
        if (def.unique()) { // an inline UNIQUE is an index over the new column, which rules must see
            out.add(new AddIndex(table, new IndexDef(Optional.empty(), List.of(def.name()), IndexKind.UNIQUE), false,
                    true));
        }
        out.addAll(ColumnDefReader.inlineConstraints(definition, sql, dialect, table));
        return out;
    }

    private List<Change> dropClause(String table, TokenCursor c) {
        if (c.accept("PRIMARY", "KEY")) {
            return List.of(new DropPrimaryKey(table));
        }
        if (c.accept("FOREIGN", "KEY")) {
            c.accept("IF", "EXISTS");
            return c.name().<List<Change>>map(n -> List.of(new DropForeignKey(table, Names.of(n, dialect))))
                    .orElse(List.of());
        }
        if (c.accept("INDEX") || c.accept("KEY")) {
            c.accept("IF", "EXISTS");
            return c.name().<List<Change>>map(n -> List.of(new DropIndex(Optional.of(table),
                    Names.of(n, dialect), false))).orElse(List.of());
        }
        if (c.accept("CONSTRAINT") || c.accept("CHECK")) {
            c.accept("IF", "EXISTS");
            return c.name().<List<Change>>map(n -> List.of(new DropConstraint(table, Names.of(n, dialect))))
                    .orElse(List.of());
        }
        if (c.accept("PARTITION")) {
            return List.of(new Other("DROP PARTITION", Optional.of(table)));
        }
        c.accept("COLUMN");
        c.accept("IF", "EXISTS");
        return c.name().<List<Change>>map(n -> List.of(new DropColumn(table, Names.of(n, dialect))))
                .orElse(List.of());
    }

    private List<Change> alterColumn(String table, TokenCursor c) {
        c.accept("COLUMN");
        Optional<Token> nameToken = c.name();
        if (nameToken.isEmpty()) {
            return List.of(new Other("ALTER", Optional.of(table)));
        }
        String column = Names.of(nameToken.get(), dialect);
        ColumnAlteration alteration;
        if (c.accept("SET", "DEFAULT")) {
            String value = ColumnDefReader.expression(c, sql);
            alteration = ColumnDefReader.isNull(value) ? new ColumnAlteration.DropDefault()
                    : new ColumnAlteration.SetDefault(value);
        } else if (c.accept("DROP", "DEFAULT")) {
            alteration = new ColumnAlteration.DropDefault();
        } else if (c.accept("SET", "NOT", "NULL")) {
            alteration = new ColumnAlteration.SetNotNull();
        } else if (c.accept("DROP", "NOT", "NULL")) {
            alteration = new ColumnAlteration.DropNotNull();
        } else if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
            List<Token> rest = c.rest();
            int using = -1;
            for (int i = 0; i < rest.size(); i++) {
                if (rest.get(i).is("USING")) {
                    using = i;
                    break;
                }
            }
            List<Token> typeTokens = using < 0 ? rest : rest.subList(0, using);
            if (typeTokens.isEmpty()) {
                return List.of(new Other("ALTER COLUMN", Optional.of(table)));
            }
            String typeText = sql.substring(typeTokens.get(0).start(), end(typeTokens));
            Optional<String> usingExpr = using < 0 || using + 1 >= rest.size() ? Optional.empty()
                    : Optional.of(sql.substring(rest.get(using + 1).start(), end(rest)));
            DataType type = DataType.parse(typeText);
            if (type.userDefined() || dialect.isPostgresFamily() && isUnknownPgType(type)) {
                type = new DataType(Names.of(typeText.replace("[]", "").strip(), dialect), List.of(), false,
                        type.array(), Optional.empty(), Optional.empty(), true);
            }
            alteration = new ColumnAlteration.SetType(type, usingExpr);
        } else {
            return List.of(new Other("ALTER COLUMN", Optional.of(table)));
        }
        return List.of(new ModifyColumn(table, column, alteration));
    }

    private static final Pattern BUILT_IN_TYPE_NAME = Pattern.compile("[A-Z0-9_ ]+");

    /** A PostgreSQL type name that is no built-in one, so an enum or domain: compare it as a name. */
    private static boolean isUnknownPgType(DataType type) {
        return !BUILT_IN_TYPE_NAME.matcher(type.name()).matches();
    }

    private List<Change> renameClause(String table, TokenCursor c) {
        if (c.accept("INDEX") || c.accept("KEY") || c.accept("CONSTRAINT")) {
            Optional<Token> from = c.name();
            c.accept("TO");
            Optional<Token> to = c.name();
            if (from.isPresent() && to.isPresent()) {
                return List.of(new RenameIndex(Optional.of(table), Names.of(from.get(), dialect),
                        Names.of(to.get(), dialect)));
            }
            return List.of();
        }
        if (c.accept("COLUMN") || c.peek(1).filter(t -> t.is("TO")).isPresent() && !c.peekIs("TO")) {
            Optional<Token> from = c.name();
            c.accept("TO");
            Optional<Token> to = c.name();
            if (from.isPresent() && to.isPresent()) {
                return List.of(new RenameColumn(table, Names.of(from.get(), dialect), Names.of(to.get(), dialect)));
            }
            return List.of();
        }
        if (!c.accept("TO")) {
            c.accept("AS");
        }
        return c.name().<List<Change>>map(n -> List.of(new RenameTable(table, Names.of(n, dialect))))
                .orElse(List.of());
    }

    // --- indexes ---

    private Optional<List<ClauseChange>> createIndex(TokenCursor c, int end) {
        IndexKind kind = IndexKind.PLAIN;
        if (c.accept("UNIQUE")) {
            kind = IndexKind.UNIQUE;
        } else if (c.accept("FULLTEXT")) {
            kind = IndexKind.FULLTEXT;
        } else if (c.accept("SPATIAL")) {
            kind = IndexKind.SPATIAL;
        }
        if (!c.accept("INDEX")) {
            return Optional.empty();
        }
        boolean concurrently = c.accept("CONCURRENTLY");
        c.accept("IF", "NOT", "EXISTS");
        Optional<String> name = c.peekIs("ON") ? Optional.empty() : c.name().map(t -> Names.of(t, dialect));
        if (!c.accept("ON")) {
            return Optional.empty();
        }
        c.accept("ONLY");
        Optional<Token> table = c.name();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<String> cols = columns(c);
        boolean partial = false;
        while (!c.atEnd()) { // INCLUDE (…), WITH (…), TABLESPACE …, WHERE …
            if (c.accept("WHERE")) {
                partial = true;
                break;
            }
            c.next();
        }
        return Optional.of(List.of(whole(new AddIndex(Names.of(table.get(), dialect),
                new IndexDef(name, cols, kind, partial), concurrently), end)));
    }

    private Optional<List<ClauseChange>> dropIndex(TokenCursor c, int end) {
        boolean concurrently = c.accept("CONCURRENTLY");
        c.accept("IF", "EXISTS");
        List<ClauseChange> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        do {
            c.name().ifPresent(t -> names.add(Names.of(t, dialect)));
        } while (c.acceptSymbol(","));
        Optional<String> table = Optional.empty();
        if (c.accept("ON")) {
            table = c.name().map(t -> Names.of(t, dialect));
        }
        for (String n : names) {
            out.add(whole(new DropIndex(table, n, concurrently), end));
        }
        return Optional.of(out);
    }

    private Optional<List<ClauseChange>> alterIndex(TokenCursor c, int end) {
        c.accept("IF", "EXISTS");
        Optional<Token> from = c.name();
        if (from.isPresent() && c.accept("RENAME", "TO")) {
            Optional<Token> to = c.name();
            if (to.isPresent()) {
                return Optional.of(List.of(whole(new RenameIndex(Optional.empty(), Names.of(from.get(), dialect),
                        Names.of(to.get(), dialect)), end)));
            }
        }
        return Optional.of(List.of(whole(Other.of("ALTER INDEX"), end)));
    }

    // --- tables ---

    private Optional<List<ClauseChange>> dropTables(TokenCursor c, int end) {
        boolean ifExists = c.accept("IF", "EXISTS");
        List<ClauseChange> out = new ArrayList<>();
        do {
            Optional<Token> t = c.name();
            if (t.isEmpty()) {
                break;
            }
            out.add(new ClauseChange(new DropTable(Names.of(t.get(), dialect), ifExists), t.get().start(),
                    t.get().end()));
        } while (c.acceptSymbol(","));
        if (out.size() == 1) { // one table: point at the statement, like any other one-change statement
            out.set(0, whole(out.get(0).change(), end));
        }
        return Optional.of(out);
    }

    private Optional<List<ClauseChange>> renameTables(TokenCursor c, int end) {
        List<ClauseChange> out = new ArrayList<>();
        do {
            Optional<Token> from = c.name();
            if (from.isEmpty() || !c.accept("TO")) {
                return Optional.empty();
            }
            Optional<Token> to = c.name();
            if (to.isEmpty()) {
                return Optional.empty();
            }
            out.add(new ClauseChange(new RenameTable(Names.of(from.get(), dialect), Names.of(to.get(), dialect)),
                    from.get().start(), to.get().end()));
        } while (c.acceptSymbol(","));
        if (out.size() == 1) {
            out.set(0, whole(out.get(0).change(), end));
        }
        return Optional.of(out);
    }

    // --- PostgreSQL types ---

    private Optional<List<ClauseChange>> createType(TokenCursor c, int end) {
        Optional<Token> name = c.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (c.accept("AS", "ENUM")) {
            List<String> values = TokenCursor.splitOnCommas(c.group().orElse(List.of())).stream()
                    .filter(p -> !p.isEmpty()).map(p -> p.get(0).stringValue()).toList();
            return Optional.of(List.of(whole(new CreateEnumType(Names.of(name.get(), dialect), values), end)));
        }
        return Optional.of(List.of(whole(Other.of("CREATE TYPE"), end)));
    }

    private Optional<List<ClauseChange>> alterType(TokenCursor c, int end) {
        Optional<Token> nameToken = c.name();
        if (nameToken.isEmpty()) {
            return Optional.empty();
        }
        String name = Names.of(nameToken.get(), dialect);
        EnumAlteration alteration = null;
        if (c.accept("ADD", "VALUE")) {
            c.accept("IF", "NOT", "EXISTS");
            Optional<Token> value = c.next();
            Optional<String> before = Optional.empty();
            Optional<String> after = Optional.empty();
            if (c.accept("BEFORE")) {
                before = c.next().map(Token::stringValue);
            } else if (c.accept("AFTER")) {
                after = c.next().map(Token::stringValue);
            }
            if (value.isPresent()) {
                alteration = new EnumAlteration.AddValue(value.get().stringValue(), before, after);
            }
        } else if (c.accept("RENAME", "VALUE")) {
            Optional<Token> from = c.next();
            c.accept("TO");
            Optional<Token> to = c.next();
            if (from.isPresent() && to.isPresent()) {
                alteration = new EnumAlteration.RenameValue(from.get().stringValue(), to.get().stringValue());
            }
        } else if (c.accept("RENAME", "TO")) {
            alteration = c.name().map(t -> new EnumAlteration.RenameType(Names.of(t, dialect))).orElse(null);
        }
        Change change = alteration == null ? Other.of("ALTER TYPE") : new AlterEnumType(name, alteration);
        return Optional.of(List.of(whole(change, end)));
    }

    private Optional<List<ClauseChange>> dropTypes(TokenCursor c, int end) {
        c.accept("IF", "EXISTS");
        List<String> names = new ArrayList<>();
        do {
            c.name().ifPresent(t -> names.add(Names.of(t, dialect)));
        } while (c.acceptSymbol(","));
        boolean cascade = c.accept("CASCADE");
        List<ClauseChange> out = new ArrayList<>();
        names.forEach(name -> out.add(whole(new DropType(name, cascade), end)));
        return Optional.of(out);
    }
}
