/**
 * The in-memory schema that the migration history is replayed into, so a rule can see a table as it stood before
 * the change it checks. Uses only the {@code change} model.
 */
package dev.migralint.schema;
