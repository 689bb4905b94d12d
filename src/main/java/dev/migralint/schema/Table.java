package dev.migralint.schema;

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
    /** {@link #foreignKeys} by referenced table, in their order; rebuilt after a change (null until then). */
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
        return indexes.stream().filter(i -> names.sameColumn(i.name(), indexName)).findFirst();
    }

    /** Indexes (and UNIQUE constraints) that include the column. */
    public List<Index> indexesWith(String columnName) {
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
    }

    boolean removeIndex(String indexName) {
        return indexes.removeIf(i -> names.sameColumn(i.name(), indexName));
    }

    /** Removes this index only: a history can hold two of one name (a rename the server would have refused). */
    void removeIndexItself(Index index) {
        indexes.remove(index);
    }

    void replaceIndex(Index old, Index replacement) {
        indexes.set(indexes.indexOf(old), replacement);
    }

    void addForeignKey(ForeignKey fk) {
        removeForeignKey(fk.name());
        foreignKeys.add(fk);
        foreignKeysByTarget = null;
    }

    boolean removeForeignKey(String fkName) {
        foreignKeysByTarget = null;
        return foreignKeys.removeIf(f -> names.sameColumn(f.name(), fkName));
    }

    void replaceForeignKey(ForeignKey old, ForeignKey replacement) {
        foreignKeys.set(foreignKeys.indexOf(old), replacement);
        foreignKeysByTarget = null;
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
