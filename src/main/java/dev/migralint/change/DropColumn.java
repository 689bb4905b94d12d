package dev.migralint.change;

public record DropColumn(String table, String column) implements Change {
}
