package dev.migralint.change;

import java.util.Optional;

/** What a PostgreSQL {@code ALTER TYPE} does to an enum type. */
public sealed interface EnumAlteration {

    /** {@code ADD VALUE 'v' [BEFORE 'x' | AFTER 'y']}. */
    record AddValue(String value, Optional<String> before, Optional<String> after) implements EnumAlteration {
    }

    record RenameValue(String from, String to) implements EnumAlteration {
    }

    record RenameType(String to) implements EnumAlteration {
    }
}
