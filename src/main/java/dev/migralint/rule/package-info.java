/**
 * The rule SPI ({@link dev.migralint.rule.Rule}, {@link dev.migralint.rule.RuleInfo},
 * {@link dev.migralint.rule.RuleContext}, {@link dev.migralint.rule.Finding}) and the engine that replays a history
 * and asks every rule about every change, with the schema as it stood before the change.
 */
package dev.migralint.rule;
