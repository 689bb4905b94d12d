package dev.migralint.rules;

import dev.migralint.source.Dialect;

/** Writes names back as SQL for hints: backticks on MySQL, double quotes on PostgreSQL. */
final class Quoting {
    private Quoting() {
    }

    static String quote(String name, Dialect dialect) {
        return dialect.isPostgresFamily() ? "\"" + name.replace("\"", "\"\"") + "\""
                : "`" + name.replace("`", "``") + "`";
    }
}
