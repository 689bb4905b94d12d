/**
 * How a team adapts Migralint to its repository: the {@code .migralint.yaml} file (severities per rule and path,
 * include and exclude, plugins) and the baseline of findings accepted when Migralint was turned on. Inline
 * suppressions are the engine's ({@link dev.migralint.rule.Suppression}). Uses the {@code rule} SPI only.
 */
package dev.migralint.config;
