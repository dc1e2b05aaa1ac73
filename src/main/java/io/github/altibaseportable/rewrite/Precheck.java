package io.github.altibaseportable.rewrite;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexical pre-check: one pass over the characters that decides whether a statement could need
 * any enabled rule, so that most statements never reach the parser.
 *
 * <p>It skips string literals, quoted identifiers and comments (as the {@link SqlLexer} reads them),
 * and looks at the remaining words and characters: a statement goes to the parser only if it contains
 * one of the trigger words or characters of an enabled rule, one of their prefix trigger words followed
 * by {@code (} or a quote, or one of their scoped trigger words or characters inside its
 * {@link TriggerScope} (found by following {@code SELECT}, {@code FROM} and brackets), or, when a rule
 * asks for it, a list of bracketed rows ({@code ), (}, as in a multi-row {@code VALUES}). A word right
 * after a {@code .} is part of a qualified name ({@code seq.NEXTVAL}, {@code t.limit}), never a
 * keyword, and triggers only if it is one of the rules' qualified trigger words (a column name such as
 * {@code t.level}). False positives cost a parse; false negatives would lose a rewrite, so every rule
 * declares a superset of what it needs. A block comment reading {@code portable:skip} marks a statement
 * that must not be rewritten at all.
 *
 * <p>The same pass can also tell whether every trigger it met belongs to the rules the fast path stands in
 * for ({@link FastPlanner}): it then follows the triggers of the other rules beside those of all rules, and
 * answers {@link Verdict#FAST_PATH} when it met only the former.
 */
// The scan runs on every statement that misses the cache. A table of character classes drives it, and a
// word is looked up only when its shape (first and last character, length) is one of a word that counts
// where the scan is: most words of a statement are never hashed. Tables are indexed by scope ordinal, and
// loops read the character in their condition.
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
        PARSE,
        /**
         * A rule might apply, but none of the other rules given: only those the fast path stands in for. Plan
         * it from its tokens, or parse it.
         */
        FAST_PATH
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

    /** The triggers of some rules, as the constructor takes them. */
    record TriggerSet(
            Collection<String> words,
            String characters,
            Map<TriggerScope, Triggers> scoped,
            boolean rowLists,
            Collection<String> prefixWords,
            Collection<String> qualifiedWords) {}

    // What the scan met: a trigger of some rule, one of the other rules' (see Verdict.FAST_PATH), or both.
    private static final int ANY_RULE = 1;
    private static final int OTHER_RULE = 2;
    private static final int BOTH = ANY_RULE | OTHER_RULE;
    /** How far the other rules' trigger flags are shifted left in a word's flags. */
    private static final int OTHER_RULES_FLAGS = 16;

    // Word flags: what a word is to the scan. Scoped trigger words carry SCOPED << their scope's ordinal.
    private static final int TRIGGER = 1;
    private static final int PREFIX = 1 << 1;
    private static final int QUALIFIED = 1 << 2;
    private static final int SELECT = 1 << 3;
    private static final int FROM = 1 << 4;
    /**
     * Words after which values are expected (CASE results), up to an {@link #AFTER_VALUES} word or the
     * bracket's end.
     */
    private static final int BEFORE_VALUES = 1 << 5;
    /** Words that end a CASE result, or show that THEN led to a MERGE action. */
    private static final int AFTER_VALUES = 1 << 6;
    /** Words after which a bracket holds conditions, rows, names or a query, not a value. */
    private static final int NOT_BEFORE_A_VALUE = 1 << 7;

    private static final int SCOPED = 1 << 8;
    private static final List<String> NOT_BEFORE_A_VALUE_WORDS = List.of(
            "WHERE",
            "AND",
            "OR",
            "NOT",
            "ON",
            "HAVING",
            "WHEN",
            "IN",
            "EXISTS",
            "FROM",
            "JOIN",
            "USING",
            "VALUES",
            "VALUE",
            "SELECT",
            "AS",
            "INTO",
            "TABLE",
            "BY",
            "OVER",
            "ANY",
            "ALL",
            "SOME",
            "UNION",
            "INTERSECT",
            "EXCEPT",
            "MINUS",
            "WITH",
            "LATERAL",
            "RETURNING",
            "SET",
            "KEY",
            "UNIQUE",
            "INDEX",
            "CONFLICT");

    // Character classes: what the scan does at a character (ASCII by table, the rest by the lexer's tests).
    private static final byte OTHER = 0;
    private static final byte BLANK = 1;
    private static final byte WORD = 2;
    /** A character where the lexer may find a literal, a quoted name or a comment. */
    private static final byte LEXER = 3;
    /** A trigger character of an enabled rule, wherever it is. */
    private static final byte TRIGGER_CHARACTER = 4;
    /** A trigger character of an enabled rule in some scope. */
    private static final byte SCOPED_CHARACTER = 5;

    private static final byte OPEN = 6;
    private static final byte CLOSE = 7;

    private final WordTable words;
    /** What each ASCII character is to the scan. */
    private final byte[] classes = new byte[128];
    /** Which ASCII characters continue a word. */
    private final boolean[] wordParts = new boolean[128];

    /** Per scope and ASCII character: whose trigger the character is there ({@link #ANY_RULE}, ...). */
    private final byte[][] scopedChars = new byte[TriggerScope.values().length][128];

    private final boolean tracksScopes;
    /** Whose trigger a list of bracketed rows is. */
    private final int rowLists;
    /** What the scan has met before it starts: all but nothing when there are no other rules to follow. */
    private final int metBefore;

    private final SqlLexer lexer;

    /**
     * @param words       trigger words, any case; letters, digits and {@code _} only
     * @param chars       trigger characters (ASCII), found outside literals and comments; a quote among them
     *                    (MySQL's backtick) is a trigger, not the start of a quoted name
     * @param scoped      the triggers that count only inside their scope
     * @param rowLists    whether {@code )} {@code ,} {@code (} in a row (blanks aside), outside literals and
     *                    comments, triggers
     * @param prefixWords words that trigger where {@code (} or {@code '} follows them, blanks aside
     * @param qualifiedWords words that trigger right after a {@code .} too
     * @param lexer       how the statements' literals are quoted
     */
    Precheck(
            Collection<String> words,
            String chars,
            Map<TriggerScope, Triggers> scoped,
            boolean rowLists,
            Collection<String> prefixWords,
            Collection<String> qualifiedWords,
            SqlLexer lexer) {
        this(new TriggerSet(words, chars, scoped, rowLists, prefixWords, qualifiedWords), null, lexer);
    }

    /**
     * A pre-check of the rules with triggers {@code all} that also tells, when {@code others} is not
     * {@code null}, whether it met a trigger of those other rules (a subset of {@code all}'s, except for their
     * words): {@link Verdict#FAST_PATH} when it did not. A trigger character that counts anywhere counts for
     * both (the fast path's rules have none).
     */
    Precheck(TriggerSet all, TriggerSet others, SqlLexer lexer) {
        this.lexer = lexer;
        this.metBefore = others == null ? OTHER_RULE : 0;
        this.rowLists = (all.rowLists() ? ANY_RULE : 0) | (others != null && others.rowLists() ? OTHER_RULE : 0);
        Map<String, Integer> flags = new HashMap<>();
        boolean anyScoped = addTriggers(flags, all, ANY_RULE, 0);
        if (others != null) {
            addTriggers(flags, others, OTHER_RULE, OTHER_RULES_FLAGS);
        }
        this.tracksScopes = anyScoped;
        if (anyScoped) {
            add(flags, List.of("SELECT"), SELECT);
            add(flags, List.of("FROM"), FROM);
            add(flags, List.of("THEN", "ELSE"), BEFORE_VALUES);
            add(flags, List.of("WHEN", "END", "UPDATE", "INSERT", "DELETE"), AFTER_VALUES);
            add(flags, NOT_BEFORE_A_VALUE_WORDS, NOT_BEFORE_A_VALUE);
        }
        this.words = new WordTable(flags);
        boolean[] triggerChars = characters(all.characters());
        for (char c = 0; c < 128; c++) {
            boolean scopedChar = false;
            for (byte[] table : scopedChars) {
                scopedChar |= table[c] != 0;
            }
            if (triggerChars[c]) {
                classes[c] = TRIGGER_CHARACTER;
            } else if (lexer.mayOpen(c)) {
                classes[c] = LEXER;
            } else if (SqlLexer.isWordStart(c)) {
                classes[c] = WORD;
            } else if (c <= ' ' || Character.isWhitespace(c)) {
                classes[c] = BLANK;
            } else if (scopedChar) {
                classes[c] = SCOPED_CHARACTER;
            } else if (c == '(' || c == ')') {
                classes[c] = c == '(' ? OPEN : CLOSE;
            }
            wordParts[c] = lexer.continuesWord(c);
        }
    }

    /**
     * Adds the triggers of some rules, flagged {@code rule} in {@link #scopedChars} and shifted left by
     * {@code shift} in the words' flags; whether any counts only in a scope.
     */
    private boolean addTriggers(Map<String, Integer> flags, TriggerSet triggers, int rule, int shift) {
        add(flags, triggers.words(), TRIGGER << shift);
        add(flags, triggers.prefixWords(), PREFIX << shift);
        add(flags, triggers.qualifiedWords(), QUALIFIED << shift);
        boolean anyScoped = false;
        for (TriggerScope scope : TriggerScope.values()) {
            Triggers scoped = triggers.scoped().getOrDefault(scope, Triggers.NONE);
            add(flags, scoped.words(), (SCOPED << scope.ordinal()) << shift);
            String characters = scoped.characters();
            for (int i = 0; i < characters.length(); i++) {
                scopedChars[scope.ordinal()][characters.charAt(i)] |= (byte) rule;
            }
            anyScoped |= !scoped.isEmpty();
        }
        return anyScoped;
    }

    /** Whose trigger a word with {@code flags} is by {@code flag}: some of {@link #ANY_RULE}, {@link #OTHER_RULE}. */
    private static int rules(int flags, int flag) {
        return ((flags & flag) != 0 ? ANY_RULE : 0) | ((flags & (flag << OTHER_RULES_FLAGS)) != 0 ? OTHER_RULE : 0);
    }

    private static void add(Map<String, Integer> flags, Collection<String> words, int flag) {
        for (String word : words) {
            flags.merge(word.toUpperCase(Locale.ROOT), flag, (a, b) -> a | b);
        }
    }

    private static boolean[] characters(String chars) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    Verdict check(String sql) {
        byte[] classes = this.classes;
        boolean[] wordParts = this.wordParts;
        int met = metBefore;
        Clauses clauses = tracksScopes ? new Clauses() : null;
        int length = sql.length();
        int i = 0;
        // The last two characters outside blanks and comments (a literal or a word counts as 'w').
        char previous = ' ';
        char beforePrevious = ' ';
        // The last word, unless it was qualified (start -1): a bracket after it may hold a value.
        int lastWordStart = -1;
        int lastWordEnd = 0;
        while (i < length) {
            char c = sql.charAt(i);
            byte kind = c < 128 ? classes[c] : nonAscii(c);
            if (kind == WORD) {
                int start = i;
                while (++i < length && ((c = sql.charAt(i)) < 128 ? wordParts[c] : SqlLexer.isWordPart(c))) {
                    // to the word's end
                }
                boolean qualified = start > 0 && sql.charAt(start - 1) == '.';
                lastWordStart = qualified ? -1 : start;
                lastWordEnd = i;
                int where = words.where(sql, start, i);
                if (where != 0 && met != BOTH) {
                    if (qualified) {
                        met |= (where & AFTER_A_DOT) == 0 ? 0 : rules(words.lookUp(sql, start, i), QUALIFIED);
                    } else {
                        int flags = (where & (clauses == null ? ANYWHERE : clauses.where())) == 0
                                ? 0
                                : words.lookUp(sql, start, i);
                        int prefix = rules(flags, PREFIX);
                        met |= rules(flags, TRIGGER)
                                | (prefix != 0 && openerFollows(sql, i) ? prefix : 0)
                                | (clauses == null ? 0 : clauses.word(flags));
                    }
                }
                beforePrevious = previous;
                previous = 'w';
                continue;
            }
            if (kind == BLANK) {
                i++;
                continue;
            }
            switch (kind) {
                case LEXER:
                    int end = lexer.skipLiteralOrComment(sql, i);
                    if (end == i) {
                        met |= clauses == null ? 0 : clauses.triggers(c);
                        break;
                    }
                    if (lexer.opensLiteral(c)) {
                        beforePrevious = previous;
                        previous = 'w';
                    } else if (c == '/' && isSkipMarker(sql, i + 2, sql.startsWith("*/", end - 2) ? end - 2 : end)) {
                        return Verdict.SKIP_MARKER;
                    }
                    i = end;
                    continue;
                case TRIGGER_CHARACTER:
                    met = BOTH;
                    break;
                case SCOPED_CHARACTER:
                    met |= clauses.triggers(c);
                    break;
                case OPEN:
                    if (clauses != null) {
                        boolean afterValueWord = previous == 'w'
                                && (lastWordStart < 0
                                        || (words.lookUp(sql, lastWordStart, lastWordEnd) & NOT_BEFORE_A_VALUE) == 0);
                        clauses.open(afterValueWord, previous);
                    }
                    met |= previous == ',' && beforePrevious == ')' ? rowLists : 0;
                    break;
                case CLOSE:
                    if (clauses != null) {
                        clauses.close();
                    }
                    break;
                default:
                    break;
            }
            beforePrevious = previous;
            previous = c;
            i++;
        }
        if ((met & ANY_RULE) == 0) {
            return Verdict.UNCHANGED;
        }
        return (met & OTHER_RULE) == 0 ? Verdict.FAST_PATH : Verdict.PARSE;
    }

    /** The class of a character outside ASCII. */
    private static byte nonAscii(char c) {
        if (SqlLexer.isWordStart(c)) {
            return WORD;
        }
        return Character.isWhitespace(c) ? BLANK : OTHER;
    }

    // Where a word can count, for the filter of a word table: anywhere, in one of the scopes (the bit
    // 2 << the scope's ordinal), after a dot.
    private static final int ANYWHERE = 1;
    private static final int AFTER_A_DOT = 16;

    private static int scopeBit(TriggerScope scope) {
        return 2 << scope.ordinal();
    }

    /**
     * Upper-case words and their flags, matched against the text without copying it ({@link WordIndex}).
     * Most words of a statement are no trigger where they stand: a filter by shape (first and last
     * character, length) tells those apart before any hashing.
     */
    private static final class WordTable {
        private final WordIndex index;
        /** The flags of each word, by its position in {@link #index}. */
        private final int[] flags;

        /** Per {@link #shape}: where words of that shape count ({@link #ANYWHERE}, a scope's bit, ...). */
        private final byte[] shapes = new byte[1 << 14];

        WordTable(Map<String, Integer> words) {
            List<String> upper = List.copyOf(words.keySet());
            this.index = new WordIndex(upper);
            this.flags = new int[upper.size()];
            for (int position = 0; position < upper.size(); position++) {
                String word = upper.get(position);
                flags[position] = words.get(word);
                shapes[shape(word, 0, word.length())] |= (byte) where(flags[position]);
            }
        }

        /**
         * Where a word with {@code flags} counts. A word that matters only before a bracket is looked up
         * there, not where it is read; one that ends a CASE result counts where values are.
         */
        private static int where(int ruleFlags) {
            int flags = ruleFlags | ruleFlags >>> OTHER_RULES_FLAGS;
            int where = (flags & (TRIGGER | PREFIX | SELECT | FROM | BEFORE_VALUES)) != 0 ? ANYWHERE : 0;
            for (TriggerScope scope : TriggerScope.values()) {
                if ((flags & (SCOPED << scope.ordinal())) != 0) {
                    where |= scopeBit(scope);
                }
            }
            if ((flags & AFTER_VALUES) != 0) {
                where |= scopeBit(TriggerScope.VALUE);
            }
            return (flags & QUALIFIED) != 0 ? where | AFTER_A_DOT : where;
        }

        /** The first and last character (folded to 5 bits, which ignores case) and the length of a word. */
        private static int shape(String text, int start, int end) {
            return (text.charAt(start) & 31) << 9 | (text.charAt(end - 1) & 31) << 4 | ((end - start) & 15);
        }

        /**
         * Where, by its shape, a word like {@code sql[start, end)} may count (some of {@link #ANYWHERE}, the
         * scopes' bits and {@link #AFTER_A_DOT}); 0 for most words, which are then not looked up.
         */
        int where(String sql, int start, int end) {
            return shapes[shape(sql, start, end)];
        }

        /** The flags of the word {@code sql[start, end)}, whatever its shape. */
        int lookUp(String sql, int start, int end) {
            int position = index.positionOf(sql, start, end);
            return position < 0 ? 0 : flags[position];
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
        /** Characters before a bracket that holds a value (an operand or an argument). */
        private static final String OPERATORS = "+-*/%|&^=<>,";

        private byte[] levels = new byte[8];
        private boolean[] values = new boolean[8];
        private int depth;

        /**
         * Opens a bracket level; {@code afterValueWord} is whether a word or literal that may precede a
         * value stands before it.
         */
        void open(boolean afterValueWord, char previous) {
            if (++depth == levels.length) {
                levels = Arrays.copyOf(levels, depth * 2);
                values = Arrays.copyOf(values, depth * 2);
            }
            byte outer = levels[depth - 1];
            levels[depth] = outer == SELECT_LIST ? INHERITED_SELECT_LIST : outer;
            boolean value = previous == 'w' ? afterValueWord : OPERATORS.indexOf(previous) >= 0;
            values[depth] = value || values[depth - 1];
        }

        void close() {
            if (depth > 0) {
                depth--;
            }
        }

        /**
         * Follows {@code SELECT}, {@code FROM}, {@code THEN} and {@code ELSE}; whose trigger an unqualified
         * word with {@code flags} is in a scope it is in ({@link #ANY_RULE}, ...).
         */
        int word(int flags) {
            if ((flags & SELECT) != 0) {
                levels[depth] = SELECT_LIST;
            } else if ((flags & FROM) != 0 && levels[depth] != INHERITED_SELECT_LIST) {
                levels[depth] = FROM_CLAUSE;
            } else if ((flags & BEFORE_VALUES) != 0) {
                values[depth] = true;
            } else if (values[depth] && (flags & AFTER_VALUES) != 0) {
                values[depth] = depth > 0 && values[depth - 1];
            }
            TriggerScope scope = scope();
            return (scope == null ? 0 : rules(flags, SCOPED << scope.ordinal()))
                    | (values[depth] ? rules(flags, SCOPED << TriggerScope.VALUE.ordinal()) : 0);
        }

        /** Where the scan is: {@link #ANYWHERE}, and the bits of the scopes it is in. */
        int where() {
            TriggerScope scope = scope();
            return ANYWHERE
                    | (scope == null ? 0 : scopeBit(scope))
                    | (values[depth] ? scopeBit(TriggerScope.VALUE) : 0);
        }

        /** Whose trigger the character {@code c} is where the scan is ({@link #ANY_RULE}, ...). */
        int triggers(char c) {
            TriggerScope scope = scope();
            return (scope == null ? 0 : scopedChars[scope.ordinal()][c])
                    | (values[depth] ? scopedChars[TriggerScope.VALUE.ordinal()][c] : 0);
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
