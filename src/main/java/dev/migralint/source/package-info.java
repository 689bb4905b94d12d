/**
 * Where migrations come from: discovery of migration files in order with their dialect, and the splitter that cuts
 * a file into statements with exact source spans. Knows nothing else of Migralint.
 */
package dev.migralint.source;
