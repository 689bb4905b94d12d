package dev.migralint.change;

/**
 * PostgreSQL {@code DROP TYPE name}. With {@code CASCADE} the server also drops every column of that type, with its
 * data; without it the drop fails while a column still uses the type.
 */
public record DropType(String name, boolean cascade) implements Change {
    public DropType(String name) {
        this(name, false);
    }
}
