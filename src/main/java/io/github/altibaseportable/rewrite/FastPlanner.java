package io.github.altibaseportable.rewrite;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fast path of planning: a statement whose only rewrites are paging, boolean literals and sequence
 * functions is planned from its tokens, without JSqlParser, into exactly the plan the parse and the rules
 * would make. Anything it is not sure of is left to the full parse ({@link #plan} returns {@code null}).
 */
/*
 * Design notes
 * ============
 *
 * Why. A statement the plan cache has not seen costs a JSqlParser parse, tens of microseconds for a
 * Hibernate-sized query, and the cold path is not rare (inlined paging values, IN lists of varying
 * length, reports built by string). Most such statements need only the paging rule, and sometimes the
 * booleans or sequences rule, whose rewrites depend on a handful of tokens.
 *
 * What is accepted. One pass of a small lexer makes tokens (words, "quoted names", 'strings', plain
 * numbers, ?, operators, brackets), skipping blanks and comments as JSqlParser does; a recursive-descent
 * recogniser then accepts this grammar, and nothing else:
 *
 *   statement  := (query(paged) | INSERT INTO name [(names)] (VALUES (values) | query(paged))
 *                 | UPDATE name [alias] SET name = value {, name = value} [WHERE condition]
 *                 | DELETE FROM name [alias] [WHERE condition]) [;]
 *   query(p)   := SELECT [DISTINCT] item {, item} [FROM table {, table | [INNER | LEFT [OUTER]
 *                 | RIGHT [OUTER]] JOIN table ON condition} [WHERE condition] [GROUP BY values]
 *                 [HAVING condition]] [ORDER BY value [ASC | DESC] [NULLS FIRST | NULLS LAST] {, ...}]
 *                 [paging, only where p: the statement's own query, never a subquery]
 *   paging     := LIMIT n [OFFSET n] | LIMIT n, n | OFFSET n [ROW | ROWS] [FETCH (FIRST | NEXT) [n]
 *                 (ROW | ROWS) ONLY] | FETCH (FIRST | NEXT) [n] (ROW | ROWS) ONLY      (n: digits or ?)
 *   condition  := [NOT] (TRUE | FALSE | EXISTS (query) | (condition) | predicate) {AND | OR ...}
 *   predicate  := value (= | <> | != | < | > | <= | >=) value | value [NOT] IN (values | query)
 *                 | value [NOT] LIKE value [ESCAPE 'c'] | value [NOT] BETWEEN value AND value
 *                 | value IS [NOT] NULL
 *   value      := [+ | -] primary {(+ | - | * | / | % | ||) [+ | -] primary}
 *   primary    := number | 'string' | ? | NULL | TRUE | FALSE | name[.name[.name]] | word(* | [DISTINCT] values)
 *                 | (value) | (query) | NEXT VALUE FOR name | NEXTVAL('name') | CURRVAL('name')
 *
 * A name is a "quoted name" or a word that is none of the grammar's words and none of the words
 * JSqlParser reserves or reads specially, data types included (RESERVED; a test checks it covers the
 * parser's reserved words).
 * Because predicates are only accepted where a condition is expected, no predicate is ever used as a
 * value (the booleans rule would wrap it in a CASE), and every TRUE/FALSE is known to be a condition
 * (1=1/1=0) or a value (1/0) exactly as the booleans rule reads the parsed statement.
 *
 * The rewrites. The edits are those the three rules make on the parsed statement, built with the same
 * Edit fragments and spliced by the same Splicer, so the text, the parameter mapping (paging with ?
 * moves and shifts parameters) and the rules named are the same: the paging clause becomes
 * LIMIT start, count; TRUE/FALSE are spelled by the booleans rule, sequence calls by the sequences rule
 * ({@link RewriteRule#tokenReplacement}); a query without FROM whose select list calls a sequence gets
 * FROM DUAL after its last item.
 *
 * Why it falls back (returns null), each checked before any work is kept:
 *  - the statement is longer than the parse limit, or nested deeper than MAX_DEPTH or the parse limit;
 *  - the paging, booleans or sequences rule is missing from the engine or disabled by the profile;
 *  - the engine's pre-check finds, in the same pass as it looks for every enabled rule's triggers, one of
 *    the triggers of an OTHER enabled rule (so no other rule can change the statement: those triggers are
 *    the superset its rules declare; Precheck.Verdict.FAST_PATH when it finds none), or the skip marker; for a rule
 *    that rewrites names only, its triggers are every word it would rewrite in a statement parsed anyway
 *    ({@link RewriteRule#namesRewritten}: all reserved words), less the words this grammar reads only as
 *    keywords (LIMIT, ROW, ...);
 *  - the text holds what the lexer does not place exactly as JSqlParser does: a character outside the
 *    grammar (`, #, $, @, :, [, {, \ outside literals, non-ASCII outside literals, control characters), an
 *    unterminated literal or comment, a literal that touches a word (N'x', E'x'), a hint or MySQL
 *    comment (/*+, /*!), a nested comment opener, a // comment, a lone CR in a line comment, ?1,
 *    a backslash in a literal that holds a quote or that another literal follows (JSqlParser may read \'
 *    as an escape),
 *    NEXT VALUE FOR spelled other than with single blanks, a number that runs into a word;
 *  - the tokens do not follow the grammar above: any other statement kind (DDL, MERGE, CALL, WITH,
 *    set operations, ...), a trigger word where the grammar does not place it (LIMIT in a subquery,
 *    IS TRUE, NOT TRUE, SETVAL, NEXTVAL FOR), CASE, casts, window functions, a paging value that is
 *    not digits or ?, or a sequence name the sequences rule does not spell;
 *  - the engine's caller asks for generated keys, bound types or unique keys (checked by the engine).
 *
 * Cost. The lexer and the recogniser are one pass each over the text, recursion is bounded by
 * MAX_DEPTH brackets, and nothing is retried: time and memory are linear in the statement.
 */
final class FastPlanner {
    private static final System.Logger LOG = System.getLogger("io.github.altibaseportable.rewrite");
    /** The rules whose rewrites the fast path makes. */
    static final String PAGING = "paging";

    static final String BOOLEANS = "booleans";
    static final String SEQUENCES = "sequences";
    static final Set<String> HANDLED = Set.of(PAGING, BOOLEANS, SEQUENCES);

    /** Deeper brackets than this are left to the full parse. */
    static final int MAX_DEPTH = 32;
    /** The count written when a query has an offset and no limit, as the paging rule writes it. */
    private static final String NO_LIMIT = "9223372036854775807";

    private static final BigInteger MAX_BIGINT = BigInteger.valueOf(Long.MAX_VALUE);

    /** Which of the handled rules come first in the engine: the order of the rule names in a plan. */
    private final List<String> order;

    private final RewriteRule booleans;
    private final RewriteRule sequences;
    private final ParseLimits limits;

    private FastPlanner(List<String> order, RewriteRule booleans, RewriteRule sequences, ParseLimits limits) {
        this.order = order;
        this.booleans = booleans;
        this.sequences = sequences;
        this.limits = limits;
    }

    /**
     * The fast path for an engine running {@code rules}, or {@code null} when they lack one of the rules it
     * stands in for.
     */
    static FastPlanner of(List<RewriteRule> rules, ParseLimits limits) {
        List<String> order = new ArrayList<>();
        RewriteRule booleans = null;
        RewriteRule sequences = null;
        for (RewriteRule rule : rules) {
            if (HANDLED.contains(rule.name())) {
                order.add(rule.name());
                booleans = rule.name().equals(BOOLEANS) ? rule : booleans;
                sequences = rule.name().equals(SEQUENCES) ? rule : sequences;
            }
        }
        return order.size() == HANDLED.size() ? new FastPlanner(List.copyOf(order), booleans, sequences, limits) : null;
    }

    /**
     * The plan of {@code sql}, exactly as the full parse would make it, or {@code null}: plan it in full (also
     * after a bug, which is logged). Only for a statement whose pre-check answered
     * {@link Precheck.Verdict#FAST_PATH}: no rule but those it stands in for may change it.
     */
    StatementPlan plan(String sql, RewriteProfile profile) {
        try {
            return attempt(sql, profile);
        } catch (RuntimeException bug) {
            LOG.log(System.Logger.Level.WARNING, "fast path failed (a bug); planned in full: " + sql, bug);
            return null;
        }
    }

    /** {@link #plan}, letting a bug's exception through (for tests). */
    StatementPlan attempt(String sql, RewriteProfile profile) {
        if (sql.length() > limits.maxLength()
                || !profile.isEnabled(PAGING)
                || !profile.isEnabled(BOOLEANS)
                || !profile.isEnabled(SEQUENCES)) {
            return null;
        }
        try {
            return new Scan(sql, profile).plan();
        } catch (Decline decline) {
            return null;
        }
    }

    /** Whether {@code word} (upper case) is one of the words the fast path never accepts as a name. */
    static boolean isKeyword(String word) {
        return WORD_INDEX.positionOf(word, 0, word.length()) >= 0;
    }

    /** Thrown, without a stack trace, where the statement leaves the grammar: plan it in full. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super("left to the full parse", null, false, false);
        }
    }

    private static Decline decline() {
        return new Decline();
    }

    /** The grammar's words; {@link #RESERVED} stands for every word that is never a name. */
    private enum Word {
        SELECT,
        DISTINCT,
        FROM,
        WHERE,
        GROUP,
        BY,
        HAVING,
        ORDER,
        ASC,
        DESC,
        NULLS,
        FIRST,
        LAST,
        LIMIT,
        OFFSET,
        ROW,
        ROWS,
        FETCH,
        NEXT,
        ONLY,
        AS,
        JOIN,
        INNER,
        LEFT,
        RIGHT,
        OUTER,
        ON,
        AND,
        OR,
        NOT,
        IN,
        IS,
        NULL,
        LIKE,
        ESCAPE,
        BETWEEN,
        EXISTS,
        TRUE,
        FALSE,
        INSERT,
        INTO,
        VALUES,
        UPDATE,
        SET,
        DELETE,
        NEXTVAL,
        CURRVAL,
        RESERVED
    }

    /**
     * Words that are never names here: those JSqlParser 5.4 reserves, and those it reads specially (functions
     * with their own syntax, operators spelled as words, window clauses).
     */
    private static final List<String> RESERVED = List.of(
            "ALL",
            "ANY",
            "BOTH",
            "CHECK",
            "CONNECT",
            "CONNECT_BY_ROOT",
            "CONSTRAINT",
            "CREATE",
            "CROSS",
            "CSV",
            "CURRENT",
            "DEFAULT",
            "DISTINCTROW",
            "ELSE",
            "ERRORS",
            "EXCEPT",
            "EXCLUDES",
            "EXTEND",
            "FBV",
            "FILE",
            "FINAL",
            "FOR",
            "FORCE",
            "FOREIGN",
            "FULL",
            "GLOBAL",
            "GROUPING",
            "IF",
            "IGNORE",
            "IIF",
            "ILIKE",
            "IMPORT",
            "INCLUDES",
            "INTERSECT",
            "INTERVAL",
            "LATERAL",
            "MINUS",
            "NATURAL",
            "NOCYCLE",
            "OPTIMIZE",
            "OUTPUT",
            "PIVOT",
            "PREFERRING",
            "PREWHERE",
            "PRIOR",
            "PROCEDURE",
            "PUBLIC",
            "QUALIFY",
            "RETURNING",
            "RETURNS",
            "SAMPLE",
            "SCRIPT",
            "SEMI",
            "SETTINGS",
            "SIMILAR",
            "SOME",
            "SQL_CACHE",
            "SQL_CALC_FOUND_ROWS",
            "SQL_NO_CACHE",
            "START",
            "STATEMENT",
            "STRAIGHT_JOIN",
            "TABLES",
            "TABLESAMPLE",
            "TOP",
            "TRAILING",
            "UNBOUNDED",
            "UNION",
            "UNIQUE",
            "UNKNOWN",
            "UNPIVOT",
            "USE",
            "USING",
            "VALUE",
            "VERIFY",
            "ABSENT",
            "CASEWHEN",
            "STRAIGHT",
            "DATETIMELITERAL",
            "WHEN",
            "WINDOW",
            "WITH",
            "XMLSERIALIZE",
            "XOR",
            // read specially by the parser, though not reserved by it
            "CASE",
            "CAST",
            "TRY_CAST",
            "SAFE_CAST",
            "EXTRACT",
            "TRIM",
            "SUBSTRING",
            "POSITION",
            "CONVERT",
            "OVERLAY",
            "OVER",
            "FILTER",
            "WITHIN",
            "KEEP",
            "RESPECT",
            "COLLATE",
            "ARRAY",
            "MULTISET",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "MATCH",
            "AGAINST",
            "REGEXP",
            "RLIKE",
            "GLOB",
            "ISNULL",
            "NOTNULL",
            "DIV",
            "AT",
            "ZONE",
            "CURRENT_DATE",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "LOCALTIME",
            "LOCALTIMESTAMP",
            "SEPARATOR",
            "PARTITION",
            "HIGH_PRIORITY",
            "SETVAL",
            "NEXT_VALUE",
            "SKIP",
            "WAIT",
            "NOWAIT",
            "LOCK",
            "SHARE",
            "OPTION",
            "THEN",
            "END",
            "ELSEIF",
            "LOOP",
            "RETURN",
            "EXEC",
            "EXECUTE",
            "CALL",
            "MERGE",
            "REPLACE",
            "UPSERT",
            "TABLE",
            "VIEW",
            "INDEX",
            "KEY",
            "PRIMARY",
            "REFERENCES",
            "TO",
            "WORK",
            "QUERY",
            "EMIT",
            "SEL",
            // data types, which the parser reads as type tokens
            "BIT",
            "BLOB",
            "BOOL",
            "BOOLEAN",
            "CLOB",
            "ENUM",
            "MAP",
            "DEC",
            "DECIMAL",
            "NUMERIC",
            "NUMBER",
            "TINYINT",
            "SMALLINT",
            "INT",
            "INT2",
            "INT4",
            "INT8",
            "INTEGER",
            "BIGINT",
            "HUGEINT",
            "UTINYINT",
            "USMALLINT",
            "UINTEGER",
            "UBIGINT",
            "UHUGEINT",
            "REAL",
            "FLOAT",
            "FLOAT4",
            "FLOAT8",
            "DOUBLE",
            "PRECISION",
            "VARCHAR",
            "VARCHAR2",
            "NVARCHAR",
            "NVARCHAR2",
            "CHAR",
            "CHARACTER",
            "NCHAR",
            "VARYING",
            "TEXT",
            "STRING",
            "BYTEA",
            "BINARY",
            "VARBINARY",
            "UUID",
            "TIMESTAMPTZ",
            "TIMETZ",
            "SIGNED",
            "UNSIGNED",
            "JSON",
            "JSONB",
            "XML");

    /** The grammar's words and {@link #RESERVED}, and what each is, by its position in {@link #WORD_INDEX}. */
    private static final Word[] WORD_VALUES;

    private static final WordIndex WORD_INDEX;

    static {
        List<String> names = new ArrayList<>();
        List<Word> values = new ArrayList<>();
        for (Word word : Word.values()) {
            if (word != Word.RESERVED) {
                names.add(word.name());
                values.add(word);
            }
        }
        for (String word : RESERVED) {
            names.add(word);
            values.add(Word.RESERVED);
        }
        WORD_INDEX = new WordIndex(names);
        WORD_VALUES = values.toArray(new Word[0]);
    }

    /** The word {@code sql[start, end)} (upper-case hash {@code hash}) is, or {@code null}: a name. */
    private static Word wordAt(String sql, int start, int end, int hash) {
        int position = WORD_INDEX.positionOf(sql, start, end, hash);
        return position < 0 ? null : WORD_VALUES[position];
    }

    // Token kinds besides single characters ( ) , . * + - / % ; = < >
    private static final int END = 0;
    private static final int NAME = 1;
    private static final int KEYWORD = 2;
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int NUMBER = 5;
    private static final int PARAMETER = 6;
    private static final int NEXT_VALUE_FOR = 7;
    private static final int NOT_EQUAL = 8;
    private static final int LESS_OR_EQUAL = 9;
    private static final int GREATER_OR_EQUAL = 10;
    private static final int CONCAT = 11;
    private static final String SINGLE_CHARACTERS = "(),.*+-/%;=<>";
    private static final String NEXT_VALUE_FOR_TEXT = "NEXT VALUE FOR";

    /** One statement: its tokens, where the recogniser is, and the edits found so far. */
    private final class Scan {
        private final String sql;
        private final RewriteProfile profile;
        private final SqlLexer lexer;
        private int count;
        private int[] kinds;
        private int[] begins;
        private int[] ends;
        private Word[] words;
        /** For each {@code (}, the index of its {@code )}. */
        private int[] closers;

        private int[] parameters = new int[8];
        private int parameterCount;
        private int p;
        private final List<Edit> edits = new ArrayList<>();
        private boolean paged;
        private boolean literals;
        private int sequenceCalls;

        Scan(String sql, RewriteProfile profile) {
            this.sql = sql;
            this.profile = profile;
            this.lexer = SqlLexer.of(profile.dialect());
        }

        StatementPlan plan() {
            tokenize();
            switch (word(0) == null ? Word.RESERVED : word(0)) {
                case SELECT -> query();
                case INSERT -> insert();
                case UPDATE -> update();
                case DELETE -> delete();
                default -> throw decline();
            }
            if (kinds[p] == ';') {
                p++;
            }
            if (kinds[p] != END) {
                throw decline();
            }
            if (edits.isEmpty()) {
                return StatementPlan.unchanged(sql, PlanOutcome.UNCHANGED, null);
            }
            Splicer.Result spliced = Splicer.splice(sql, Arrays.copyOf(parameters, parameterCount), edits);
            List<String> rules = new ArrayList<>(3);
            for (String rule : order) {
                if (rule.equals(PAGING) ? paged : rule.equals(BOOLEANS) ? literals : sequenceCalls > 0) {
                    rules.add(rule);
                }
            }
            return StatementPlan.rewritten(
                    sql,
                    List.of(new Step(spliced.sql(), null, null)),
                    0,
                    spliced.parameters(),
                    String.join(", ", rules));
        }

        // ---- lexer ------------------------------------------------------------------------------------

        private void tokenize() {
            int capacity = Math.max(16, sql.length() / 3 + 2);
            kinds = new int[capacity];
            begins = new int[capacity];
            ends = new int[capacity];
            words = new Word[capacity];
            closers = new int[capacity];
            int[] open = new int[MAX_DEPTH];
            int depth = 0;
            int maxDepth = Math.min(MAX_DEPTH, limits.maxNesting());
            int length = sql.length();
            int lastQuote = sql.lastIndexOf('\'');
            int i = 0;
            while (i < length) {
                char c = sql.charAt(i);
                int start = i;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    i++;
                    continue;
                }
                if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                    i = lineComment(i);
                    continue;
                }
                if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                    i = blockComment(i);
                    continue;
                }
                if (c == '\'') {
                    i = lexer.skipQuoted(sql, i);
                    if (i >= length || (count > 0 && ends[count - 1] == start && kinds[count - 1] <= KEYWORD)) {
                        throw decline(); // unterminated (or ending the text), or a prefixed literal such as N'x'
                    }
                    if (indexOfAny(start + 1, i - 1, "\\") >= 0
                            && (lastQuote > i - 1 || indexOfAny(start + 1, i - 1, "'") >= 0)) {
                        // JSqlParser may read \' and '' otherwise, in either dialect, and end the literal elsewhere
                        throw decline();
                    }
                    add(STRING, start, i, null);
                } else if (c == '"') {
                    i = lexer.skipQuoted(sql, i);
                    if (i >= length || i - start < 3 || indexOfAny(start + 1, i - 1, "\"\\\n\r") >= 0) {
                        throw decline();
                    }
                    add(NAME, start, i, null);
                } else if (isLetter(c)) {
                    i = scanWord(i);
                } else if (c >= '0' && c <= '9') {
                    i = number(i);
                } else if (c == '?') {
                    i++;
                    if (i < length && ((sql.charAt(i) >= '0' && sql.charAt(i) <= '9') || sql.charAt(i) == '_')) {
                        throw decline(); // ?1: a numbered parameter
                    }
                    if (parameterCount == parameters.length) {
                        parameters = Arrays.copyOf(parameters, parameterCount * 2);
                    }
                    parameters[parameterCount++] = start;
                    add(PARAMETER, start, i, null);
                } else {
                    i = operator(i);
                    if (c == '(') {
                        if (depth == maxDepth) {
                            throw decline();
                        }
                        open[depth++] = count - 1;
                    } else if (c == ')') {
                        if (depth == 0) {
                            throw decline();
                        }
                        closers[open[--depth]] = count - 1;
                    }
                }
            }
            if (depth != 0) {
                throw decline();
            }
            for (int end = 0; end < 4; end++) {
                add(END, length, length, null); // room to look three tokens past the last one
            }
            count -= 4;
        }

        private int lineComment(int start) {
            int end = SqlLexer.skipComment(sql, start);
            for (int i = start; i < end; i++) {
                if (sql.charAt(i) == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n')) {
                    throw decline(); // JSqlParser ends a line comment at a lone CR
                }
            }
            return end;
        }

        private int blockComment(int start) {
            int end = SqlLexer.skipComment(sql, start);
            if (!sql.startsWith("*/", end - 2)
                    || end - start < 4
                    || sql.charAt(start + 2) == '+'
                    || sql.charAt(start + 2) == '!') {
                throw decline(); // unterminated, a hint, or MySQL's executable comment
            }
            for (int i = start + 2; i < end - 3; i++) {
                if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                    throw decline(); // an opener inside: nested comments are read differently by dialects
                }
            }
            return end;
        }

        private int scanWord(int start) {
            int length = sql.length();
            int hash = 0;
            int i = start;
            while (i < length) {
                char c = sql.charAt(i);
                if (!isLetter(c) && !(c >= '0' && c <= '9')) {
                    if (c == '$' || c == '#' || c >= 128) {
                        throw decline();
                    }
                    break;
                }
                hash = 31 * hash + WordIndex.upper(c);
                i++;
            }
            Word word = wordAt(sql, start, i, hash);
            if (word == Word.NEXT
                    && sql.regionMatches(true, start, NEXT_VALUE_FOR_TEXT, 0, NEXT_VALUE_FOR_TEXT.length())) {
                int end = start + NEXT_VALUE_FOR_TEXT.length();
                if (end < length && Character.isWhitespace(sql.charAt(end))) {
                    add(NEXT_VALUE_FOR, start, end, null);
                    return end;
                }
            }
            add(word == null ? NAME : KEYWORD, start, i, word);
            return i;
        }

        private int number(int start) {
            int length = sql.length();
            int i = digits(start);
            int kind = INTEGER;
            if (i < length && sql.charAt(i) == '.') {
                i = digits(i + 1);
                kind = NUMBER;
            }
            if (i < length && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
                int exponent = i + 1 < length && (sql.charAt(i + 1) == '+' || sql.charAt(i + 1) == '-') ? i + 2 : i + 1;
                if (exponent >= length || sql.charAt(exponent) < '0' || sql.charAt(exponent) > '9') {
                    throw decline();
                }
                i = digits(exponent);
                kind = NUMBER;
            }
            if (i < length && (SqlLexer.isWordPart(sql.charAt(i)) || sql.charAt(i) == '.' || sql.charAt(i) >= 128)) {
                throw decline();
            }
            add(kind, start, i, null);
            return i;
        }

        private int digits(int from) {
            int i = from;
            while (i < sql.length() && sql.charAt(i) >= '0' && sql.charAt(i) <= '9') {
                i++;
            }
            return i;
        }

        private int operator(int start) {
            char c = sql.charAt(start);
            char next = start + 1 < sql.length() ? sql.charAt(start + 1) : ' ';
            if ((c == '<' && next == '>') || (c == '!' && next == '=')) {
                add(NOT_EQUAL, start, start + 2, null);
            } else if ((c == '<' || c == '>') && next == '=') {
                add(c == '<' ? LESS_OR_EQUAL : GREATER_OR_EQUAL, start, start + 2, null);
            } else if (c == '|' && next == '|') {
                add(CONCAT, start, start + 2, null);
            } else if (SINGLE_CHARACTERS.indexOf(c) >= 0 && !(c == '/' && next == '/')) {
                add(c, start, start + 1, null);
                return start + 1;
            } else {
                throw decline();
            }
            return start + 2;
        }

        private int indexOfAny(int from, int to, String characters) {
            for (int i = from; i < to; i++) {
                if (characters.indexOf(sql.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        private void add(int kind, int begin, int end, Word word) {
            if (count == kinds.length) {
                int capacity = count * 2;
                kinds = Arrays.copyOf(kinds, capacity);
                begins = Arrays.copyOf(begins, capacity);
                ends = Arrays.copyOf(ends, capacity);
                words = Arrays.copyOf(words, capacity);
                closers = Arrays.copyOf(closers, capacity);
            }
            kinds[count] = kind;
            begins[count] = begin;
            ends[count] = end;
            words[count++] = word;
        }

        // ---- recogniser -------------------------------------------------------------------------------

        private Word word(int index) {
            return kinds[index] == KEYWORD ? words[index] : null;
        }

        private boolean is(Word word) {
            return kinds[p] == KEYWORD && words[p] == word;
        }

        private boolean accept(Word word) {
            if (is(word)) {
                p++;
                return true;
            }
            return false;
        }

        private void expect(Word word) {
            if (!accept(word)) {
                throw decline();
            }
        }

        private void expect(int kind) {
            if (kinds[p] != kind) {
                throw decline();
            }
            p++;
        }

        private boolean accept(int kind) {
            if (kinds[p] == kind) {
                p++;
                return true;
            }
            return false;
        }

        private void query() {
            expect(Word.SELECT);
            accept(Word.DISTINCT);
            int callsBefore = sequenceCalls;
            int lastItemEnd;
            do {
                if (kinds[p] == '*') {
                    p++;
                } else if (kinds[p] == NAME && kinds[p + 1] == '.' && kinds[p + 2] == '*') {
                    p += 3;
                } else {
                    value();
                    alias();
                }
                lastItemEnd = ends[p - 1];
            } while (accept(','));
            boolean from = accept(Word.FROM);
            if (from) {
                tables();
                if (accept(Word.WHERE)) {
                    condition();
                }
                if (accept(Word.GROUP)) {
                    expect(Word.BY);
                    values();
                }
                if (accept(Word.HAVING)) {
                    condition();
                }
            } else if (sequenceCalls > callsBefore) {
                edits.add(Edit.insert(lastItemEnd, " FROM DUAL"));
            }
            if (accept(Word.ORDER)) {
                expect(Word.BY);
                do {
                    value();
                    if (!accept(Word.ASC)) {
                        accept(Word.DESC);
                    }
                    if (accept(Word.NULLS) && !accept(Word.FIRST)) {
                        expect(Word.LAST);
                    }
                } while (accept(','));
            }
            paging();
        }

        private void alias() {
            if (accept(Word.AS)) {
                expect(NAME);
            } else {
                accept(NAME);
            }
        }

        private void tables() {
            table();
            while (true) {
                if (accept(',')) {
                    table();
                } else if (is(Word.JOIN) || is(Word.INNER) || is(Word.LEFT) || is(Word.RIGHT)) {
                    if (accept(Word.LEFT) || accept(Word.RIGHT)) {
                        accept(Word.OUTER);
                    } else {
                        accept(Word.INNER);
                    }
                    expect(Word.JOIN);
                    table();
                    expect(Word.ON);
                    condition();
                } else {
                    return;
                }
            }
        }

        private void table() {
            if (accept('(')) {
                query();
                expect(')');
            } else {
                name();
            }
            alias();
        }

        /** A name of up to three parts; the index of its last token. */
        private int name() {
            expect(NAME);
            for (int parts = 1; parts < 3 && kinds[p] == '.' && kinds[p + 1] == NAME; parts++) {
                p += 2;
            }
            return p - 1;
        }

        private void values() {
            do {
                value();
            } while (accept(','));
        }

        private void condition() {
            do {
                do {
                    if (accept(Word.NOT) && (is(Word.TRUE) || is(Word.FALSE))) {
                        throw decline();
                    }
                    conditionTerm();
                } while (accept(Word.AND));
            } while (accept(Word.OR));
        }

        private void conditionTerm() {
            if ((is(Word.TRUE) || is(Word.FALSE)) && endsCondition(p + 1)) {
                literal(p++, true);
            } else if (accept(Word.EXISTS)) {
                subquery();
            } else if (kinds[p] == '(' && word(p + 1) != Word.SELECT && endsCondition(closers[p] + 1)) {
                p++;
                condition();
                expect(')');
            } else {
                predicate();
            }
        }

        /** Whether token {@code index} ends a condition: what may follow a WHERE, ON or HAVING condition. */
        private boolean endsCondition(int index) {
            int kind = kinds[index];
            if (kind == END || kind == ')' || kind == ';' || kind == ',') {
                return true;
            }
            Word word = word(index);
            return word == Word.AND
                    || word == Word.OR
                    || word == Word.GROUP
                    || word == Word.HAVING
                    || word == Word.ORDER
                    || word == Word.LIMIT
                    || word == Word.OFFSET
                    || word == Word.FETCH
                    || word == Word.JOIN
                    || word == Word.INNER
                    || word == Word.LEFT
                    || word == Word.RIGHT;
        }

        private void predicate() {
            value();
            int kind = kinds[p];
            if (kind == '='
                    || kind == '<'
                    || kind == '>'
                    || kind == NOT_EQUAL
                    || kind == LESS_OR_EQUAL
                    || kind == GREATER_OR_EQUAL) {
                p++;
                value();
                return;
            }
            boolean not = accept(Word.NOT);
            if (accept(Word.IN)) {
                expect('(');
                if (is(Word.SELECT)) {
                    query();
                } else {
                    values();
                }
                expect(')');
            } else if (accept(Word.LIKE)) {
                value();
                if (accept(Word.ESCAPE)) {
                    expect(STRING);
                }
            } else if (accept(Word.BETWEEN)) {
                value();
                expect(Word.AND);
                value();
            } else if (!not && accept(Word.IS)) {
                accept(Word.NOT);
                expect(Word.NULL);
            } else {
                throw decline();
            }
        }

        private void value() {
            while (true) {
                if (kinds[p] == '+' || kinds[p] == '-') {
                    p++;
                }
                primary();
                int kind = kinds[p];
                if (kind != '+' && kind != '-' && kind != '*' && kind != '/' && kind != '%' && kind != CONCAT) {
                    return;
                }
                p++;
            }
        }

        private void primary() {
            switch (kinds[p]) {
                case INTEGER, NUMBER, STRING, PARAMETER -> p++;
                case NEXT_VALUE_FOR -> nextValueFor();
                case '(' -> {
                    if (word(p + 1) == Word.SELECT) {
                        subquery();
                    } else {
                        p++;
                        value();
                        expect(')');
                    }
                }
                case NAME -> {
                    if (kinds[p + 1] == '(' && sql.charAt(begins[p]) != '"') {
                        call();
                    } else {
                        name();
                    }
                }
                case KEYWORD -> {
                    switch (words[p]) {
                        case NULL -> p++;
                        case TRUE, FALSE -> literal(p++, false);
                        case NEXTVAL, CURRVAL -> sequenceCall();
                        default -> throw decline();
                    }
                }
                default -> throw decline();
            }
        }

        private void subquery() {
            expect('(');
            query();
            expect(')');
        }

        private void call() {
            p += 2;
            if (!accept('*') && kinds[p] != ')') {
                accept(Word.DISTINCT);
                values();
            }
            expect(')');
        }

        private void insert() {
            expect(Word.INSERT);
            expect(Word.INTO);
            name();
            if (kinds[p] == '(' && word(p + 1) != Word.SELECT) {
                p++;
                do {
                    name();
                } while (accept(','));
                expect(')');
            }
            if (accept(Word.VALUES)) {
                expect('(');
                values();
                expect(')');
            } else {
                query();
            }
        }

        private void update() {
            expect(Word.UPDATE);
            name();
            alias();
            expect(Word.SET);
            do {
                name();
                expect('=');
                value();
            } while (accept(','));
            if (accept(Word.WHERE)) {
                condition();
            }
        }

        private void delete() {
            expect(Word.DELETE);
            expect(Word.FROM);
            name();
            alias();
            if (accept(Word.WHERE)) {
                condition();
            }
        }

        // ---- rewrites ---------------------------------------------------------------------------------

        /** TRUE or FALSE at token {@code index}, used as a condition or as a value. */
        private void literal(int index, boolean condition) {
            String text = sql.substring(begins[index], ends[index]).toUpperCase(Locale.ROOT);
            String replacement = booleans.tokenReplacement(
                    condition ? RewriteRule.TokenForm.CONDITION_LITERAL : RewriteRule.TokenForm.VALUE_LITERAL, text);
            if (replacement == null) {
                throw decline();
            }
            edits.add(Edit.replace(begins[index], ends[index], replacement));
            literals = true;
        }

        /** {@code NEXT VALUE FOR name}: the name with {@code .NEXTVAL}, as the sequences rule writes it. */
        private void nextValueFor() {
            int first = p++;
            int last = name();
            edits.add(new Edit(
                    begins[first],
                    ends[last],
                    List.of(
                            new Edit.Fragment.Source(begins[first + 1], ends[last]),
                            new Edit.Fragment.Text(".NEXTVAL"))));
            sequenceCalls++;
        }

        /** {@code NEXTVAL('name')} or {@code CURRVAL('name')}, spelled by the sequences rule. */
        private void sequenceCall() {
            int function = p++;
            expect('(');
            expect(STRING);
            expect(')');
            int literal = p - 2;
            String content = sql.substring(begins[literal] + 1, ends[literal] - 1);
            String replacement = content.indexOf('\'') >= 0 || content.indexOf('\\') >= 0
                    ? null
                    : sequences.tokenReplacement(
                            words[function] == Word.NEXTVAL
                                    ? RewriteRule.TokenForm.NEXTVAL_CALL
                                    : RewriteRule.TokenForm.CURRVAL_CALL,
                            content);
            if (replacement == null) {
                throw decline();
            }
            edits.add(Edit.replace(begins[function], ends[p - 1], replacement));
            sequenceCalls++;
        }

        /** The paging clause at the end of the statement's query, as the paging rule rewrites it. */
        private void paging() {
            int limit = -1;
            int limitLast = -1;
            int offset = -1;
            int offsetLast = -1;
            int fetch = -1;
            int fetchLast = -1;
            Value start = null;
            Value count = null;
            boolean changed = false;
            if (is(Word.LIMIT)) {
                limit = p++;
                count = pagingValue();
                if (accept(',')) {
                    start = count;
                    count = pagingValue();
                    if (profile.dialect() == SourceDialect.MYSQL) {
                        start = start.plusOne();
                        changed = true;
                    }
                }
                limitLast = p - 1;
            }
            if (is(Word.OFFSET) && start == null) {
                offset = p++;
                start = pagingValue().plusOne();
                if (limit < 0 && !accept(Word.ROW)) {
                    accept(Word.ROWS);
                }
                offsetLast = p - 1;
                changed = true;
            }
            if (is(Word.FETCH) && limit < 0) {
                fetch = p++;
                if (!accept(Word.FIRST)) {
                    expect(Word.NEXT);
                }
                count = kinds[p] == INTEGER || kinds[p] == PARAMETER ? pagingValue() : Value.ONE;
                if (!accept(Word.ROW)) {
                    expect(Word.ROWS);
                }
                expect(Word.ONLY);
                fetchLast = p - 1;
                changed = true;
            }
            if (!changed) {
                return;
            }
            if (count != null && count.isZero()) {
                start = null;
            }
            List<Edit.Fragment> clause = new ArrayList<>();
            clause.add(new Edit.Fragment.Text("LIMIT "));
            if (start != null) {
                start.appendTo(clause);
                clause.add(new Edit.Fragment.Text(", "));
                if (count != null) {
                    count.appendTo(clause);
                } else {
                    clause.add(new Edit.Fragment.Text(NO_LIMIT));
                }
            } else {
                count.appendTo(clause);
            }
            int[][] parts = {{limit, limitLast}, {offset, offsetLast}, {fetch, fetchLast}};
            boolean first = true;
            for (int[] part : parts) {
                if (part[0] >= 0) {
                    edits.add(
                            first
                                    ? new Edit(begins[part[0]], ends[part[1]], clause)
                                    : Edit.delete(ends[part[0] - 1], ends[part[1]]));
                    first = false;
                }
            }
            paged = true;
        }

        private Value pagingValue() {
            if (kinds[p] == PARAMETER) {
                int number = Arrays.binarySearch(parameters, 0, parameterCount, begins[p++]) + 1;
                return new Value(null, number, 0);
            }
            expect(INTEGER);
            return new Value(new BigInteger(sql.substring(begins[p - 1], ends[p - 1])), 0, 0);
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** A paging value: an integer, or a parameter whose bound value is shifted. */
    private record Value(BigInteger number, int parameter, long shift) {
        static final Value ONE = new Value(BigInteger.ONE, 0, 0);

        boolean isZero() {
            return number != null && number.signum() == 0;
        }

        Value plusOne() {
            return number != null ? new Value(number.add(BigInteger.ONE), 0, 0) : new Value(null, parameter, shift + 1);
        }

        void appendTo(List<Edit.Fragment> fragments) {
            fragments.add(
                    number != null
                            ? new Edit.Fragment.Text(number.min(MAX_BIGINT).toString())
                            : new Edit.Fragment.Param(parameter, shift));
        }
    }
}
