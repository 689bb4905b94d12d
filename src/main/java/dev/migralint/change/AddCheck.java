package dev.migralint.change;

import java.util.Optional;

public record AddCheck(String table, Optional<String> name, String expression, boolean notValid) implements Change {
}
