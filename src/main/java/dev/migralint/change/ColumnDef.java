package dev.migralint.change;

import java.util.Optional;

/**
 * A column as a statement defines it. {@code nullable} is what the definition says or implies (MySQL and PostgreSQL
 * columns are nullable unless NOT NULL or PRIMARY KEY is given).
 */
public record ColumnDef(String name, DataType type, boolean nullable, Optional<String> defaultValue,
                        boolean autoIncrement, boolean generated, boolean primaryKey, boolean unique) {

    public static ColumnDef of(String name, DataType type) {
        return new ColumnDef(name, type, true, Optional.empty(), false, false, false, false);
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, nullable, defaultValue, autoIncrement, generated, primaryKey, unique);
    }

    public ColumnDef withType(DataType newType) {
        return new ColumnDef(name, newType, nullable, defaultValue, autoIncrement, generated, primaryKey, unique);
    }

    public ColumnDef withNullable(boolean newNullable) {
        return new ColumnDef(name, type, newNullable, defaultValue, autoIncrement, generated, primaryKey, unique);
    }

    public ColumnDef withUnique(boolean newUnique) {
        return new ColumnDef(name, type, nullable, defaultValue, autoIncrement, generated, primaryKey, newUnique);
    }

    public ColumnDef withDefault(Optional<String> newDefault) {
        return new ColumnDef(name, type, nullable, newDefault, autoIncrement, generated, primaryKey, unique);
    }
}
