/**
 * One lint run, the same for every caller (the CLI, the tests, the benchmarks, later a language server):
 * {@link dev.migralint.lint.Lint#run} takes discovered histories (files, or texts given directly) and
 * {@link dev.migralint.lint.LintOptions}, narrows them to what changed since a git revision and to what the config
 * includes, reads and lowers the files in parallel, hands them to the engine in order, applies the config's severities
 * and the baseline, and returns a {@link dev.migralint.lint.LintResult}. Also here: finding and reading the config
 * ({@link dev.migralint.lint.ProjectConfig}, at a revision too), plugin jars and the choice of rules. Nothing here
 * knows there is a command line.
 */
package dev.migralint.lint;
