package io.github.altibaseportable.stub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a stub connection checks when a statement is prepared, as an Altibase server does: the server
 * validates a statement when it prepares it (and {@code Statement.execute} is prepare and execute), so
 * each rule here runs for {@code prepareStatement}/{@code prepareCall} and for every statement a plain
 * {@code Statement} runs. Each rule is one method and names the section of {@code docs/altibase.md} that
 * records the server's behaviour.
 *
 * <p>The rules that need to know the server's objects (which sequences exist, which tables have a
 * sequence default or DATE columns) learn them from the DDL the connection ran ({@link #ran}), or from
 * {@link #given(String...)} for objects a test assumes exist. A test that wants the permissive
 * behaviour (a native pass-through assertion) switches off the rule it names with {@link #permit}; no
 * rule is off by default.
 *
 * <p>The checks are a light token scan, independent of the code under test: faithful for the positions
 * they look at, silent elsewhere.
 */
public final class StubServerRules {
    /** The rules, each a named opt-out for {@link #permit}. */
    public enum Rule {
        /** {@code X.NEXTVAL} of a sequence the server does not have: 200792 (42S22). */
        UNKNOWN_SEQUENCE,
        /** A multi-row {@code VALUES} into a table with a sequence default: 22018 "Invalid literal". */
        MULTI_ROW_VALUES,
        /** A {@code ?} in a select-list expression, other than {@code CAST(? AS ...)}: 201275. */
        SELECT_LIST_PARAMETER,
        /** {@code LIMIT ... OFFSET}, an expression in LIMIT, {@code OFFSET ... ROWS}, {@code FETCH FIRST/NEXT}: 200705. */
        ROW_LIMITING,
        /** ISO date text for a DATE column without an ISO {@code date_format} (135224, 135219); {@code DATE '...'} (200705). */
        DATE_LITERAL,
        /** An unquoted reserved word as a table name, column name or select alias: 200705. */
        RESERVED_WORD,
        /** Several statements separated by {@code ;} in one text (outside a stored-program body): 200705. */
        SEVERAL_STATEMENTS
    }

    /** The {@code date_format} connection property of the Altibase driver. */
    public static final String DATE_FORMAT_PROPERTY = "date_format";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=", "<>", "!=");
    private static final Set<String> SELECT_LIST_ENDS = Set.of(
            "FROM",
            "WHERE",
            "GROUP",
            "HAVING",
            "ORDER",
            "UNION",
            "MINUS",
            "INTERSECT",
            "EXCEPT",
            "LIMIT",
            "INTO",
            "CONNECT",
            "START",
            "FOR");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK");
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "||");
    private static final Set<String> PROGRAM_UNITS = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "PACKAGE", "TYPE");
    private static final String RESERVED_WORDS =
            "/io/github/altibaseportable/rewrite/rules/altibase-reserved-words.tsv";
    private static final Map<String, String[]> RESERVED = reservedWords();

    /** What the server knows of a table: its columns in order, the DATE ones, and whether one defaults to a sequence. */
    private record Table(List<String> columns, Set<String> dateColumns, boolean sequenceDefault) {
        Table withSequenceDefault() {
            return new Table(columns, dateColumns, true);
        }
    }

    private final String dateFormat;
    private final Set<Rule> permitted = EnumSet.noneOf(Rule.class);
    private final Set<String> sequences = ConcurrentHashMap.newKeySet();
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    /** The rules of a connection whose Altibase {@code date_format} property is {@code dateFormat} (or {@code null}). */
    StubServerRules(String dateFormat) {
        this.dateFormat = dateFormat == null ? null : dateFormat.trim().toUpperCase(Locale.ROOT);
    }

    // ---- what a test says ------------------------------------------------------------------------

    /** Switches {@code rules} off for this connection: the test asserts something the server would reject. */
    public synchronized StubServerRules permit(Rule... rules) {
        permitted.addAll(List.of(rules));
        return this;
    }

    /** The server already has what {@code ddl} creates ({@code CREATE SEQUENCE}, {@code CREATE TABLE}), as if it had run. */
    public StubServerRules given(String... ddl) {
        for (String statement : ddl) {
            ran(statement);
        }
        return this;
    }

    /** Whether the server has a sequence called {@code name} (as stored: upper case unless it was quoted). */
    public boolean hasSequence(String name) {
        return sequences.contains(name);
    }

    private synchronized boolean enforced(Rule rule) {
        return !permitted.contains(rule);
    }

    // ---- the checks ------------------------------------------------------------------------------

    /** One check of the statement's tokens, which throws the server's error. */
    @FunctionalInterface
    private interface Check {
        void run(StubServerRules rules, List<Token> tokens) throws SQLException;
    }

    /** A check and the rule that switches it off. */
    private record Step(Rule rule, Check check) {}

    /** The checks in the order the server makes them: syntax (200705) first, then names, types and values. */
    private static final List<Step> CHECKS = List.of(
            new Step(Rule.SEVERAL_STATEMENTS, (rules, tokens) -> severalStatements(tokens)),
            new Step(Rule.ROW_LIMITING, (rules, tokens) -> rowLimiting(tokens)),
            new Step(Rule.DATE_LITERAL, (rules, tokens) -> typedDateLiterals(tokens)),
            new Step(Rule.RESERVED_WORD, (rules, tokens) -> reservedWords(tokens)),
            new Step(Rule.UNKNOWN_SEQUENCE, StubServerRules::unknownSequences),
            new Step(Rule.SELECT_LIST_PARAMETER, (rules, tokens) -> selectListParameters(tokens)),
            new Step(Rule.MULTI_ROW_VALUES, StubServerRules::multiRowValues),
            new Step(Rule.DATE_LITERAL, StubServerRules::isoDateLiterals));

    /** Throws what the server answers when it prepares {@code sql}, if it rejects it. */
    void check(String sql) throws SQLException {
        List<Token> tokens = Token.scan(sql);
        for (Step step : CHECKS) {
            if (enforced(step.rule())) {
                step.check().run(this, tokens);
            }
        }
    }

    private static SQLException syntaxError(Token near) {
        return new SQLSyntaxErrorException("Syntax error: near \"" + near.text + "\"", "42000", 200705);
    }

    /**
     * docs/altibase.md, "Migration tools": a text of several statements joined by {@code ;} is one
     * statement to the server, and a syntax error; a stored program's body is not split.
     */
    private static void severalStatements(List<Token> tokens) throws SQLException {
        boolean program = tokens.stream()
                        .limit(6)
                        .anyMatch(token -> token.kind == Kind.WORD && PROGRAM_UNITS.contains(token.name))
                || at(tokens, 0).isWord("BEGIN")
                || at(tokens, 0).isWord("DECLARE");
        for (int i = 0; i + 1 < tokens.size() && !program; i++) {
            if (tokens.get(i).is(";")) {
                throw syntaxError(tokens.get(i));
            }
        }
    }

    /** docs/altibase.md, "Row limiting": only {@code LIMIT n}, {@code LIMIT start, n} (literals or {@code ?}). */
    private static void rowLimiting(List<Token> tokens) throws SQLException {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord("LIMIT") && isOperand(at(tokens, i + 1))) {
                int next = i + 2;
                if (at(tokens, next).is(",") && isOperand(at(tokens, next + 1))) {
                    next += 2;
                }
                Token after = at(tokens, next);
                if (after.isWord("OFFSET") || (after.kind == Kind.SYMBOL && ARITHMETIC.contains(after.text))) {
                    throw syntaxError(after);
                }
            } else if (token.isWord("OFFSET")
                    && isOperand(at(tokens, i + 1))
                    && (at(tokens, i + 2).isWord("ROW") || at(tokens, i + 2).isWord("ROWS"))) {
                throw syntaxError(token);
            } else if (token.isWord("FETCH")
                    && (at(tokens, i + 1).isWord("FIRST") || at(tokens, i + 1).isWord("NEXT"))) {
                throw syntaxError(token);
            }
        }
    }

    private static boolean isOperand(Token token) {
        return token.kind == Kind.NUMBER || token.kind == Kind.PARAM;
    }

    /** docs/altibase.md, "Dates": typed literals {@code DATE '...'} and {@code TIMESTAMP '...'} are syntax errors. */
    private static void typedDateLiterals(List<Token> tokens) throws SQLException {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).isWord("DATE") || tokens.get(i).isWord("TIMESTAMP"))
                    && tokens.get(i + 1).kind == Kind.STRING) {
                throw syntaxError(tokens.get(i));
            }
        }
    }

    /**
     * docs/altibase.md, "Reserved words": an unquoted reserved word is refused (200705) as a table name
     * (after {@code TABLE}, {@code INTO}, a statement's {@code UPDATE}, a select's {@code FROM},
     * {@code JOIN}), a column name (in {@code CREATE TABLE}) or a select alias
     * ({@code AS w}), where the server's own list says so. GRANT and REVOKE ({@code CREATE TABLE TO u})
     * name no table.
     */
    private static void reservedWords(List<Token> tokens) throws SQLException {
        if (at(tokens, 0).isWord("GRANT") || at(tokens, 0).isWord("REVOKE")) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean tableAfter = token.isWord("TABLE")
                    || token.isWord("INTO")
                    || token.isWord("JOIN")
                    || (token.isWord("UPDATE") && i == 0)
                    || (token.isWord("FROM") && (i == 1 || endsSelectList(tokens, i)));
            if (tableAfter) {
                int name = qualifiedNameEnd(tokens, i + 1);
                if (!at(tokens, name + 1).is("(") || token.isWord("TABLE") || token.isWord("INTO")) {
                    refuseReserved(at(tokens, name), 2);
                }
            }
        }
        for (int[] list : selectLists(tokens)) {
            for (int i = list[0]; i < list[1]; i++) {
                if (tokens.get(i).is("(")) {
                    i = close(tokens, i);
                } else if (tokens.get(i).isWord("AS")) {
                    refuseReserved(at(tokens, i + 1), 4);
                }
            }
        }
        for (List<Token> element : columnElements(tokens)) {
            if (!TABLE_CONSTRAINTS.contains(element.get(0).name)) {
                refuseReserved(element.get(0), 3);
            }
        }
    }

    /** Throws a syntax error when {@code token} is an unquoted word refused in position {@code column} of the list. */
    private static void refuseReserved(Token token, int column) throws SQLException {
        String[] row = token.kind == Kind.WORD ? RESERVED.get(token.name) : null;
        if (row != null && row[column].equals("ERR")) {
            throw syntaxError(token);
        }
    }

    /** docs/altibase.md, "Sequences, defaults and keys": {@code X.NEXTVAL} of a sequence that does not exist is 200792 at prepare. */
    private void unknownSequences(List<Token> tokens) throws SQLException {
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("NEXTVAL")
                    && tokens.get(i - 1).is(".")
                    && tokens.get(i - 2).isName()
                    && !sequences.contains(tokens.get(i - 2).name)) {
                throw new SQLException("Column not found: " + tokens.get(i - 2).text + ".NEXTVAL", "42S22", 200792);
            }
        }
    }

    /**
     * docs/altibase.md, "Parameters in select lists": every {@code ?} in a select-list expression is
     * 201275 at prepare, but {@code CAST(? AS type)} and a {@code ?} in a subquery's own clauses are fine.
     */
    private static void selectListParameters(List<Token> tokens) throws SQLException {
        for (int[] list : selectLists(tokens)) {
            for (int i = list[0]; i < list[1]; i++) {
                if (tokens.get(i).is("(") && at(tokens, i + 1).isWord("SELECT")) {
                    i = close(tokens, i);
                } else if (tokens.get(i).kind == Kind.PARAM
                        && !(at(tokens, i - 1).is("(")
                                && at(tokens, i - 2).isWord("CAST")
                                && at(tokens, i + 1).isWord("AS"))) {
                    throw new SQLException("Invalid use of host variables", "HY000", 201275);
                }
            }
        }
    }

    /** docs/altibase.md, "Sequences, defaults and keys": a multi-row VALUES into a table with a sequence default is 22018 at prepare. */
    private void multiRowValues(List<Token> tokens) throws SQLException {
        Table table = insertedTable(tokens);
        if (table != null && table.sequenceDefault() && insertedRows(tokens).size() > 1) {
            throw new SQLException("Invalid literal", "22018");
        }
    }

    /**
     * docs/altibase.md, "Dates": ISO date text inserted into or compared with a DATE column is refused
     * unless the connection's {@code date_format} reads it: 135224 with the default format, 135219 for
     * a time of day with {@code date_format=YYYY-MM-DD}.
     */
    private void isoDateLiterals(List<Token> tokens) throws SQLException {
        Set<String> dateColumns = new HashSet<>();
        for (Token token : tokens) {
            Table table = token.isName() ? tables.get(token.name) : null;
            if (table != null) {
                dateColumns.addAll(table.dateColumns());
            }
        }
        if (dateColumns.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind == Kind.STRING
                    && (comparedWith(tokens, i - 1, i - 2, dateColumns)
                            || comparedWith(tokens, i + 1, i + 2, dateColumns))) {
                checkDateText(tokens.get(i).text);
            }
        }
        Table table = insertedTable(tokens);
        if (table == null) {
            return;
        }
        List<String> columns = insertedColumns(tokens, table);
        for (List<List<Token>> row : insertedRows(tokens)) {
            for (int c = 0; c < Math.min(row.size(), columns.size()); c++) {
                List<Token> value = row.get(c);
                if (value.size() == 1
                        && value.get(0).kind == Kind.STRING
                        && table.dateColumns().contains(columns.get(c))) {
                    checkDateText(value.get(0).text);
                }
            }
        }
    }

    private static boolean comparedWith(List<Token> tokens, int operator, int column, Set<String> dateColumns) {
        Token op = at(tokens, operator);
        Token name = at(tokens, column);
        return op.kind == Kind.SYMBOL
                && COMPARISONS.contains(op.text)
                && name.isName()
                && dateColumns.contains(name.name);
    }

    private void checkDateText(String text) throws SQLException {
        boolean dateOnly = ISO_DATE.matcher(text).matches();
        if ((!dateOnly && !ISO_DATE_TIME.matcher(text).matches())
                || (dateFormat != null && dateFormat.startsWith("YYYY-MM-DD HH24:MI:SS"))) {
            return;
        }
        if ("YYYY-MM-DD".equals(dateFormat)) {
            if (!dateOnly) {
                throw new SQLException(
                        "Literals in the input do not match the format string: '" + text + "'", "HY000", 135219);
            }
            return;
        }
        throw new SQLException("Literals in the input do not match the format string: '" + text + "'", "HY000", 135224);
    }

    // ---- what the server learns when DDL runs -------------------------------------------------------

    /** Learns what {@code sql}, which has just run, created, changed or dropped. */
    void ran(String sql) {
        List<Token> tokens = Token.scan(sql);
        if (tokens.size() < 3
                || (!tokens.get(0).isWord("CREATE")
                        && !tokens.get(0).isWord("DROP")
                        && !tokens.get(0).isWord("ALTER"))) {
            return;
        }
        boolean sequence = tokens.get(1).isWord("SEQUENCE");
        boolean table = tokens.get(1).isWord("TABLE");
        String name = at(tokens, qualifiedNameEnd(tokens, 2)).name;
        if (name == null || (!sequence && !table)) {
            return;
        }
        if (tokens.get(0).isWord("DROP")) {
            (sequence ? sequences : tables.keySet()).remove(name);
        } else if (sequence) {
            sequences.add(name);
        } else if (tokens.get(0).isWord("CREATE")) {
            tables.put(name, created(tokens));
        } else if (tokens.stream().anyMatch(token -> token.isWord("NEXTVAL"))) {
            tables.compute(
                    name,
                    (key, known) -> known == null ? new Table(List.of(), Set.of(), true) : known.withSequenceDefault());
        }
    }

    private static Table created(List<Token> tokens) {
        List<String> columns = new ArrayList<>();
        Set<String> dateColumns = new HashSet<>();
        boolean sequenceDefault = false;
        for (List<Token> element : columnElements(tokens)) {
            Token first = element.get(0);
            if (TABLE_CONSTRAINTS.contains(first.name)) {
                continue;
            }
            columns.add(first.name);
            if (element.size() > 1 && element.get(1).isWord("DATE")) {
                dateColumns.add(first.name);
            }
            sequenceDefault |= element.stream().anyMatch(token -> token.isWord("NEXTVAL"));
        }
        return new Table(List.copyOf(columns), Set.copyOf(dateColumns), sequenceDefault);
    }

    // ---- statement structure ----------------------------------------------------------------------

    /** The elements of a {@code CREATE TABLE name (...)} list (columns and constraints), none for other statements. */
    private static List<List<Token>> columnElements(List<Token> tokens) {
        if (tokens.size() < 3
                || !tokens.get(0).isWord("CREATE")
                || !tokens.get(1).isWord("TABLE")) {
            return List.of();
        }
        int open = qualifiedNameEnd(tokens, 2) + 1;
        return at(tokens, open).is("(") ? elements(tokens, open) : List.of();
    }

    /** The table of {@code INSERT INTO name ...}, if the server knows it. */
    private Table insertedTable(List<Token> tokens) {
        if (tokens.size() < 3
                || !tokens.get(0).isWord("INSERT")
                || !tokens.get(1).isWord("INTO")) {
            return null;
        }
        String name = at(tokens, qualifiedNameEnd(tokens, 2)).name;
        return name == null ? null : tables.get(name);
    }

    /** The columns an INSERT names, or the table's own columns in order when it names none. */
    private static List<String> insertedColumns(List<Token> tokens, Table table) {
        int open = qualifiedNameEnd(tokens, 2) + 1;
        if (!at(tokens, open).is("(")) {
            return table.columns();
        }
        List<String> columns = new ArrayList<>();
        for (List<Token> element : elements(tokens, open)) {
            columns.add(element.get(element.size() - 1).name);
        }
        return columns;
    }

    /** The rows of an {@code INSERT ... VALUES (...), (...)}, each a list of values (each a list of tokens). */
    private static List<List<List<Token>>> insertedRows(List<Token> tokens) {
        int values = -1;
        for (int i = 0; i < tokens.size() && values < 0; i++) {
            if (tokens.get(i).is("(")) {
                i = close(tokens, i);
            } else if (tokens.get(i).isWord("VALUES")) {
                values = i;
            }
        }
        List<List<List<Token>>> rows = new ArrayList<>();
        for (int open = values + 1; values >= 0 && at(tokens, open).is("("); open = close(tokens, open) + 2) {
            rows.add(elements(tokens, open));
            if (!at(tokens, close(tokens, open) + 1).is(",")) {
                break;
            }
        }
        return rows;
    }

    /** The comma-separated elements inside the parentheses opened at {@code open}. */
    private static List<List<Token>> elements(List<Token> tokens, int open) {
        List<List<Token>> elements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int end = close(tokens, open);
        for (int i = open + 1; i < end; i++) {
            Token token = tokens.get(i);
            if (token.is(",")) {
                elements.add(current);
                current = new ArrayList<>();
            } else if (token.is("(")) {
                int inner = close(tokens, i);
                current.addAll(tokens.subList(i, Math.min(inner + 1, end)));
                i = inner;
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            elements.add(current);
        }
        elements.removeIf(List::isEmpty);
        return elements;
    }

    /** Every select list: the token range from after {@code SELECT} (and DISTINCT, ALL, TOP n) to its end. */
    private static List<int[]> selectLists(List<Token> tokens) {
        List<int[]> lists = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord("SELECT")) {
                continue;
            }
            int start = i + 1;
            while (at(tokens, start).isWord("DISTINCT") || at(tokens, start).isWord("ALL")) {
                start++;
            }
            if (at(tokens, start).isWord("TOP")) {
                start += 2;
            }
            int end = start;
            while (end < tokens.size()
                    && !tokens.get(end).is(")")
                    && !tokens.get(end).is(";")
                    && !(tokens.get(end).kind == Kind.WORD && SELECT_LIST_ENDS.contains(tokens.get(end).name))) {
                end = tokens.get(end).is("(") ? close(tokens, end) + 1 : end + 1;
            }
            lists.add(new int[] {start, Math.min(end, tokens.size())});
        }
        return lists;
    }

    /** Whether the {@code FROM} at {@code index} is the one that ends a select list. */
    private static boolean endsSelectList(List<Token> tokens, int index) {
        for (int[] list : selectLists(tokens)) {
            if (list[1] == index) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last part of the (possibly qualified) name that starts at {@code index}. */
    private static int qualifiedNameEnd(List<Token> tokens, int index) {
        int end = index;
        while (at(tokens, end + 1).is(".") && at(tokens, end + 2).isName()) {
            end += 2;
        }
        return end;
    }

    /** The index of the {@code )} that closes the {@code (} at {@code open} (the last index when unclosed). */
    private static int close(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static Token at(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : Token.NONE;
    }

    // ---- tokens ---------------------------------------------------------------------------------

    private enum Kind {
        WORD,
        QUOTED,
        STRING,
        NUMBER,
        PARAM,
        SYMBOL,
        NONE
    }

    /**
     * One token: its text as written (a string literal's or quoted name's content) and, for names, the
     * name as the server stores it (upper case unless quoted).
     */
    private record Token(Kind kind, String text, String name) {
        static final Token NONE = new Token(Kind.NONE, "", null);

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && name.equals(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The tokens of {@code sql}, without white space and comments. */
        static List<Token> scan(String sql) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                int end;
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                } else if (sql.startsWith("--", i)) {
                    end = sql.indexOf('\n', i);
                    i = end < 0 ? n : end + 1;
                    continue;
                } else if (sql.startsWith("/*", i)) {
                    end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                    continue;
                } else if (c == '\'') {
                    end = i + 1;
                    while (end < n && (sql.charAt(end) != '\'' || (end + 1 < n && sql.charAt(end + 1) == '\''))) {
                        end += sql.charAt(end) == '\'' ? 2 : 1;
                    }
                    tokens.add(new Token(
                            Kind.STRING, sql.substring(i + 1, Math.min(end, n)).replace("''", "'"), null));
                    end++;
                } else if (c == '"') {
                    end = sql.indexOf('"', i + 1);
                    end = end < 0 ? n : end;
                    String name = sql.substring(i + 1, end);
                    tokens.add(new Token(Kind.QUOTED, name, name));
                    end++;
                } else if (Character.isLetter(c) || c == '_') {
                    end = i + 1;
                    while (end < n
                            && (Character.isLetterOrDigit(sql.charAt(end)) || "_$#".indexOf(sql.charAt(end)) >= 0)) {
                        end++;
                    }
                    String word = sql.substring(i, end);
                    tokens.add(new Token(Kind.WORD, word, word.toUpperCase(Locale.ROOT)));
                } else if (Character.isDigit(c)) {
                    end = i + 1;
                    while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                        end++;
                    }
                    tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), null));
                } else if (c == '?') {
                    end = i + 1;
                    tokens.add(new Token(Kind.PARAM, "?", null));
                } else {
                    String two = i + 1 < n ? sql.substring(i, i + 2) : "";
                    end = i + (Set.of("||", "<=", ">=", "<>", "!=").contains(two) ? 2 : 1);
                    tokens.add(new Token(Kind.SYMBOL, sql.substring(i, end), null));
                }
                i = end;
            }
            return tokens;
        }
    }

    /**
     * The reserved words, each with its row of the list measured on the server (keyword, kind, as table, as
     * column, as alias): the data file the project ships, read here without the code that reads it.
     */
    private static Map<String, String[]> reservedWords() {
        Map<String, String[]> words = new HashMap<>();
        InputStream in = StubServerRules.class.getResourceAsStream(RESERVED_WORDS);
        if (in == null) {
            throw new IllegalStateException(RESERVED_WORDS + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] row = line.split("\t");
                    words.put(row[0], row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
