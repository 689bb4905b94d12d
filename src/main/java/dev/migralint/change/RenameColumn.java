package dev.migralint.change;

public record RenameColumn(String table, String from, String to) implements Change {
}
