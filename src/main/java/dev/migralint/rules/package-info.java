/** The built-in rules, one class per rule, each documented in {@code rules/<id>.md}. */
package dev.migralint.rules;
