package io.github.altibaseportable.rewrite;

import java.util.Arrays;

/**
 * The one place that knows where string literals, quoted identifiers and comments begin and end:
 * the pre-check, the script splitter, the first-word test and the bracket count all skip them
 * through it.
 *
 * <p>Quotes ({@code '...'}, {@code "..."}, {@code `...`}) end at the next unpaired quote of the same
 * kind, a doubled one standing for itself. In the {@link SourceDialect#MYSQL MySQL} dialect a backslash
 * also escapes the next character inside {@code '...'} and {@code "..."}, as MySQL reads them by
 * default ({@code 'x\' OR b = '} is one literal). A line comment ({@code --}) ends after its newline,
 * a block comment after its first {@code *}{@code /}. Anything left open runs to the end of the text.
 */
public final class SqlLexer {
    /** Standard SQL quoting, as Altibase, PostgreSQL and the SQL standard read it. */
    public static final SqlLexer STANDARD = new SqlLexer(false);
    /** MySQL's quoting: backslash escapes inside {@code '...'} and {@code "..."}. */
    public static final SqlLexer MYSQL = new SqlLexer(true);

    private final boolean backslashEscapes;

    private SqlLexer(boolean backslashEscapes) {
        this.backslashEscapes = backslashEscapes;
    }

    /** The lexer for statements written in {@code dialect}. */
    public static SqlLexer of(SourceDialect dialect) {
        return dialect == SourceDialect.MYSQL ? MYSQL : STANDARD;
    }

    /** Whether a backslash escapes the next character in {@code '...'} and {@code "..."}. */
    public boolean backslashEscapes() {
        return backslashEscapes;
    }

    /** Whether {@code c} opens a quoted literal or name. */
    public static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`';
    }

    /** Whether a literal, a quoted name or a comment can start with {@code c} (see {@link #skipLiteralOrComment}). */
    public boolean mayOpen(char c) {
        return isQuote(c) || c == '-' || c == '/';
    }

    /** Whether what {@link #skipLiteralOrComment} skips from a {@code c} is a literal or quoted name, not a comment. */
    public boolean opensLiteral(char c) {
        return isQuote(c);
    }

    /** The end (exclusive) of the quoted text whose opening quote is at {@code open}. */
    public int skipQuoted(String sql, int open) {
        char quote = sql.charAt(open);
        boolean escapes = backslashEscapes && quote != '`';
        int length = sql.length();
        int i = open + 1;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == quote) {
                if (i + 1 < length && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i += escapes && c == '\\' ? 2 : 1;
        }
        return length;
    }

    /** Whether a comment starts at {@code i}. */
    public static boolean isCommentStart(String sql, int i) {
        if (i + 1 >= sql.length()) {
            return false;
        }
        char c = sql.charAt(i);
        char next = sql.charAt(i + 1);
        return (c == '-' && next == '-') || (c == '/' && next == '*');
    }

    /** The end (exclusive) of the comment starting at {@code start} (see {@link #isCommentStart}). */
    public static int skipComment(String sql, int start) {
        if (sql.charAt(start) == '-') {
            int newline = sql.indexOf('\n', start + 2);
            return newline < 0 ? sql.length() : newline + 1;
        }
        int close = sql.indexOf("*/", start + 2);
        return close < 0 ? sql.length() : close + 2;
    }

    /** The end of the literal, quoted name or comment that starts at {@code i}; {@code i} when none does. */
    public int skipLiteralOrComment(String sql, int i) {
        if (isQuote(sql.charAt(i))) {
            return skipQuoted(sql, i);
        }
        return isCommentStart(sql, i) ? skipComment(sql, i) : i;
    }

    /** Where the text after blanks and comments from {@code i} starts (the length when none is left). */
    public static int skipBlanksAndComments(String sql, int i) {
        int length = sql.length();
        while (i < length) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (isCommentStart(sql, i)) {
                i = skipComment(sql, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether {@code sql} holds nothing but blanks and comments. */
    public static boolean isEmpty(String sql) {
        return skipBlanksAndComments(sql, 0) == sql.length();
    }

    /**
     * The deepest nesting of brackets outside literals, quoted names and comments; brackets left open
     * at the end count as nested.
     */
    public int bracketDepth(String sql) {
        int depth = 0;
        int deepest = 0;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            int next = skipLiteralOrComment(sql, i);
            if (next == i) {
                char c = sql.charAt(i);
                if (c == '(') {
                    deepest = Math.max(deepest, ++depth);
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
                next = i + 1;
            }
            i = next;
        }
        return deepest;
    }

    /**
     * A text to parse in place of an application's statement, and where each of its positions is in
     * the statement (one entry more than the text has characters, for its end).
     */
    @SuppressWarnings("ArrayRecordComponent") // internal hand-over from the lexer to the parser, never compared
    public record Spaced(String text, int[] toOriginal) {
    }

    /** Characters of operators that a parser would read together with a {@code ?} next to them. */
    private static final String OPERATOR_CHARACTERS = "|&:=<>!^~%*+-/@";

    /**
     * {@code sql} with a blank on each side of every bind parameter {@code ?} (outside literals and
     * comments) that touches an operator character, or {@code null} when there is none: a parser reads
     * {@code ?||'%'} as {@code ?|} followed by {@code |'%'}, and {@code ?::text} or {@code ?=} as
     * something else than a parameter too, where a database driver sends a parameter.
     */
    public Spaced spaceParameters(String sql) {
        StringBuilder text = null;
        int[] toOriginal = null;
        int copied = 0;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            int next = skipLiteralOrComment(sql, i);
            if (next != i) {
                i = next;
                continue;
            }
            char c = sql.charAt(i);
            boolean before = c == '?' && i > 0 && OPERATOR_CHARACTERS.indexOf(sql.charAt(i - 1)) >= 0;
            boolean after = c == '?' && i + 1 < length && OPERATOR_CHARACTERS.indexOf(sql.charAt(i + 1)) >= 0;
            if (before || after) {
                if (text == null) {
                    text = new StringBuilder(length + 16);
                    toOriginal = new int[length * 3 + 1];
                }
                copied = copy(sql, copied, i, text, toOriginal);
                if (before) {
                    toOriginal[text.length()] = i;
                    text.append(' ');
                }
                copied = copy(sql, copied, i + 1, text, toOriginal);
                if (after) {
                    toOriginal[text.length()] = i + 1;
                    text.append(' ');
                }
            }
            i++;
        }
        if (text == null) {
            return null;
        }
        copy(sql, copied, length, text, toOriginal);
        toOriginal[text.length()] = length;
        return new Spaced(text.toString(), Arrays.copyOf(toOriginal, text.length() + 1));
    }

    /** Appends {@code sql[from, to)} to {@code text}, noting where each character came from; returns {@code to}. */
    private static int copy(String sql, int from, int to, StringBuilder text, int[] toOriginal) {
        for (int i = from; i < to; i++) {
            toOriginal[text.length()] = i;
            text.append(sql.charAt(i));
        }
        return to;
    }

    /** Whether {@code c} starts a word: a letter or {@code _}. */
    public static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 128 && Character.isLetter(c));
    }

    /** Whether {@code c} continues a word: a letter, digit, {@code _}, {@code $} or {@code #}. */
    public static boolean isWordPart(char c) {
        return isWordStart(c) || (c >= '0' && c <= '9') || c == '$' || c == '#';
    }
}
