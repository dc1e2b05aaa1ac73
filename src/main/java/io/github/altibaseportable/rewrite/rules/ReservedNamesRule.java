package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Names that are Altibase reserved words ({@code sequence}, {@code level}, {@code mode}; see
 * {@link ReservedWords}) written unquoted, as H2, HSQLDB, MySQL and PostgreSQL take them: each one is
 * quoted in upper case, which is what Altibase stores for the unquoted name, so {@code "SEQUENCE"} is the
 * same table however the application spells it. Table (and other object) names are quoted when the word
 * fails as a table name, columns and aliases when it fails as a column name or alias; a word standing
 * where it is a keyword or a value ({@code NULL}, {@code DEFAULT}, {@code ROWNUM}, {@code LEVEL} in a
 * {@code CONNECT BY} query) stays as it is.
 */
public final class ReservedNamesRule implements RewriteRule {
    /**
     * Reserved words this rule does not look for: the clause keywords of SQL, which the applications' own
     * databases reserve as well (so they never stand there as unquoted names), and the words of statements
     * applications send as they are (window functions, {@code CAST}, {@code MERGE}, savepoints,
     * {@code TOP}, {@code WAIT}, {@code EXEC}), so that those statements are not parsed for this rule.
     */
    static final Set<String> CLAUSE_KEYWORDS = Set.of(
            "ADD",
            "ALL",
            "ALTER",
            "AND",
            "ANY",
            "AS",
            "ASC",
            "BETWEEN",
            "BY",
            "CASE",
            "CAST",
            "CONNECT",
            "CONSTRAINT",
            "CREATE",
            "CROSS",
            "DEFAULT",
            "DELETE",
            "DESC",
            "DISTINCT",
            "DROP",
            "ELSE",
            "ESCAPE",
            "EXISTS",
            "FALSE",
            "FETCH",
            "FOR",
            "FOREIGN",
            "FROM",
            "FULL",
            "GRANT",
            "GROUP",
            "HAVING",
            "IN",
            "INNER",
            "INSERT",
            "INTERSECT",
            "INTO",
            "IS",
            "JOIN",
            "LATERAL",
            "LEFT",
            "LIKE",
            "MERGE",
            "MINUS",
            "NOT",
            "NULL",
            "OF",
            "ON",
            "OR",
            "ORDER",
            "OUTER",
            "OVER",
            "PARTITION",
            "PRIMARY",
            "PRIOR",
            "REFERENCES",
            "RIGHT",
            "ROWNUM",
            "SELECT",
            "SET",
            "SOME",
            "TABLE",
            "THEN",
            "TO",
            "TRUE",
            "UNION",
            "UNIQUE",
            "UPDATE",
            "USING",
            "VALUES",
            "WHEN",
            "WHERE",
            "WITH",
            "ROLLBACK",
            "SAVEPOINT",
            "EXEC",
            "WAIT",
            "TOP");
    /** Words that, where a column could stand, are Altibase values or operators rather than names. */
    private static final Set<String> VALUE_WORDS = Set.of(
            "NULL", "TRUE", "FALSE", "DEFAULT", "ROWNUM", "_PROWID", "SQLCODE", "SQLERRM", "PRIOR", "CONNECT_BY_ROOT");
    /**
     * {@code ALTER TABLE t DROP COLUMN a}, {@code RENAME COLUMN a TO b} (column names) and
     * {@code RENAME TO a} (a table name), which JSqlParser cannot read when a name is a reserved word:
     * the text before the names, the names {@code a} and {@code b} (possibly empty) and what lies around them.
     */
    private static final String ALTER_TABLE =
            "(?is)(?<head>\\s*ALTER\\s+TABLE\\s+" + Identifiers.QUALIFIED_NAME + "\\s+";

    private static final String NAME = "(?<a>" + Identifiers.NAME + ")";
    private static final Map<Pattern, Set<String>> ALTER_NAMES = Map.of(
            Pattern.compile(ALTER_TABLE + "DROP\\s+COLUMN\\s+)" + NAME + "(?<mid>)(?<b>)(?<rest>.*)"),
            ReservedWords.COLUMN_NAMES,
            Pattern.compile(ALTER_TABLE + "RENAME\\s+COLUMN\\s+)" + NAME + "(?<mid>\\s+TO\\s+)(?<b>" + Identifiers.NAME
                    + ")(?<rest>.*)"),
            ReservedWords.COLUMN_NAMES,
            Pattern.compile(ALTER_TABLE + "RENAME\\s+TO\\s+)" + NAME + "(?<mid>)(?<b>)(?<rest>.*)"),
            ReservedWords.TABLE_NAMES);
    private static final Set<String> TRIGGER_WORDS = triggerWords(ReservedWords.TABLE_NAMES);
    private static final Set<String> QUALIFIED_TRIGGER_WORDS = triggerWords(ReservedWords.COLUMN_NAMES);

    @Override
    public String name() {
        return "reservednames";
    }

    @Override
    public String description() {
        return "names that are Altibase reserved words (sequence, level, mode, ...) -> \"SEQUENCE\", \"LEVEL\", ...";
    }

    @Override
    public Set<String> triggerWords() {
        return TRIGGER_WORDS;
    }

    /** Every reserved word, the clause keywords included: a statement parsed anyway has them quoted as names. */
    @Override
    public Set<String> namesRewritten() {
        return ReservedWords.TABLE_NAMES;
    }

    /** A column name after its table's name or alias: {@code s1_0.level}, as Hibernate writes every column. */
    @Override
    public Set<String> qualifiedTriggerWords() {
        return QUALIFIED_TRIGGER_WORDS;
    }

    private static Set<String> triggerWords(Set<String> reserved) {
        Set<String> words = new HashSet<>(reserved);
        words.removeAll(CLAUSE_KEYWORDS);
        return Set.copyOf(words);
    }

    /**
     * {@code ALTER TABLE t DROP COLUMN level}, {@code ALTER TABLE t RENAME COLUMN level TO depth} and
     * {@code ALTER TABLE t RENAME TO sequence}, which JSqlParser cannot read with the reserved word
     * unquoted, are planned with it quoted.
     */
    @Override
    public StatementPlan planUnparsed(String sql, Replanner replanner) {
        for (Map.Entry<Pattern, Set<String>> form : ALTER_NAMES.entrySet()) {
            Matcher alter = form.getKey().matcher(sql);
            if (alter.matches()) {
                String equivalent = alter.group("head")
                        + quoted(alter.group("a"), form.getValue())
                        + alter.group("mid")
                        + quoted(alter.group("b"), form.getValue())
                        + alter.group("rest");
                return equivalent.equals(sql) ? null : replanner.plan(equivalent);
            }
        }
        return null;
    }

    /** {@code name} quoted in upper case if it is an unquoted word of {@code reserved}, else as written. */
    private static String quoted(String name, Set<String> reserved) {
        String upper = Identifiers.upper(name);
        return reserved.contains(upper) ? '"' + upper + '"' : name;
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        Quoting quoting = new Quoting(statement, context);
        for (Table table : statement.find(Table.class)) {
            if (statement.hasPosition(table)) {
                int name = statement.firstToken(table);
                while (name + 2 <= statement.lastToken(table)
                        && statement.tokenText(name + 1).equals(".")) {
                    name += 2;
                }
                quoting.quote(name, ReservedWords.TABLE_NAMES);
                alias(statement, quoting, table.getAlias(), name + 1);
            }
        }
        boolean hierarchical = hierarchical(statement);
        for (Column column : statement.find(Column.class)) {
            if (statement.hasPosition(column)) {
                column(statement, quoting, column, hierarchical);
            }
        }
        for (ColumnDefinitions.Column definition : ColumnDefinitions.of(statement)) {
            quoting.quote(definition.name(), ReservedWords.COLUMN_NAMES);
        }
        for (SelectItem<?> item : statement.find(SelectItem.class)) {
            if (item.getAlias() != null && statement.hasPosition(item.getExpression())) {
                alias(statement, quoting, item.getAlias(), statement.lastToken(item.getExpression()) + 1);
            }
        }
        columnLists(statement, quoting);
        alteredColumns(statement, quoting);
    }

    /** The column of {@code ALTER TABLE t ALTER [COLUMN] c ...}. */
    private static void alteredColumns(ParsedStatement statement, Quoting quoting) {
        for (int[] action : AlterActions.of(statement)) {
            if (statement.isWord(action[0], "ALTER")) {
                int name = statement.isWord(action[0] + 1, "COLUMN") ? action[0] + 2 : action[0] + 1;
                if (name <= action[1] && !CLAUSE_KEYWORDS.contains(Identifiers.upper(statement.tokenText(name)))) {
                    quoting.quote(name, ReservedWords.COLUMN_NAMES);
                }
            }
        }
    }

    /** A column reference: its name, and the table (or alias) that qualifies it. */
    private static void column(ParsedStatement statement, Quoting quoting, Column column, boolean hierarchical) {
        int name = statement.lastToken(column);
        String word = statement.tokenText(name).toUpperCase(Locale.ROOT);
        if (name == statement.firstToken(column)
                && (VALUE_WORDS.contains(word) || (hierarchical && word.equals("LEVEL")))) {
            return;
        }
        quoting.quote(name, ReservedWords.COLUMN_NAMES);
        if (name - 2 >= statement.firstToken(column)
                && statement.tokenText(name - 1).equals(".")) {
            quoting.quote(name - 2, ReservedWords.TABLE_NAMES);
        }
    }

    /** The alias written from token {@code from} ({@code [AS] alias}), if there is one. */
    private static void alias(ParsedStatement statement, Quoting quoting, Alias alias, int from) {
        if (alias == null) {
            return;
        }
        int token = statement.isWord(from, "AS") ? from + 1 : from;
        if (token < statement.tokenCount() && statement.tokenText(token).equals(alias.getName())) {
            quoting.quote(token, ReservedWords.ALIASES);
        }
    }

    /**
     * Column names in brackets that JSqlParser keeps as text: key columns ({@code PRIMARY KEY (a)},
     * {@code UNIQUE (a)}, {@code REFERENCES t (a)}) and the columns of {@code CREATE INDEX ... ON t (a)}.
     */
    private static void columnLists(ParsedStatement statement, Quoting quoting) {
        int indexColumns = -1;
        if (statement.statement() instanceof CreateIndex index
                && index.getTable() != null
                && statement.hasPosition(index.getTable())) {
            indexColumns = statement.lastToken(index.getTable()) + 1;
        }
        for (int i = 1; i < statement.tokenCount(); i++) {
            if (!statement.tokenText(i).equals("(")) {
                continue;
            }
            boolean keyList = statement.isAnyWord(i - 1, "KEY", "UNIQUE")
                    || (i >= 2 && statement.isWord(i - 2, "REFERENCES"))
                    || (i >= 4
                            && statement.isWord(i - 4, "REFERENCES")
                            && statement.tokenText(i - 2).equals("."));
            if (!keyList && i != indexColumns) {
                continue;
            }
            int close = TokenSegments.closing(statement, i);
            if (close > i + 1) {
                for (int[] element : TokenSegments.split(statement, i + 1, close - 1)) {
                    quoting.quote(element[0], ReservedWords.COLUMN_NAMES);
                }
            }
        }
    }

    /** Whether the statement is a hierarchical query, where {@code LEVEL} is the depth of a row. */
    private static boolean hierarchical(ParsedStatement statement) {
        for (int i = 0; i + 1 < statement.tokenCount(); i++) {
            if (statement.isWord(i, "CONNECT") && statement.isWord(i + 1, "BY")) {
                return true;
            }
        }
        return false;
    }

    /** Quotes tokens, each once. */
    private static final class Quoting {
        private final ParsedStatement statement;
        private final RewriteContext context;
        private final Set<Integer> done = new HashSet<>();

        Quoting(ParsedStatement statement, RewriteContext context) {
            this.statement = statement;
            this.context = context;
        }

        /** Quotes token {@code index} if it is an unquoted word of {@code reserved}. */
        void quote(int index, Set<String> reserved) {
            String token = statement.tokenText(index);
            String spelled = quoted(token, reserved);
            if (!spelled.equals(token) && done.add(index)) {
                context.edit(Edit.replace(statement.tokenBegin(index), statement.tokenEnd(index), spelled));
            }
        }
    }
}
