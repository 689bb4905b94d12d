package dev.migralint.source;

import java.util.List;

/**
 * A file cut into statements. {@code trailingComments} are the comments after the last statement that are not on its
 * terminator's line; {@code problems} are constructs left open (the statement holding one still runs to the end).
 */
public record SplitResult(List<Statement> statements, List<Comment> trailingComments, List<SplitProblem> problems) {
    public SplitResult {
        statements = List.copyOf(statements);
        trailingComments = List.copyOf(trailingComments);
        problems = List.copyOf(problems);
    }
}
