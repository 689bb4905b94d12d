package dev.migralint.change;

public record AddColumn(String table, ColumnDef column) implements Change {
}
