package dev.migralint.schema;

import dev.migralint.change.IndexKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of the replayed schema. Mutable only by {@link Schema#apply}; rules get it through the schema as it stood
 * before the change they check, and must not keep it across changes.
 */
public final class Table {
    private String name;
    private final NameRules names;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    /**
     * How many of {@link #indexes} and {@link #foreignKeys} carry each name (by {@link NameRules#columnKey}). Long
     * histories hold tables with hundreds of both, and most look-ups by name (every added index first removes one of
     * its name) find none: the counts answer those without a scan.
     */
    private final Map<String, Integer> indexNames = new HashMap<>();
    private final Map<String, Integer> foreignKeyNames = new HashMap<>();
    /** How many of {@link #indexes} hold each column (by {@link NameRules#columnKey}), for the same reason. */
    private final Map<String, Integer> indexedColumns = new HashMap<>();
    /**
     * How many of {@link #indexes} are FULLTEXT. The MySQL locking model asks for every statement on the table, and a
     * scan made each statement cost as much as the table has indexes.
     */
    private int fulltextIndexes;
    /** {@link #foreignKeys} by referenced table, in their order; kept on an addition, rebuilt after other changes. */
    private Map<String, List<ForeignKey>> foreignKeysByTarget;
    private final List<String> checks = new ArrayList<>();
    /** The expression of each CHECK, in the order of {@link #checks}. */
    private final List<String> checkExpressions = new ArrayList<>();
    private List<String> primaryKey = List.of();
    private Optional<String> primaryKeyName = Optional.empty();

    Table(String name, NameRules names) {
        this.name = name;
        this.names = names;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(columns.get(names.columnKey(columnName)));
    }

    public boolean hasColumn(String columnName) {
        return columns.containsKey(names.columnKey(columnName));
    }

    public List<Index> indexes() {
        return Collections.unmodifiableList(indexes);
    }

    public Optional<Index> index(String indexName) {
        if (!indexNames.containsKey(names.columnKey(indexName))) {
            return Optional.empty();
        }
        return indexes.stream().filter(i -> names.sameColumn(i.name(), indexName)).findFirst();
    }

    public boolean hasFulltextIndex() {
        return fulltextIndexes > 0;
    }

    /** Indexes (and UNIQUE constraints) that include the column. */
    public List<Index> indexesWith(String columnName) {
        if (!indexedColumns.containsKey(names.columnKey(columnName))) {
            return List.of();
        }
        return indexes.stream().filter(i -> i.columns().stream().anyMatch(c -> names.sameColumn(c, columnName)))
                .toList();
    }

    public List<ForeignKey> foreignKeys() {
        return Collections.unmodifiableList(foreignKeys);
    }

    /**
     * This table's foreign keys that reference {@code target}, in order. Long histories ask this for every type change
     * and hold tables with hundreds of keys, so the answer comes from an index rather than a scan.
     */
    List<ForeignKey> foreignKeysTo(String target) {
        if (foreignKeysByTarget == null) {
            foreignKeysByTarget = new HashMap<>();
            for (ForeignKey fk : foreignKeys) {
                foreignKeysByTarget.computeIfAbsent(fk.referencedTable(), k -> new ArrayList<>()).add(fk);
            }
        }
        return foreignKeysByTarget.getOrDefault(target, List.of());
    }

    public Optional<ForeignKey> foreignKey(String fkName) {
        if (!foreignKeyNames.containsKey(names.columnKey(fkName))) {
            return Optional.empty();
        }
        return foreignKeys.stream().filter(f -> names.sameColumn(f.name(), fkName)).findFirst();
    }

    public List<String> checks() {
        return Collections.unmodifiableList(checks);
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    public Optional<String> primaryKeyName() {
        return primaryKeyName;
    }

    public boolean sameColumn(String a, String b) {
        return names.sameColumn(a, b);
    }

    // --- replay, package-private ---

    void rename(String newName) {
        name = newName;
    }

    void putColumn(Column column) {
        columns.put(names.columnKey(column.name()), column);
    }

    void replaceColumn(String oldName, Column column) {
        // keep the column's position: rebuild the map in order
        Map<String, Column> copy = new LinkedHashMap<>(columns);
        columns.clear();
        for (Map.Entry<String, Column> e : copy.entrySet()) {
            if (e.getKey().equals(names.columnKey(oldName))) {
                columns.put(names.columnKey(column.name()), column);
            } else {
                columns.put(e.getKey(), e.getValue());
            }
        }
    }

    void removeColumn(String columnName) {
        columns.remove(names.columnKey(columnName));
    }

    void addIndex(Index index) {
        removeIndex(index.name());
        indexes.add(index);
        counted(index, 1);
    }

    boolean removeIndex(String indexName) {
        String key = names.columnKey(indexName);
        if (!indexNames.containsKey(key)) {
            return false;
        }
        return indexes.removeIf(i -> {
            boolean named = names.sameColumn(i.name(), indexName);
            if (named) {
                counted(i, -1);
            }
            return named;
        });
    }

    /** Removes this index only: a history can hold two of one name (a rename the server would have refused). */
    void removeIndexItself(Index index) {
        if (indexes.remove(index)) {
            counted(index, -1);
        }
    }

    void replaceIndex(Index old, Index replacement) {
        indexes.set(indexes.indexOf(old), replacement);
        counted(old, -1);
        counted(replacement, 1);
    }

    void addForeignKey(ForeignKey fk) {
        removeForeignKey(fk.name());
        foreignKeys.add(fk);
        count(foreignKeyNames, fk.name(), 1);
        if (foreignKeysByTarget != null) { // the new key comes last, as in the list: the index stays valid
            foreignKeysByTarget.computeIfAbsent(fk.referencedTable(), k -> new ArrayList<>()).add(fk);
        }
    }

    boolean removeForeignKey(String fkName) {
        String key = names.columnKey(fkName);
        if (!foreignKeyNames.containsKey(key)) {
            return false;
        }
        foreignKeyNames.remove(key);
        foreignKeysByTarget = null;
        return foreignKeys.removeIf(f -> names.sameColumn(f.name(), fkName));
    }

    void replaceForeignKey(ForeignKey old, ForeignKey replacement) {
        foreignKeys.set(foreignKeys.indexOf(old), replacement);
        count(foreignKeyNames, old.name(), -1);
        count(foreignKeyNames, replacement.name(), 1);
        foreignKeysByTarget = null;
    }

    private void counted(Index index, int delta) {
        count(indexNames, index.name(), delta);
        if (index.kind() == IndexKind.FULLTEXT) {
            fulltextIndexes += delta;
        }
        for (String column : index.columns()) {
            count(indexedColumns, column, delta);
        }
    }

    private void count(Map<String, Integer> counts, String name, int delta) {
        counts.merge(names.columnKey(name), delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** The CHECK constraints' expressions as written (with a trailing NOT VALID where the statement had one). */
    public List<String> checkExpressions() {
        return Collections.unmodifiableList(checkExpressions);
    }

    void addCheck(String checkName, String expression) {
        checks.add(checkName);
        checkExpressions.add(expression);
    }

    /** VALIDATE CONSTRAINT: a CHECK added NOT VALID now holds for every row. */
    void validateCheck(String checkName) {
        for (int i = 0; i < checks.size(); i++) {
            String expression = checkExpressions.get(i);
            if (names.sameColumn(checks.get(i), checkName) && expression.toUpperCase(java.util.Locale.ROOT)
                    .endsWith("NOT VALID")) {
                checkExpressions.set(i, expression.substring(0, expression.length() - "NOT VALID".length()).strip());
            }
        }
    }

    boolean removeCheck(String checkName) {
        for (int i = 0; i < checks.size(); i++) {
            if (names.sameColumn(checks.get(i), checkName)) {
                checks.remove(i);
                checkExpressions.remove(i);
                return true;
            }
        }
        return false;
    }

    void setPrimaryKey(List<String> columnNames, Optional<String> pkName) {
        primaryKey = List.copyOf(columnNames);
        primaryKeyName = pkName;
    }

    NameRules names() {
        return names;
    }
}
