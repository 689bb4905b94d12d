package dev.migralint.sql;

import dev.migralint.change.Change;

/** A change and the part of the statement text (offsets into it) that says it. */
record ClauseChange(Change change, int start, int end) {
}
