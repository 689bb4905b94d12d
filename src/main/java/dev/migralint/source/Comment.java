package dev.migralint.source;

/** A comment in a migration, with its full text including the markers ({@code -- x}, {@code /* x *\/}, {@code # x}). */
public record Comment(String text, SourceSpan span) {
}
