/** Renderers of a lint run: compiler-style text and the version-1 JSON contract. */
package dev.migralint.report;
