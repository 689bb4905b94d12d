package dev.migralint.change;

public record DropTable(String table, boolean ifExists) implements Change {
}
