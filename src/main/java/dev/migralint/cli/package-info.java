/**
 * The command line: {@code migralint [paths]} (lint), {@code rules}, {@code explain <id>}, {@code explain-plan},
 * {@code init}. Argument parsing, help, messages on standard error, output files and exit codes; the run itself is
 * {@link dev.migralint.lint.Lint}'s.
 */
package dev.migralint.cli;
