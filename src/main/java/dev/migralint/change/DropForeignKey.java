package dev.migralint.change;

public record DropForeignKey(String table, String name) implements Change {
}
