/**
 * From statement text to {@link dev.migralint.change.Change}s: JSqlParser for the AST, small recognisers for the
 * shapes it rejects or misreads, and the lowering that maps both to the change model with a source span for every
 * change. Rules never see JSqlParser classes.
 */
package dev.migralint.sql;
