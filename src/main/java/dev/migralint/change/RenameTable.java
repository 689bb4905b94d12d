package dev.migralint.change;

public record RenameTable(String from, String to) implements Change {
}
