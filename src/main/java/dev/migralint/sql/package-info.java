/**
 * From statement text to {@link dev.migralint.change.Change}s, in two steps. A gate ({@code StatementGate}) decides
 * whether a statement is understood: small recognisers for the shapes JSqlParser rejects though servers accept them,
 * a strict grammar for the DDL Prisma writes, else JSqlParser. Then one reader builds the changes, each with a source
 * span: {@code DdlReader} from the tokens for DDL, the AST for everything else. Rules never see JSqlParser classes.
 */
package dev.migralint.sql;
