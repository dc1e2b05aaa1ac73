package io.github.altibaseportable.rewrite;

import java.util.Collection;
import java.util.Locale;

/**
 * The lexical pre-check: one pass over the characters that decides whether a statement could need
 * any enabled rule, so that most statements never reach the parser.
 *
 * <p>It skips string literals, quoted identifiers and comments, and looks at the remaining words
 * and characters: a statement goes to the parser only if it contains one of the trigger words or
 * characters of an enabled rule, or, when a rule asks for it, a list of bracketed rows
 * ({@code ), (}, as in a multi-row {@code VALUES}). False positives cost a parse; false negatives
 * would lose a rewrite, so every rule declares a superset of what it needs. A block comment reading
 * {@code portable:skip} marks a statement that must not be rewritten at all.
 */
final class Precheck {
    /** The text of the comment that switches rewriting off for one statement. */
    static final String SKIP_MARKER = "portable:skip";

    /** What the pre-check decided. */
    enum Verdict {
        /** No enabled rule can apply: send as written. */
        UNCHANGED,
        /** The statement carries the skip marker: send as written. */
        SKIP_MARKER,
        /** A rule might apply: parse it. */
        PARSE
    }

    private final String[] table;
    private final int mask;
    private final boolean[] triggerChars = new boolean[128];
    private final boolean rowLists;

    /**
     * @param words trigger words, any case; letters, digits and {@code _} only
     * @param chars trigger characters (ASCII), found outside literals and comments
     */
    Precheck(Collection<String> words, String chars) {
        this(words, chars, false);
    }

    /**
     * @param words    trigger words, any case; letters, digits and {@code _} only
     * @param chars    trigger characters (ASCII), found outside literals and comments
     * @param rowLists whether {@code )} {@code ,} {@code (} in a row (blanks aside), outside literals and
     *                 comments, triggers
     */
    Precheck(Collection<String> words, String chars, boolean rowLists) {
        this.rowLists = rowLists;
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        this.table = new String[size];
        this.mask = size - 1;
        for (String word : words) {
            String upper = word.toUpperCase(Locale.ROOT);
            int slot = hash(upper, 0, upper.length()) & mask;
            while (table[slot] != null && !table[slot].equals(upper)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = upper;
        }
        for (int i = 0; i < chars.length(); i++) {
            triggerChars[chars.charAt(i)] = true;
        }
    }

    Verdict check(String sql) {
        boolean parse = false;
        int length = sql.length();
        int i = 0;
        // The last two characters outside blanks and comments (a literal or a word counts as 'w').
        char previous = ' ';
        char beforePrevious = ' ';
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || (c == '`' && !triggerChars['`'])) {
                i = skipQuoted(sql, i, c);
                beforePrevious = previous;
                previous = 'w';
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int newline = sql.indexOf('\n', i + 2);
                i = newline < 0 ? length : newline + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                int contentEnd = close < 0 ? length : close;
                if (isSkipMarker(sql, i + 2, contentEnd)) {
                    return Verdict.SKIP_MARKER;
                }
                i = close < 0 ? length : close + 2;
            } else if (isWordStart(c)) {
                int start = i;
                int hash = 0;
                boolean ascii = true;
                while (i < length && isWordPart(c = sql.charAt(i))) {
                    if (c >= 'a' && c <= 'z') {
                        c -= 'a' - 'A';
                    } else if (c >= 128) {
                        ascii = false;
                    }
                    hash = 31 * hash + c;
                    i++;
                }
                if (!parse && ascii && contains(sql, start, i - start, hash)) {
                    parse = true;
                }
                beforePrevious = previous;
                previous = 'w';
            } else {
                if (c < 128 && triggerChars[c]) {
                    parse = true;
                }
                if (c > ' ' && !Character.isWhitespace(c)) {
                    parse |= rowLists && c == '(' && previous == ',' && beforePrevious == ')';
                    beforePrevious = previous;
                    previous = c;
                }
                i++;
            }
        }
        return parse ? Verdict.PARSE : Verdict.UNCHANGED;
    }

    private boolean contains(String sql, int start, int length, int hash) {
        int slot = mix(hash) & mask;
        String word;
        while ((word = table[slot]) != null) {
            if (word.length() == length && sql.regionMatches(true, start, word, 0, length)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static int hash(String upper, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + upper.charAt(i);
        }
        return mix(hash);
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static int skipQuoted(String sql, int open, char quote) {
        int i = open + 1;
        int length = sql.length();
        while (i < length) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < length && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return length;
    }

    private static boolean isSkipMarker(String sql, int from, int to) {
        while (from < to && Character.isWhitespace(sql.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(sql.charAt(to - 1))) {
            to--;
        }
        return to - from == SKIP_MARKER.length() && sql.regionMatches(true, from, SKIP_MARKER, 0, to - from);
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 128 && Character.isLetter(c));
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || (c >= '0' && c <= '9') || c == '$' || c == '#';
    }
}
