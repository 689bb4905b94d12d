package dev.migralint.change;

public record AlterEnumType(String name, EnumAlteration alteration) implements Change {
}
