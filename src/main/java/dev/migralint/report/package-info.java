/**
 * Renderers of a lint run (compiler-style text, the version-1 JSON contract, SARIF 2.1.0, GitHub workflow commands)
 * and of an explain-plan; every string a migration or config wrote goes through {@link dev.migralint.report.SafeText}.
 */
package dev.migralint.report;
