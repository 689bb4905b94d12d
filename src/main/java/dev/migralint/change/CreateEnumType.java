package dev.migralint.change;

import java.util.List;

/** PostgreSQL {@code CREATE TYPE name AS ENUM (…)}. */
public record CreateEnumType(String name, List<String> values) implements Change {
    public CreateEnumType {
        values = List.copyOf(values);
    }
}
