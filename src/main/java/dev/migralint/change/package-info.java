/**
 * The dialect-neutral model of what a migration does to a schema: a sealed set of {@link dev.migralint.change.Change}
 * records that rules read instead of parser ASTs. Knows nothing else of Migralint.
 */
package dev.migralint.change;
