package io.github.altibaseportable.rewrite;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexical pre-check: one pass over the characters that decides whether a statement could need
 * any enabled rule, so that most statements never reach the parser.
 *
 * <p>It skips string literals, quoted identifiers and comments, and looks at the remaining words
 * and characters: a statement goes to the parser only if it contains one of the trigger words or
 * characters of an enabled rule, one of their prefix trigger words followed by {@code (} or a quote, or one of their scoped trigger words or characters inside its
 * {@link TriggerScope} (found by following {@code SELECT}, {@code FROM} and brackets), or, when a rule
 * asks for it, a list of bracketed rows ({@code ), (}, as in a multi-row {@code VALUES}). A word right
 * after a {@code .} is part of a qualified name ({@code seq.NEXTVAL}, {@code t.limit}), never a
 * keyword, and triggers only if it is one of the rules' qualified trigger words (a column name such as
 * {@code t.level}). False positives
 * cost a parse; false negatives would lose a rewrite, so every rule declares a superset of what it
 * needs. A block comment reading {@code portable:skip} marks a statement that must not be rewritten
 * at all.
 */
// The scan runs on every statement that misses the cache: tables indexed by scope ordinal, and the
// character read in the loop condition, keep it to one pass without allocation.
@SuppressWarnings({"EnumOrdinal", "AssignmentExpression"})
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

    /** Trigger words (any case; letters, digits and {@code _}) and characters (ASCII). */
    record Triggers(Set<String> words, String characters) {
        static final Triggers NONE = new Triggers(Set.of(), "");

        Triggers plus(Triggers other) {
            Set<String> all = new LinkedHashSet<>(words);
            all.addAll(other.words);
            return new Triggers(all, characters + other.characters);
        }

        boolean isEmpty() {
            return words.isEmpty() && characters.isEmpty();
        }
    }

    private final WordTable words;
    private final WordTable prefixWords;
    private final WordTable qualifiedWords;
    private final boolean[] triggerChars;
    private final WordTable[] scopedWords = new WordTable[TriggerScope.values().length];
    private final boolean[][] scopedChars = new boolean[TriggerScope.values().length][];
    private final boolean tracksScopes;
    private final boolean rowLists;
    private final SqlLexer lexer;

    /**
     * @param words       trigger words, any case; letters, digits and {@code _} only
     * @param chars       trigger characters (ASCII), found outside literals and comments
     * @param scoped      the triggers that count only inside their scope
     * @param rowLists    whether {@code )} {@code ,} {@code (} in a row (blanks aside), outside literals and
     *                    comments, triggers
     * @param prefixWords words that trigger where {@code (} or {@code '} follows them, blanks aside
     * @param qualifiedWords words that trigger right after a {@code .} too
     * @param lexer       how the statements' literals are quoted
     */
    Precheck(Collection<String> words, String chars, Map<TriggerScope, Triggers> scoped, boolean rowLists,
             Collection<String> prefixWords, Collection<String> qualifiedWords, SqlLexer lexer) {
        this.rowLists = rowLists;
        this.lexer = lexer;
        this.words = new WordTable(words);
        this.prefixWords = new WordTable(prefixWords);
        this.qualifiedWords = new WordTable(qualifiedWords);
        this.triggerChars = characters(chars);
        boolean anyScoped = false;
        for (TriggerScope scope : TriggerScope.values()) {
            Triggers triggers = scoped.getOrDefault(scope, Triggers.NONE);
            scopedWords[scope.ordinal()] = new WordTable(triggers.words());
            scopedChars[scope.ordinal()] = characters(triggers.characters());
            anyScoped |= !triggers.isEmpty();
        }
        this.tracksScopes = anyScoped;
    }

    private static boolean[] characters(String chars) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    Verdict check(String sql) {
        boolean parse = false;
        Clauses clauses = tracksScopes ? new Clauses() : null;
        int length = sql.length();
        int i = 0;
        // The last two characters outside blanks and comments (a literal or a word counts as 'w').
        char previous = ' ';
        char beforePrevious = ' ';
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || (c == '`' && !triggerChars['`'])) {
                i = lexer.skipQuoted(sql, i);
                beforePrevious = previous;
                previous = 'w';
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                i = SqlLexer.skipComment(sql, i);
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = SqlLexer.skipComment(sql, i);
                if (isSkipMarker(sql, i + 2, sql.startsWith("*/", end - 2) ? end - 2 : end)) {
                    return Verdict.SKIP_MARKER;
                }
                i = end;
            } else if (SqlLexer.isWordStart(c)) {
                int start = i;
                int hash = 0;
                boolean ascii = true;
                while (i < length && SqlLexer.isWordPart(c = sql.charAt(i))) {
                    if (c >= 'a' && c <= 'z') {
                        c = (char) (c - ('a' - 'A'));
                    } else if (c >= 128) {
                        ascii = false;
                    }
                    hash = 31 * hash + c;
                    i++;
                }
                boolean qualified = start > 0 && sql.charAt(start - 1) == '.';
                if (!parse && ascii) {
                    parse = qualified ? qualifiedWords.contains(sql, start, i - start, hash)
                            : (words.contains(sql, start, i - start, hash)
                            || (clauses != null && clauses.word(sql, start, i - start, hash))
                            || (prefixWords.contains(sql, start, i - start, hash) && openerFollows(sql, i)));
                }
                beforePrevious = previous;
                previous = 'w';
            } else {
                if (c < 128 && (triggerChars[c] || (clauses != null && clauses.isTrigger(c)))) {
                    parse = true;
                } else if (clauses != null && c == '(') {
                    clauses.open(sql, previous);
                } else if (clauses != null && c == ')') {
                    clauses.close();
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

    /** Upper-case words in an open-addressing table, matched against the text without copying it. */
    private static final class WordTable {
        private final String[] table;
        /** The upper-case hash of each word in {@link #table}: most lookups end at a different hash. */
        private final int[] hashes;
        private final int mask;

        WordTable(Collection<String> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
            this.table = new String[size];
            this.hashes = new int[size];
            this.mask = size - 1;
            for (String word : words) {
                String upper = word.toUpperCase(Locale.ROOT);
                int hash = upperHash(upper);
                int slot = mix(hash) & mask;
                while (table[slot] != null && !table[slot].equals(upper)) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = upper;
                hashes[slot] = hash;
            }
        }

        /** Whether {@code sql[start, start + length)}, with upper-case hash {@code hash}, is in the table. */
        boolean contains(String sql, int start, int length, int hash) {
            int slot = mix(hash) & mask;
            String word;
            while ((word = table[slot]) != null) {
                if (hashes[slot] == hash && word.length() == length && sql.regionMatches(true, start, word, 0, length)) {
                    return true;
                }
                slot = (slot + 1) & mask;
            }
            return false;
        }

        static int upperHash(String upper) {
            int hash = 0;
            for (int i = 0; i < upper.length(); i++) {
                hash = 31 * hash + upper.charAt(i);
            }
            return hash;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    /**
     * Which clause the scan is in, per bracket level: outside any scope, in a select list (its own, or
     * inherited from the level around it, as in {@code SELECT f(a, ?)}), or in a FROM clause (which
     * brackets inherit, as in {@code FROM (a JOIN b USING (k))}); and, besides, whether the level is
     * where a value is expected ({@link TriggerScope#VALUE}). Only made for profiles with scoped triggers.
     */
    private final class Clauses {
        // 0: outside any clause this tracks (the initial state)
        private static final byte INHERITED_SELECT_LIST = 1;
        private static final byte SELECT_LIST = 2;
        private static final byte FROM_CLAUSE = 3;
        private static final int SELECT_HASH = WordTable.upperHash("SELECT");
        private static final int FROM_HASH = WordTable.upperHash("FROM");
        /** Words after which a bracket holds conditions, rows, names or a query, not a value. */
        private static final WordTable NOT_BEFORE_A_VALUE = new WordTable(List.of("WHERE", "AND", "OR", "NOT", "ON",
                "HAVING", "WHEN", "IN", "EXISTS", "FROM", "JOIN", "USING", "VALUES", "VALUE", "SELECT", "AS", "INTO",
                "TABLE", "BY", "OVER", "ANY", "ALL", "SOME", "UNION", "INTERSECT", "EXCEPT", "MINUS", "WITH",
                "LATERAL", "RETURNING", "SET", "KEY", "UNIQUE", "INDEX", "CONFLICT"));
        /** Words after which values are expected (CASE results), up to one of {@link #AFTER_VALUES} or the bracket's end. */
        private static final WordTable BEFORE_VALUES = new WordTable(List.of("THEN", "ELSE"));
        private static final int THEN_HASH = WordTable.upperHash("THEN");
        private static final int ELSE_HASH = WordTable.upperHash("ELSE");
        /** Words that end a CASE result, or show that THEN led to a MERGE action. */
        private static final WordTable AFTER_VALUES = new WordTable(List.of("WHEN", "END", "UPDATE", "INSERT", "DELETE"));
        /** Characters before a bracket that holds a value (an operand or an argument). */
        private static final String OPERATORS = "+-*/%|&^=<>,";

        private byte[] levels = new byte[8];
        private boolean[] values = new boolean[8];
        private int depth;
        private int lastWordStart;
        private int lastWordLength;
        private int lastWordHash;

        /** Opens a bracket level; {@code previous} is the character before it ('w' after a word or literal). */
        void open(String sql, char previous) {
            if (++depth == levels.length) {
                levels = Arrays.copyOf(levels, depth * 2);
                values = Arrays.copyOf(values, depth * 2);
            }
            byte outer = levels[depth - 1];
            levels[depth] = outer == SELECT_LIST ? INHERITED_SELECT_LIST : outer;
            boolean value = previous == 'w'
                    ? !NOT_BEFORE_A_VALUE.contains(sql, lastWordStart, lastWordLength, lastWordHash)
                    : OPERATORS.indexOf(previous) >= 0;
            values[depth] = value || values[depth - 1];
        }

        void close() {
            if (depth > 0) {
                depth--;
            }
        }

        /**
         * Follows {@code SELECT}, {@code FROM}, {@code THEN} and {@code ELSE}; whether the word is a trigger of
         * a scope it is in.
         */
        boolean word(String sql, int start, int length, int hash) {
            lastWordStart = start;
            lastWordLength = length;
            lastWordHash = hash;
            byte level = levels[depth];
            if (hash == SELECT_HASH && length == 6 && sql.regionMatches(true, start, "SELECT", 0, 6)) {
                levels[depth] = SELECT_LIST;
            } else if (hash == FROM_HASH && length == 4 && sql.regionMatches(true, start, "FROM", 0, 4)
                    && level != INHERITED_SELECT_LIST) {
                levels[depth] = FROM_CLAUSE;
            } else if ((hash == THEN_HASH || hash == ELSE_HASH) && BEFORE_VALUES.contains(sql, start, length, hash)) {
                values[depth] = true;
            } else if (values[depth] && AFTER_VALUES.contains(sql, start, length, hash)) {
                values[depth] = depth > 0 && values[depth - 1];
            }
            TriggerScope scope = scope();
            return (scope != null && scopedWords[scope.ordinal()].contains(sql, start, length, hash))
                    || (values[depth] && scopedWords[TriggerScope.VALUE.ordinal()].contains(sql, start, length, hash));
        }

        boolean isTrigger(char c) {
            TriggerScope scope = scope();
            return (scope != null && scopedChars[scope.ordinal()][c])
                    || (values[depth] && scopedChars[TriggerScope.VALUE.ordinal()][c]);
        }

        private TriggerScope scope() {
            switch (levels[depth]) {
                case SELECT_LIST:
                case INHERITED_SELECT_LIST:
                    return TriggerScope.SELECT_LIST;
                case FROM_CLAUSE:
                    return TriggerScope.FROM_CLAUSE;
                default:
                    return null;
            }
        }
    }

    /** Whether the first character from {@code from} that is not blank is {@code (} or {@code '}. */
    private static boolean openerFollows(String sql, int from) {
        while (from < sql.length() && Character.isWhitespace(sql.charAt(from))) {
            from++;
        }
        return from < sql.length() && (sql.charAt(from) == '(' || sql.charAt(from) == '\'');
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
}
