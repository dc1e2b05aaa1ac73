package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * The column definitions of a {@code CREATE TABLE} statement, or of the {@code ADD} and
 * {@code MODIFY} actions of an {@code ALTER TABLE} statement, located in the token stream (JSqlParser
 * records no text position for them).
 */
final class ColumnDefinitions {
    /** Words that start a table constraint rather than a column definition. */
    private static final String[] TABLE_CONSTRAINT = {
        "CONSTRAINT",
        "PRIMARY",
        "UNIQUE",
        "FOREIGN",
        "CHECK",
        "KEY",
        "INDEX",
        "FULLTEXT",
        "SPATIAL",
        "LIKE",
        "EXCLUDE",
        "PARTITION",
        "LOCALUNIQUE"
    };

    /**
     * One column definition: the tokens of its name, of the first word of its type, and its last token.
     */
    record Column(int name, int type, int last) {}

    private ColumnDefinitions() {}

    /**
     * The column definitions of the statement, in text order (an unmodifiable list); empty if it has none or
     * they cannot be read. Read anew by each rule that asks: one pass over the statement's tokens.
     */
    static List<Column> of(ParsedStatement statement) {
        if (statement.statement() instanceof CreateTable create) {
            return ofCreate(statement, create);
        }
        List<Column> columns = new ArrayList<>();
        for (int[] action : AlterActions.of(statement)) {
            if (statement.isAnyWord(action[0], "ADD", "MODIFY")) {
                int first = action[0] + 1;
                if (statement.isWord(first, "COLUMN")) {
                    first++;
                }
                if (statement.isWord(first, "IF")
                        && statement.isWord(first + 1, "NOT")
                        && statement.isWord(first + 2, "EXISTS")) {
                    first += 3;
                }
                if (first > action[1] || statement.isAnyWord(first, TABLE_CONSTRAINT)) {
                    continue;
                }
                if (statement.tokenText(first).equals("(")) {
                    int close = TokenSegments.closing(statement, first);
                    if (close != action[1]) {
                        return List.of();
                    }
                    addColumns(statement, first + 1, close - 1, columns);
                } else {
                    addColumn(first, action[1], columns);
                }
            }
        }
        return List.copyOf(columns);
    }

    /** The brackets around a CREATE TABLE statement's column list: the {@code (} and {@code )} tokens, or null. */
    static int[] columnList(ParsedStatement statement) {
        if (!(statement.statement() instanceof CreateTable create)
                || create.getColumnDefinitions() == null
                || !statement.hasPosition(create.getTable())) {
            return null;
        }
        int open = statement.lastToken(create.getTable()) + 1;
        if (open >= statement.tokenCount() || !statement.tokenText(open).equals("(")) {
            return null;
        }
        int close = TokenSegments.closing(statement, open);
        return close < 0 ? null : new int[] {open, close};
    }

    private static List<Column> ofCreate(ParsedStatement statement, CreateTable create) {
        int[] list = columnList(statement);
        if (list == null) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>();
        addColumns(statement, list[0] + 1, list[1] - 1, columns);
        List<ColumnDefinition> parsed = create.getColumnDefinitions();
        if (columns.size() != parsed.size()) {
            return List.of();
        }
        Iterator<ColumnDefinition> definitions = parsed.iterator(); // get(i) of this list is a scan
        for (Column column : columns) {
            if (!statement.tokenText(column.name()).equals(definitions.next().getColumnName())) {
                return List.of();
            }
        }
        return List.copyOf(columns);
    }

    private static void addColumns(ParsedStatement statement, int from, int to, List<Column> columns) {
        for (int[] element : TokenSegments.split(statement, from, to)) {
            if (!statement.isAnyWord(element[0], TABLE_CONSTRAINT)) {
                addColumn(element[0], element[1], columns);
            }
        }
    }

    private static void addColumn(int first, int last, List<Column> columns) {
        if (last > first) {
            columns.add(new Column(first, first + 1, last));
        }
    }
}
