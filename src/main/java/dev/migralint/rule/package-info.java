/**
 * The rule SPI ({@link dev.migralint.rule.Rule}, {@link dev.migralint.rule.RuleInfo},
 * {@link dev.migralint.rule.RuleContext}, {@link dev.migralint.rule.Finding}), a rule's doc
 * ({@link dev.migralint.rule.RuleDoc}), the inline suppressions written in migrations
 * ({@link dev.migralint.rule.Suppression}), and the engine that replays a history and asks every rule about every
 * change, with the schema as it stood before the change, then applies the migration's suppressions.
 */
package dev.migralint.rule;
