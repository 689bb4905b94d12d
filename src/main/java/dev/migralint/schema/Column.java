package dev.migralint.schema;

import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataType;
import java.util.Optional;

public record Column(String name, DataType type, boolean nullable, Optional<String> defaultValue,
                     boolean autoIncrement, boolean generated) {

    static Column from(ColumnDef def) {
        return new Column(def.name(), def.type(), def.nullable() && !def.primaryKey(), def.defaultValue(),
                def.autoIncrement(), def.generated());
    }

    Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, autoIncrement, generated);
    }

    Column withType(DataType newType) {
        return new Column(name, newType, nullable, defaultValue, autoIncrement, generated);
    }

    Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, autoIncrement, generated);
    }

    Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, autoIncrement, generated);
    }
}
