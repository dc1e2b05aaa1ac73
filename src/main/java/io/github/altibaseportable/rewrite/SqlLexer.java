package io.github.altibaseportable.rewrite;

import java.util.Arrays;

/**
 * The one place that knows where string literals, quoted identifiers and comments begin and end:
 * the pre-check, the script splitter, the bracket count and the parameter spacing all skip them
 * through it.
 *
 * <p>Quotes ({@code '...'}, {@code "..."}, {@code `...`}) end at the next unpaired quote of the same
 * kind, a doubled one standing for itself. A line comment ({@code --}) ends after its newline, a block
 * comment after its first {@code *}{@code /}; MySQL's executable comments ({@code /*! ... *}{@code /})
 * are comments too, as Altibase reads them. Anything left open runs to the end of the text. The
 * dialects add to this:
 * <ul>
 *   <li>{@link SourceDialect#MYSQL MySQL}: a backslash escapes the next character inside {@code '...'} and
 *       {@code "..."}, as MySQL reads them by default ({@code 'x\' OR b = '} is one literal), and {@code #}
 *       starts a line comment;</li>
 *   <li>{@link SourceDialect#POSTGRESQL PostgreSQL}: {@code $$...$$} and {@code $tag$...$tag$} are
 *       string literals (a {@code $} right after a word is part of it), and block comments nest.</li>
 * </ul>
 */
public final class SqlLexer {
    /** Standard SQL quoting, as Altibase and the SQL standard read it. */
    public static final SqlLexer STANDARD = new SqlLexer(false, false);
    /** MySQL's quoting: backslash escapes inside {@code '...'} and {@code "..."}, {@code #} comments. */
    public static final SqlLexer MYSQL = new SqlLexer(true, false);
    /** PostgreSQL's quoting: dollar-quoted strings, nested block comments. */
    public static final SqlLexer POSTGRESQL = new SqlLexer(false, true);

    private final boolean mysql;
    private final boolean postgresql;

    private SqlLexer(boolean mysql, boolean postgresql) {
        this.mysql = mysql;
        this.postgresql = postgresql;
    }

    /** The lexer for statements written in {@code dialect}. */
    public static SqlLexer of(SourceDialect dialect) {
        switch (dialect) {
            case MYSQL:
                return MYSQL;
            case POSTGRESQL:
                return POSTGRESQL;
            default:
                return STANDARD;
        }
    }

    /** Whether a backslash escapes the next character in {@code '...'} and {@code "..."}. */
    public boolean backslashEscapes() {
        return mysql;
    }

    /** Whether {@code $$...$$} and {@code $tag$...$tag$} are string literals (PostgreSQL's function bodies). */
    public boolean dollarQuotes() {
        return postgresql;
    }

    /** Whether {@code c} opens a quoted literal or name. */
    public static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`';
    }

    /** Whether a literal, a quoted name or a comment can start with {@code c} (see {@link #skipLiteralOrComment}). */
    public boolean mayOpen(char c) {
        return isQuote(c) || c == '-' || c == '/' || (mysql && c == '#') || (postgresql && c == '$');
    }

    /** Whether what {@link #skipLiteralOrComment} skips from a {@code c} is a literal or quoted name, not a comment. */
    public boolean opensLiteral(char c) {
        return isQuote(c) || c == '$';
    }

    /** Whether {@code c} continues a word in this dialect: {@link #isWordPart}, but {@code #} opens MySQL comments. */
    public boolean continuesWord(char c) {
        return isWordPart(c) && !(mysql && c == '#');
    }

    /** The end (exclusive) of the quoted text whose opening quote is at {@code open}. */
    public int skipQuoted(String sql, int open) {
        char quote = sql.charAt(open);
        boolean escapes = mysql && quote != '`';
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
            return lineEnd(sql, start + 2);
        }
        int close = sql.indexOf("*/", start + 2);
        return close < 0 ? sql.length() : close + 2;
    }

    /** The end of the literal, quoted name or comment that starts at {@code i}; {@code i} when none does. */
    public int skipLiteralOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (isQuote(c)) {
            return skipQuoted(sql, i);
        }
        if (c == '$') {
            return postgresql ? skipDollarQuoted(sql, i) : i;
        }
        return startsComment(sql, i) ? commentEnd(sql, i) : i;
    }

    /** Whether a comment of this dialect starts at {@code i}. */
    public boolean startsComment(String sql, int i) {
        return isCommentStart(sql, i) || (mysql && sql.charAt(i) == '#');
    }

    /** The end (exclusive) of the comment of this dialect starting at {@code start} (see {@link #startsComment}). */
    public int commentEnd(String sql, int start) {
        if (!postgresql || sql.charAt(start) != '/') {
            return sql.charAt(start) == '#' ? lineEnd(sql, start + 1) : skipComment(sql, start);
        }
        int depth = 0;
        int length = sql.length();
        int i = start;
        while (i + 1 < length) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return length;
    }

    private static int lineEnd(String sql, int from) {
        int newline = sql.indexOf('\n', from);
        return newline < 0 ? sql.length() : newline + 1;
    }

    /**
     * The end (exclusive) of the dollar-quoted string whose opening {@code $} is at {@code open}:
     * {@code $$} or {@code $tag$} (a tag is a word of letters, digits and {@code _} not starting with a
     * digit), up to the same tag again; {@code open} when no such string starts there ({@code $1}, or a
     * {@code $} that continues a word).
     */
    private static int skipDollarQuoted(String sql, int open) {
        if (open > 0 && isWordPart(sql.charAt(open - 1))) {
            return open;
        }
        int length = sql.length();
        int tagEnd = open + 1;
        while (tagEnd < length && sql.charAt(tagEnd) != '$') {
            char c = sql.charAt(tagEnd);
            boolean tagCharacter = c == '_' || Character.isLetter(c) || (tagEnd > open + 1 && Character.isDigit(c));
            if (!tagCharacter) {
                return open;
            }
            tagEnd++;
        }
        if (tagEnd == length) {
            return open;
        }
        String tag = sql.substring(open, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        return close < 0 ? length : close + tag.length();
    }

    /** Where the text after blanks and this dialect's comments from {@code i} starts (the length when none is left). */
    public int skipBlanksAndCommentsFrom(String sql, int i) {
        int length = sql.length();
        while (i < length) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (startsComment(sql, i)) {
                i = commentEnd(sql, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** Where the text after blanks and comments from {@code i} starts (the length when none is left). */
    public static int skipBlanksAndComments(String sql, int i) {
        return STANDARD.skipBlanksAndCommentsFrom(sql, i);
    }

    /** Whether {@code sql} holds nothing but blanks and comments (as Altibase reads them). */
    public static boolean isEmpty(String sql) {
        return skipBlanksAndComments(sql, 0) == sql.length();
    }

    /** Whether {@code sql} holds nothing but blanks and comments of this dialect. */
    public boolean holdsNoStatement(String sql) {
        return skipBlanksAndCommentsFrom(sql, 0) == sql.length();
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
    public record Spaced(String text, int[] toOriginal) {}

    /** Characters of operators that a parser would read together with a {@code ?} next to them. */
    private static final String OPERATOR_CHARACTERS = "|&:=<>!^~%*+-/@";

    /**
     * {@code sql} as a parser should read it, or {@code null} when that is {@code sql} itself: with a blank
     * on each side of every bind parameter {@code ?} (outside literals and comments) that touches an
     * operator character, as a parser reads {@code ?||'%'} as {@code ?|} followed by {@code |'%'}, and
     * {@code ?::text} or {@code ?=} as something else than a parameter too, where a database driver sends a
     * parameter; and, in the MySQL dialect, with {@code --} for the {@code #} of each {@code #} comment,
     * which the parser does not know.
     */
    public Spaced spaceParameters(String sql) {
        StringBuilder text = null;
        int[] toOriginal = null;
        int copied = 0;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            int next = skipLiteralOrComment(sql, i);
            char c = sql.charAt(i);
            boolean hashComment = next != i && c == '#';
            boolean before = next == i && c == '?' && i > 0 && OPERATOR_CHARACTERS.indexOf(sql.charAt(i - 1)) >= 0;
            boolean after =
                    next == i && c == '?' && i + 1 < length && OPERATOR_CHARACTERS.indexOf(sql.charAt(i + 1)) >= 0;
            if (before || after || hashComment) {
                if (text == null) {
                    text = new StringBuilder(length + 16);
                    toOriginal = new int[length * 3 + 1];
                }
                copied = copy(sql, copied, i, text, toOriginal);
                if (before) {
                    toOriginal[text.length()] = i;
                    text.append(' ');
                }
                if (hashComment) {
                    toOriginal[text.length()] = i;
                    text.append('-');
                    toOriginal[text.length()] = i;
                    text.append('-');
                    copied = i + 1;
                } else {
                    copied = copy(sql, copied, i + 1, text, toOriginal);
                }
                if (after) {
                    toOriginal[text.length()] = i + 1;
                    text.append(' ');
                }
            }
            i = Math.max(next, i + 1);
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
