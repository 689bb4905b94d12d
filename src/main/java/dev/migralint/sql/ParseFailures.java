package dev.migralint.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;

/**
 * JSqlParser's failures as users read them: what was found where, and what could have come there instead, in words
 * rather than JavaCC token names, located by offsets into the statement text.
 */
final class ParseFailures {
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    private ParseFailures() {
    }

    /** A parse error at the token JSqlParser stopped at, with the tokens it expected there. */
    static GateVerdict.Rejected located(ParseException e, String text) {
        Token next = e.currentToken == null ? null : e.currentToken.next;
        if (next == null) {
            return fromMessage(String.valueOf(e.getMessage()), text);
        }
        int offset = offsetOf(text, next.beginLine, next.beginColumn);
        String found;
        if (next.kind == 0 || next.image == null || next.image.isEmpty()) {
            found = "end of statement";
        } else if (next.image.startsWith("`") || next.image.startsWith("\"")) {
            found = next.image;
        } else {
            found = "`" + next.image + "`";
        }
        Set<String> expected = new LinkedHashSet<>();
        if (e.expectedTokenSequences != null && e.tokenImage != null) {
            for (int[] seq : e.expectedTokenSequences) {
                if (seq.length > 0 && seq[0] < e.tokenImage.length) {
                    expected.add(readable(e.tokenImage[seq[0]]));
                }
            }
        }
        List<String> shown = expected.stream().limit(6).toList();
        if (offset == firstTokenOffset(text)) {
            // the parser's expectations after a first word it does not know are noise ("expected IF")
            return new GateVerdict.Rejected("could not parse this statement: " + found + " does not start a statement "
                    + "Migralint knows", offset, offset + next.image.length());
        }
        String message = "could not parse this statement: unexpected " + found
                + (shown.isEmpty() ? "" : ", expected " + String.join(", ", shown)
                + (expected.size() > shown.size() ? ", …" : ""));
        int end = next.image == null ? offset : offset + next.image.length();
        return new GateVerdict.Rejected(message, offset, end);
    }

    /** A failure known only by its message (a lexical error, a bug in the parser), located by its "line, column". */
    static GateVerdict.Rejected fromMessage(String message, String text) {
        String firstLine = message.lines().findFirst().orElse("parse failed").strip();
        Matcher m = LINE_COLUMN.matcher(message);
        int offset = m.find() ? offsetOf(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : 0;
        return new GateVerdict.Rejected("could not parse this statement: " + firstLine, offset, offset + 1);
    }

    /** Where the statement's first word starts: past the white space the splitter left before it. */
    static int firstTokenOffset(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset of a 1-based (line, column) that the parser reports, within the statement text. */
    static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); offset++) {
            char c = text.charAt(offset);
            if (c == '\n' || c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n')) {
                l++;
            }
        }
        return Math.max(0, Math.min(text.length(), offset + Math.max(0, column - 1)));
    }

    /** JavaCC token names as a user reads them: {@code <K_CASCADE>} → CASCADE, {@code <ST_SEMICOLON>} → ;. */
    private static String readable(String image) {
        String name = image.startsWith("<") && image.endsWith(">") ? image.substring(1, image.length() - 1) : image;
        return switch (name) {
            case "EOF" -> "end of statement";
            case "ST_SEMICOLON" -> "`;`";
            case "K_COMMA", "COMMA" -> "`,`";
            case "OPENING_BRACKET" -> "`(`";
            case "CLOSING_BRACKET" -> "`)`";
            case "S_IDENTIFIER", "S_QUOTED_IDENTIFIER" -> "a name";
            case "S_CHAR_LITERAL" -> "a string";
            case "S_LONG", "S_DOUBLE" -> "a number";
            default -> {
                if (name.startsWith("K_")) {
                    yield name.substring(2).replace('_', ' ');
                }
                yield name.startsWith("\"") ? "`" + name.substring(1, name.length() - 1) + "`" : name;
            }
        };
    }
}
