package dev.migralint.source;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Cuts a migration file into statements, each with its exact source text, its span and the comments that lead up to
 * it. One forward pass over the chars with no regular expressions and no recursion, so a 100 MB dump or a
 * pathologically nested file costs time linear in its size and no stack.
 *
 * <p>Every char of the input ends up in exactly one place: whitespace between statements, a statement's span, a
 * terminator, a MySQL {@code DELIMITER} line, or a comment between statements. Nothing the input can hold makes it
 * throw; constructs left open become {@link SplitProblem}s and the statement holding one runs to the end of the text.
 */
public final class StatementSplitter {
    private static final char BOM = '\uFEFF';

    private final String text;
    private final int length;
    private final Lexicon lexicon;
    private final LineMap lines;
    private final BlockDepth blocks;

    private final List<Draft> drafts = new ArrayList<>();
    private final List<SplitProblem> problems = new ArrayList<>();
    private List<Comment> pendingComments = new ArrayList<>();
    private String terminator = ";";
    /** Set by a DELIMITER other than {@code ;}; compound bodies are then the author's business, not ours. */
    private boolean customTerminator;
    private int pos;
    /** Offset of the current statement's first char, or -1 while between statements. */
    private int statementStart = -1;
    /** Line of the last emitted statement's terminator, where a trailing comment still belongs to that statement. */
    private int lastTerminatorLine = -1;
    /** Inside a MySQL executable comment ({@code /*! … *}{@code /}), whose body is code. */
    private boolean inExecutableComment;
    private int executableCommentStart;
    /** Where the comment ends for a server that skips it (a newer version): at the first {@code *}{@code /}. */
    private int executableCommentRawEnd;
    private int executableCommentDepth;
    /** The chars of executable-comment markers, which statements show as blanks; null while there are none. */
    private BitSet blanked;

    private StatementSplitter(String text, Dialect dialect) {
        this.text = text;
        this.length = text.length();
        this.lexicon = Lexicon.of(dialect);
        this.lines = LineMap.of(text);
        this.blocks = new BlockDepth(lexicon.has(Rule.COMPOUND_BODIES));
    }

    public static SplitResult split(String text, Dialect dialect) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dialect, "dialect");
        return new StatementSplitter(text, dialect).run();
    }

    private SplitResult run() {
        if (length > 0 && text.charAt(0) == BOM) {
            pos = 1;
        }
        while (pos < length) {
            step(text.charAt(pos));
        }
        if (statementStart >= 0) {
            emit(length);
        }
        if (inExecutableComment) {
            problems.add(new SplitProblem("unterminated /*! comment", lines.span(executableCommentStart, length)));
        }
        problems.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        String code = blanked == null ? text : withBlanks();
        List<Statement> statements = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            int start = draft.start();
            int end = draft.end();
            statements.add(new Statement(code.substring(start, end), lines.span(start, end), draft.comments()));
        }
        return new SplitResult(statements, pendingComments, problems);
    }

    /** Consumes one token, comment or run of whitespace starting at {@code pos}. */
    private void step(char c) {
        if (isSpace(c)) {
            pos++;
            return;
        }
        if (inExecutableComment && pos > executableCommentRawEnd) {
            // code read on past the comment's first end marker (a quote spanned it): a server that runs the body
            // and one that skips it would see different statements
            ambiguousExecutableComment("its body, read as code, runs past the first */");
        } else if (inExecutableComment && pos == executableCommentRawEnd) {
            blank(pos, pos + 2);
            inExecutableComment = false;
            pos += 2;
            if (blocks.depth() != executableCommentDepth) {
                ambiguousExecutableComment("it opens or closes a BEGIN … END body");
            }
            return;
        }
        boolean mayBeDelimiterCommand = statementStart < 0 && (c == 'D' || c == 'd');
        if (mayBeDelimiterCommand && lexicon.has(Rule.DELIMITER_COMMAND) && delimiterCommandHere()) {
            return;
        }
        if (terminatorAt(pos)) {
            // A DELIMITER the author chose ends the statement wherever it appears, as in the mysql client.
            terminate(terminator.length());
            return;
        }
        int start = pos;
        switch (c) {
            case ';' -> {
                if (!customTerminator && blocks.semicolonEnds()) {
                    terminate(1);
                } else {
                    punctuation(c);
                }
            }
            case '-' -> {
                boolean dashes = at(start + 1) == '-';
                if (dashes && (!lexicon.has(Rule.DASH_COMMENT_NEEDS_SPACE) || spaceOrControlOrEnd(start + 2))) {
                    lineComment(start);
                } else {
                    punctuation(c);
                }
            }
            case '#' -> {
                if (lexicon.has(Rule.HASH_COMMENTS)) {
                    lineComment(start);
                } else {
                    punctuation(c);
                }
            }
            case '/' -> {
                if (at(start + 1) == '*' && lexicon.has(Rule.EXECUTABLE_COMMENTS) && executableCommentHere(start)) {
                    return;
                }
                if (at(start + 1) == '*') {
                    blockComment(start);
                } else {
                    punctuation(c);
                }
            }
            case '\'' -> quoted(start, start, '\'', lexicon.has(Rule.BACKSLASH_ESCAPES), "unterminated string literal");
            case '"' -> {
                if (lexicon.has(Rule.DOUBLE_QUOTED_STRINGS)) {
                    quoted(start, start, '"', lexicon.has(Rule.BACKSLASH_ESCAPES), "unterminated string literal");
                } else {
                    quoted(start, start, '"', false, "unterminated quoted identifier");
                }
            }
            case '`' -> {
                if (lexicon.has(Rule.BACKTICKS)) {
                    quoted(start, start, '`', false, "unterminated quoted identifier");
                } else {
                    punctuation(c);
                }
            }
            case '[' -> {
                if (lexicon.has(Rule.BRACKETS)) {
                    quoted(start, start, ']', false, "unterminated quoted identifier");
                } else {
                    punctuation(c);
                }
            }
            case '$' -> {
                if (!lexicon.has(Rule.DOLLAR_QUOTES) || !dollarQuoted(start)) {
                    punctuation(c);
                }
            }
            default -> {
                if (isWordChar(c)) {
                    word(start);
                } else {
                    punctuation(c);
                }
            }
        }
    }

    private void punctuation(char c) {
        beginStatement(pos);
        blocks.other(c);
        pos++;
    }

    private void word(int start) {
        char c = text.charAt(start);
        if ((c == 'E' || c == 'e') && lexicon.has(Rule.ESCAPE_STRINGS) && at(start + 1) == '\'') {
            // PostgreSQL's E'...' is the one string kind there where a backslash escapes the quote.
            quoted(start, start + 1, '\'', true, "unterminated string literal");
            return;
        }
        int end = start + 1;
        while (end < length && isWordChar(text.charAt(end)) && !terminatorAt(end)) {
            end++;
        }
        beginStatement(start);
        blocks.word(text, start, end);
        pos = end;
    }

    /**
     * A quoted string or identifier from {@code start} (its first char, e.g. the E of E'x') whose opening quote is at
     * {@code quoteAt}. A doubled closing quote stands for itself.
     */
    private void quoted(int start, int quoteAt, char close, boolean backslashEscapes, String unterminated) {
        beginStatement(start);
        blocks.other(close);
        int i = quoteAt + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == close) {
                if (at(i + 1) != close) {
                    pos = i + 1;
                    return;
                }
                i += 2;
            } else if (c == '\\' && backslashEscapes) {
                i += 2;
            } else {
                i++;
            }
        }
        problem(unterminated, start);
    }

    /** A PostgreSQL {@code $tag$ ... $tag$} body; false when the {@code $} opens none, as in the parameter $1. */
    private boolean dollarQuoted(int start) {
        int i = start + 1;
        if (i < length && isTagStart(text.charAt(i))) {
            i++;
            while (i < length && isTagChar(text.charAt(i))) {
                i++;
            }
        }
        if (at(i) != '$') {
            return false;
        }
        String tag = text.substring(start, i + 1);
        beginStatement(start);
        blocks.other('$');
        int close = text.indexOf(tag, i + 1);
        if (close < 0) {
            problem("unterminated " + tag + " body", start);
        } else {
            pos = close + tag.length();
        }
        return true;
    }

    private void lineComment(int start) {
        int end = start + 1;
        while (end < length && !isLineBreak(text.charAt(end))) {
            end++;
        }
        comment(start, end);
        pos = end;
    }

    /**
     * MySQL runs the body of {@code /*! … *}{@code /} (and {@code /*!50100 …}, MariaDB's {@code /*M!…}) as part of
     * the statement: mysqldump writes them, and a {@code DROP TABLE} inside one is as real as one outside. The
     * markers are blanked, keeping every position, and the body is read as code; its closing marker is blanked when
     * reached. True when one opens at {@code start}.
     */
    private boolean executableCommentHere(int start) {
        int bang = at(start + 2) == 'M' ? start + 3 : start + 2;
        if (at(bang) != '!' || inExecutableComment) {
            return false;
        }
        int end = bang + 1;
        while (end < length && end < bang + 7 && Character.isDigit(text.charAt(end))) { // a version, 5 or 6 digits
            end++;
        }
        blank(start, end);
        inExecutableComment = true;
        executableCommentStart = start;
        int close = text.indexOf("*/", end);
        executableCommentRawEnd = close < 0 ? Integer.MAX_VALUE : close;
        executableCommentDepth = blocks.depth();
        pos = end;
        return true;
    }

    /**
     * A server too old for a versioned comment skips its body up to the first {@code *}{@code /}; one that runs it
     * reads it as code. Where the two would see different statements (a quote across the end marker, a statement
     * ending inside, a DELIMITER line, a BEGIN … END body opened or closed), the statements around it are not
     * linted and the comment is a problem, so nothing can hide behind it.
     */
    private void ambiguousExecutableComment(String why) {
        int end = executableCommentRawEnd == Integer.MAX_VALUE ? length : executableCommentRawEnd + 2;
        problems.add(new SplitProblem("a /*! comment whose statements depend on the server version: " + why,
                lines.span(executableCommentStart, end)));
        inExecutableComment = false;
    }

    private void blank(int from, int to) {
        if (blanked == null) {
            blanked = new BitSet(length);
        }
        blanked.set(from, to);
    }

    private String withBlanks() {
        char[] chars = text.toCharArray();
        for (int i = blanked.nextSetBit(0); i >= 0; i = blanked.nextSetBit(i + 1)) {
            chars[i] = ' ';
        }
        return new String(chars);
    }

    private void blockComment(int start) {
        int end = lexicon.has(Rule.NESTED_BLOCK_COMMENTS) ? nestedCommentEnd(start) : flatCommentEnd(start);
        if (end < 0) {
            comment(start, length);
            problem("unterminated /* comment", start);
        } else {
            comment(start, end);
            pos = end;
        }
    }

    private int flatCommentEnd(int start) {
        int close = text.indexOf("*/", start + 2);
        return close < 0 ? -1 : close + 2;
    }

    private int nestedCommentEnd(int start) {
        int depth = 1;
        int i = start + 2;
        while (i < length - 1) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '/' && next == '*') {
                depth++;
                i += 2;
            } else if (c == '*' && next == '/') {
                if (--depth == 0) {
                    return i + 2;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    private void comment(int start, int end) {
        Comment comment = new Comment(text.substring(start, end), lines.span(start, end));
        boolean trailsPrevious = statementStart < 0 && !drafts.isEmpty() && lines.line(start) == lastTerminatorLine;
        if (trailsPrevious) {
            drafts.get(drafts.size() - 1).comments().add(comment);
        } else {
            pendingComments.add(comment);
        }
    }

    /**
     * Handles a MySQL client {@code DELIMITER xx} line at {@code pos} if there is one: it must open its line (after
     * blanks) between statements. The whole line is consumed; it belongs to no statement.
     */
    private boolean delimiterCommandHere() {
        int keywordEnd = pos + "DELIMITER".length();
        if (!text.regionMatches(true, pos, "DELIMITER", 0, "DELIMITER".length()) || !opensLine(pos)) {
            return false;
        }
        if (inExecutableComment) {
            ambiguousExecutableComment("a DELIMITER line inside it");
        }
        if (keywordEnd < length && !isSpace(text.charAt(keywordEnd))) {
            return false; // DELIMITERS, delimiter_x: not the command
        }
        int tokenStart = keywordEnd;
        while (tokenStart < length && (text.charAt(tokenStart) == ' ' || text.charAt(tokenStart) == '\t')) {
            tokenStart++;
        }
        int tokenEnd = tokenStart;
        while (tokenEnd < length && !isSpace(text.charAt(tokenEnd))) {
            tokenEnd++;
        }
        int lineEnd = tokenEnd;
        while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
            lineEnd++;
        }
        if (tokenStart == tokenEnd) {
            problems.add(new SplitProblem("DELIMITER without a delimiter; the terminator stays " + terminator,
                    lines.span(pos, lineEnd)));
        } else {
            terminator = text.substring(tokenStart, tokenEnd);
            customTerminator = !terminator.equals(";");
        }
        pos = lineEnd;
        return true;
    }

    private boolean opensLine(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || (i == 0 && text.charAt(i) == BOM))) {
            i--;
        }
        return i < 0 || isLineBreak(text.charAt(i));
    }

    private void beginStatement(int offset) {
        if (statementStart < 0) {
            statementStart = offset;
        }
    }

    private void terminate(int terminatorLength) {
        if (inExecutableComment && executableCommentRawEnd != Integer.MAX_VALUE) { // an unterminated one is said so
            ambiguousExecutableComment("a statement ends inside it");
        }
        if (statementStart >= 0) {
            emit(pos);
            lastTerminatorLine = lines.line(pos);
        }
        pos += terminatorLength;
    }

    private void emit(int end) {
        int trimmed = end;
        while (trimmed > statementStart && (isSpace(text.charAt(trimmed - 1))
                || (blanked != null && blanked.get(trimmed - 1)))) {
            trimmed--;
        }
        drafts.add(new Draft(statementStart, trimmed, pendingComments));
        pendingComments = new ArrayList<>();
        statementStart = -1;
        blocks.reset();
    }

    /** Records an open construct from {@code start} to the end of the text, and moves there. */
    private void problem(String message, int start) {
        problems.add(new SplitProblem(message, lines.span(start, length)));
        pos = length;
    }

    /** A DELIMITER such as {@code $$} may stick to a word ({@code END$$}) and still end the statement. */
    private boolean terminatorAt(int offset) {
        return customTerminator && text.startsWith(terminator, offset);
    }

    private char at(int offset) {
        return offset < length ? text.charAt(offset) : '\0';
    }

    private boolean spaceOrControlOrEnd(int offset) {
        if (offset >= length) {
            return true;
        }
        char c = text.charAt(offset);
        return c <= ' ' || c == '\u007F';
    }

    /** Control chars count as blanks: they cannot start a statement, and trimming them keeps texts clean. */
    private static boolean isSpace(char c) {
        return c <= ' ';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Chars of unquoted names, keywords and numbers; both dialects allow {@code $} inside a name. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c >= 0x80;
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isTagChar(char c) {
        return isTagStart(c) || (c >= '0' && c <= '9');
    }

    /** A statement found but not yet finished: a comment trailing on its terminator's line may still join it. */
    private record Draft(int start, int end, List<Comment> comments) {
    }

    /** What a dialect's lexer treats specially. */
    private enum Rule {
        HASH_COMMENTS, DASH_COMMENT_NEEDS_SPACE, NESTED_BLOCK_COMMENTS, BACKSLASH_ESCAPES, DOUBLE_QUOTED_STRINGS,
        BACKTICKS, BRACKETS, DOLLAR_QUOTES, ESCAPE_STRINGS, DELIMITER_COMMAND, COMPOUND_BODIES, EXECUTABLE_COMMENTS
    }

    private record Lexicon(Set<Rule> rules) {
        static Lexicon of(Dialect dialect) {
            return new Lexicon(switch (dialect) {
                case MYSQL -> EnumSet.of(Rule.HASH_COMMENTS, Rule.DASH_COMMENT_NEEDS_SPACE, Rule.BACKSLASH_ESCAPES,
                        Rule.DOUBLE_QUOTED_STRINGS, Rule.BACKTICKS, Rule.DELIMITER_COMMAND, Rule.COMPOUND_BODIES,
                        Rule.EXECUTABLE_COMMENTS);
                // PostgreSQL 14+ routine bodies may be written BEGIN ATOMIC … END, with plain ';' inside
                case POSTGRESQL, COCKROACHDB -> EnumSet.of(Rule.NESTED_BLOCK_COMMENTS, Rule.DOLLAR_QUOTES,
                        Rule.ESCAPE_STRINGS, Rule.COMPOUND_BODIES);
                // SQLite trigger bodies hold plain ';' between BEGIN and END, as MySQL ones do without DELIMITER.
                case SQLITE -> EnumSet.of(Rule.BACKTICKS, Rule.BRACKETS, Rule.COMPOUND_BODIES);
                case SQLSERVER -> EnumSet.of(Rule.NESTED_BLOCK_COMMENTS, Rule.BRACKETS);
            });
        }

        boolean has(Rule rule) {
            return rules.contains(rule);
        }
    }

    /**
     * Tracks BEGIN/CASE ... END nesting inside a MySQL (or SQLite) trigger, procedure, function or event, so that a
     * plain {@code ;} inside its body does not end it. Any other statement is left alone after its first words.
     */
    private static final class BlockDepth {
        private enum Phase { FIRST_WORD, HEADER, PLAIN, BODY, BEGIN_WORD, BEGIN_NOT }

        private final boolean enabled;
        private Phase phase;
        private int depth;
        private boolean endPending;
        /** The last significant char before the current token; a word after {@code = @ .} is a value or a member. */
        private char before;

        BlockDepth(boolean enabled) {
            this.enabled = enabled;
            reset();
        }

        void reset() {
            phase = enabled ? Phase.FIRST_WORD : Phase.PLAIN;
            depth = 0;
            endPending = false;
            before = ' ';
        }

        int depth() {
            return depth;
        }

        boolean semicolonEnds() {
            if (phase == Phase.BODY) {
                closePendingEnd();
            }
            return depth == 0;
        }

        /** A punctuation char or the quote of a quoted token. */
        void other(char c) {
            switch (phase) {
                case PLAIN -> {
                    return;
                }
                case FIRST_WORD, BEGIN_WORD, BEGIN_NOT -> phase = Phase.PLAIN;
                case BODY -> closePendingEnd();
                case HEADER -> { }
            }
            before = c;
        }

        void word(String text, int start, int end) {
            switch (phase) {
                case PLAIN -> {
                    return;
                }
                case FIRST_WORD -> phase = is(text, start, end, "CREATE") ? Phase.HEADER
                        : is(text, start, end, "BEGIN") ? Phase.BEGIN_WORD : Phase.PLAIN;
                case HEADER -> header(text, start, end);
                case BODY -> body(text, start, end);
                // MariaDB's anonymous block, BEGIN NOT ATOMIC … END; a plain BEGIN starts a transaction
                case BEGIN_WORD -> phase = is(text, start, end, "NOT") ? Phase.BEGIN_NOT : Phase.PLAIN;
                case BEGIN_NOT -> {
                    if (is(text, start, end, "ATOMIC")) {
                        phase = Phase.BODY;
                        depth = 1;
                    } else {
                        phase = Phase.PLAIN;
                    }
                }
            }
            before = 'w';
        }

        /** CREATE [OR REPLACE] [DEFINER = user] [AGGREGATE | TEMP] TRIGGER | PROCEDURE | FUNCTION | EVENT. */
        private void header(String text, int start, int end) {
            if (before == '=' || before == '@' || before == '.') {
                return; // part of the DEFINER user, e.g. admin@localhost
            }
            if (is(text, start, end, "TRIGGER") || is(text, start, end, "PROCEDURE")
                    || is(text, start, end, "FUNCTION") || is(text, start, end, "EVENT")) {
                phase = Phase.BODY;
            } else if (!(is(text, start, end, "OR") || is(text, start, end, "REPLACE")
                    || is(text, start, end, "DEFINER") || is(text, start, end, "AGGREGATE")
                    || is(text, start, end, "TEMP") || is(text, start, end, "TEMPORARY"))) {
                phase = Phase.PLAIN;
            }
        }

        private void body(String text, int start, int end) {
            if (endPending) {
                endPending = false;
                if (is(text, start, end, "IF") || is(text, start, end, "LOOP") || is(text, start, end, "WHILE")
                        || is(text, start, end, "REPEAT")) {
                    return; // closes a construct that was never counted
                }
                close();
                if (is(text, start, end, "CASE")) {
                    return; // END CASE: this CASE closes, it opens nothing
                }
            }
            if (before == '.') {
                return; // NEW.end, t.begin: a column, not a keyword
            }
            if (is(text, start, end, "BEGIN") || is(text, start, end, "CASE")) {
                depth++;
            } else if (is(text, start, end, "END")) {
                endPending = true;
            }
        }

        private void closePendingEnd() {
            if (endPending) {
                endPending = false;
                close();
            }
        }

        private void close() {
            if (depth > 0) {
                depth--;
            }
        }

        private static boolean is(String text, int start, int end, String keyword) {
            return end - start == keyword.length() && text.regionMatches(true, start, keyword, 0, keyword.length());
        }
    }
}
