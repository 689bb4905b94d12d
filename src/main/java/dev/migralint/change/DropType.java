package dev.migralint.change;

public record DropType(String name) implements Change {
}
