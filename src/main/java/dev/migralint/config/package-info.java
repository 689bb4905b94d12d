/**
 * How a team adapts Migralint to its repository: the {@code .migralint.yaml} file, inline suppressions in
 * migrations, and the baseline of findings accepted when Migralint was turned on. Uses the {@code rule} SPI only.
 */
package dev.migralint.config;
