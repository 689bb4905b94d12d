package dev.migralint.online;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A locking fixture ({@code testdata/locking/*.sql}): setup SQL after a {@code -- setup} line, then cases, each
 * starting at a {@code -- case: <title>} line and holding one statement. A {@code -- not on a server: <reason>}
 * line inside a case keeps it off the real server.
 *
 * @param file the fixture, for messages
 * @param setupSql the setup text as written, comments included
 * @param cases the cases in file order
 */
record LockingFixture(Path file, String setupSql, List<Case> cases) {

    private static final String SETUP = "-- setup";
    private static final String CASE = "-- case:";
    private static final String NOT_ON_A_SERVER = "-- not on a server:";

    /**
     * One case.
     *
     * @param title the words after {@code -- case:}
     * @param sql the statement, without its final {@code ;}
     * @param line the 1-based line where the statement starts
     * @param skipReason why it is not run on a server, when it is not
     */
    record Case(String title, String sql, int line, Optional<String> skipReason) {}

    LockingFixture {
        cases = List.copyOf(cases);
    }

    static LockingFixture read(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LockingFixture parse(Path file, String text) {
        List<String> lines = text.lines().toList();
        int setupAt = -1;
        for (int i = 0; i < lines.size() && setupAt < 0; i++) {
            if (lines.get(i).strip().equals(SETUP)) {
                setupAt = i;
            }
        }
        if (setupAt < 0) {
            throw new IllegalArgumentException(file + ": no '" + SETUP + "' line");
        }
        int i = setupAt + 1;
        StringBuilder setup = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).strip().startsWith(CASE); i++) {
            setup.append(lines.get(i)).append('\n');
        }
        List<Case> cases = new ArrayList<>();
        while (i < lines.size()) {
            String title = lines.get(i).strip().substring(CASE.length()).strip();
            int caseLine = i + 1;
            i++;
            StringBuilder sql = new StringBuilder();
            int sqlLine = 0;
            Optional<String> skip = Optional.empty();
            for (; i < lines.size() && !lines.get(i).strip().startsWith(CASE); i++) {
                String line = lines.get(i);
                String stripped = line.strip();
                if (stripped.startsWith(NOT_ON_A_SERVER)) {
                    skip = Optional.of(stripped.substring(NOT_ON_A_SERVER.length()).strip());
                } else if (!stripped.isEmpty() && !stripped.startsWith("--")) {
                    if (sqlLine == 0) {
                        sqlLine = i + 1;
                    }
                    sql.append(line).append('\n');
                }
            }
            String statement = withoutFinalSemicolon(sql.toString().strip());
            if (statement.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + caseLine + ": case '" + title + "' has no statement");
            }
            cases.add(new Case(title, statement, sqlLine, skip));
        }
        return new LockingFixture(file, setup.toString(), cases);
    }

    /** The setup cut into statements at each {@code ;} that ends a line; comment lines are left out. */
    List<String> setupStatements() {
        return splitAtLineEndSemicolons(setupSql);
    }

    static List<String> splitAtLineEndSemicolons(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("--") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            if (stripped.endsWith(";")) {
                statements.add(withoutFinalSemicolon(current.toString().strip()));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String withoutFinalSemicolon(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1).stripTrailing() : sql;
    }
}
