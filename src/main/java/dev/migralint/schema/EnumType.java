package dev.migralint.schema;

import java.util.List;

/** A PostgreSQL enum type ({@code CREATE TYPE … AS ENUM}). */
public record EnumType(String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
