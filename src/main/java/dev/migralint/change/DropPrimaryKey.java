package dev.migralint.change;

public record DropPrimaryKey(String table) implements Change {
}
