/** The command line: {@code migralint [paths]}, {@code migralint rules}, {@code migralint explain <id>}. */
package dev.migralint.cli;
