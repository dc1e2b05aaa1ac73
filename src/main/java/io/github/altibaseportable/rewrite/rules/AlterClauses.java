package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * The comma-separated clauses of an {@code ALTER TABLE} statement, each with the parser's reading of it,
 * and the column definitions of {@code ADD [COLUMN] [IF NOT EXISTS] def} and {@code ADD (def, ...)}.
 */
final class AlterClauses {

    /** One clause: its tokens and what the parser read. */
    record Clause(int first, int last, AlterExpression expression) {}

    /**
     * The columns an {@code ADD} clause adds: whether they are already in brackets (tokens {@code open}
     * and {@code close}; -1 otherwise), each definition's tokens, and the parser's reading of each.
     */
    record AddedColumns(
            Clause clause, int open, int close, List<int[]> definitions, List<AlterExpression.ColumnDataType> columns) {
        boolean bracketed() {
            return open >= 0;
        }

        int firstDefinition() {
            return definitions.get(0)[0];
        }

        int lastDefinition() {
            return definitions.get(definitions.size() - 1)[1];
        }
    }

    private AlterClauses() {}

    /** The clauses of {@code alter}; empty when the text and the parser disagree on how many there are. */
    static List<Clause> of(ParsedStatement statement, Alter alter) {
        List<Clause> clauses = new ArrayList<>();
        List<AlterExpression> expressions = alter.getAlterExpressions();
        List<int[]> ranges = AlterActions.of(statement);
        for (int i = 0; i < ranges.size(); i++) {
            clauses.add(new Clause(ranges.get(i)[0], ranges.get(i)[1], expressions.get(i)));
        }
        return clauses;
    }

    /** Whether some clause of {@code alter} adds columns. */
    static boolean addsColumns(Alter alter) {
        if (alter.getAlterExpressions() != null) {
            for (AlterExpression expression : alter.getAlterExpressions()) {
                if (isAddColumns(expression)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code expression} adds columns, each with a type: the parser also reads other {@code ADD}
     * clauses ({@code ADD PARTITION (...)}) as a column without one, and those are left alone.
     */
    private static boolean isAddColumns(AlterExpression expression) {
        List<AlterExpression.ColumnDataType> columns = expression.getColDataTypeList();
        if (expression.getOperation() != AlterOperation.ADD || columns == null || columns.isEmpty()) {
            return false;
        }
        for (AlterExpression.ColumnDataType column : columns) {
            if (column.getColDataType() == null) {
                return false;
            }
        }
        return true;
    }

    /** The columns {@code clause} adds, or {@code null} when it adds none. */
    static AddedColumns addedColumns(ParsedStatement statement, Clause clause) throws NotExpressible {
        if (!isAddColumns(clause.expression()) || !statement.isWord(clause.first(), "ADD")) {
            return null;
        }
        int i = clause.first() + 1;
        if (statement.isWord(i, "COLUMN")) {
            i++;
        }
        if (statement.isWord(i, "IF") && statement.isWord(i + 1, "NOT") && statement.isWord(i + 2, "EXISTS")) {
            i += 3;
        }
        List<AlterExpression.ColumnDataType> columns = clause.expression().getColDataTypeList();
        List<int[]> definitions;
        int open = -1;
        int close = -1;
        if (statement.tokenText(i).equals("(")) {
            open = i;
            close = TokenSegments.closing(statement, open);
            if (close != clause.last()) {
                throw new NotExpressible("text after the added columns' closing bracket");
            }
            definitions = TokenSegments.split(statement, open + 1, close - 1);
        } else {
            definitions = List.of(new int[] {i, clause.last()});
        }
        if (definitions.size() != columns.size()) {
            throw new NotExpressible("the added columns could not be told apart");
        }
        return new AddedColumns(clause, open, close, definitions, columns);
    }
}
