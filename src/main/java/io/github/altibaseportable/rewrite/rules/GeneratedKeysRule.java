package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeyedInsert.Value;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NextValExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Values;

/**
 * Generated keys (docs/altibase.md, "Sequences, defaults and keys"): reads an {@code INSERT INTO t [(cols)] VALUES (...)[, (...)]} for the driver,
 * which learns at execution time which columns of {@code t} take a sequence's next value and then
 * answers {@code getGeneratedKeys()} (see {@link KeyedInsert}). It does so when generated keys are
 * requested, when the statement has a PostgreSQL {@code RETURNING} (removed here; the driver answers it
 * as a result set), and for every multi-row {@code VALUES}, which Altibase rejects for a table with a
 * sequence default and which the driver then sends as {@code INSERT ... SELECT ... UNION ALL}.
 * Upserts, {@code INSERT ... SELECT} and {@code INSERT ... SET} are left alone.
 */
public final class GeneratedKeysRule implements RewriteRule {
    /** What {@link #literal} answers for an expression that is not a literal. */
    private static final Object NOT_A_LITERAL = new Object();

    @Override
    public String name() {
        return "generatedkeys";
    }

    @Override
    public String description() {
        return "INSERT ... VALUES with generated keys, RETURNING or several rows: keys read through the table's "
                + "sequences (CURRVAL, or values drawn beforehand); rows into a table with a sequence default as INSERT ... SELECT";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("RETURNING");
    }

    /** Every {@code INSERT} when identities move past explicit keys: the driver must know which keys it writes. */
    @Override
    public Set<String> triggerWords(RewriteProfile profile) {
        return profile.identitiesPastExplicitKeys() ? Set.of("RETURNING", "INSERT") : triggerWords();
    }

    @Override
    public boolean triggeredByRowLists() {
        return true;
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        if (!(statement.statement() instanceof Insert insert) || !isPlainValues(statement, insert)) {
            return;
        }
        List<ParenthesedExpressionList<?>> rows = rows((Values) insert.getSelect());
        if (rows == null) {
            return;
        }
        boolean needed = context.keys().isRequested() || insert.getReturningClause() != null || rows.size() > 1;
        if (!needed && !context.profile().identitiesPastExplicitKeys()) {
            return;
        }
        try {
            read(statement, insert, rows, needed, context);
        } catch (NotExpressible problem) {
            // Read only to learn the keys it writes, the statement is fine as written.
            if (needed) {
                context.unsupported(problem.getMessage());
            }
        }
    }

    /** {@code INSERT INTO t [(cols)] VALUES ...}: no upsert, no SELECT, no SET, no multi-table insert. */
    private static boolean isPlainValues(ParsedStatement statement, Insert insert) {
        return insert.getTable() != null
                && statement.hasPosition(insert.getTable())
                && insert.getSelect() instanceof Values values
                && statement.hasPosition(values)
                && insert.getConflictAction() == null
                && insert.getDuplicateUpdateSets() == null
                && (insert.getSetUpdateSets() == null
                        || insert.getSetUpdateSets().isEmpty())
                && !insert.isOracleMultiInsert()
                && insert.getOutputClause() == null;
    }

    /** The rows of {@code VALUES}, or {@code null} when they are not bracketed lists (MySQL's {@code ROW(...)}). */
    private static List<ParenthesedExpressionList<?>> rows(Values values) {
        ExpressionList<?> expressions = values.getExpressions();
        if (expressions instanceof ParenthesedExpressionList<?> single) {
            return List.of(single);
        }
        List<ParenthesedExpressionList<?>> rows = new ArrayList<>();
        for (Expression row : expressions) {
            if (!(row instanceof ParenthesedExpressionList<?> list)) {
                return null;
            }
            rows.add(list);
        }
        return rows;
    }

    /** Reads the statement; {@code needed}: for keys or rows, not only to learn the keys it writes (no variant then). */
    private static void read(
            ParsedStatement statement,
            Insert insert,
            List<ParenthesedExpressionList<?>> rows,
            boolean needed,
            RewriteContext context)
            throws NotExpressible {
        List<int[]> brackets = rowBrackets(statement, insert.getSelect(), rows.size());
        QualifiedName table = QualifiedName.written(
                insert.getTable().getSchemaName(), insert.getTable().getName());
        List<String> columns = null;
        if (insert.getColumns() != null) {
            columns = new ArrayList<>();
            for (Column column : insert.getColumns()) {
                columns.add(QualifiedName.written(null, column.getColumnName()).name());
            }
        }
        List<List<Value>> values = new ArrayList<>();
        for (ParenthesedExpressionList<?> row : rows) {
            List<Value> rowValues = new ArrayList<>();
            for (Expression expression : row) {
                rowValues.add(value(statement, expression));
            }
            values.add(rowValues);
        }
        List<String> returning = returning(statement, insert, brackets.get(brackets.size() - 1)[1], context);
        context.keys(new KeyedInsert(
                table, columns, values, returning, statement.parameters().size()));
        int columnsClose = statement.firstToken(insert.getSelect()) - 1;
        boolean columnList =
                columns != null && statement.tokenText(columnsClose).equals(")");
        if (needed && rows.size() == 1 && columnList) {
            context.variant(
                    KeyedInsert.APPEND_KEYS,
                    List.of(
                            Edit.insert(statement.tokenBegin(columnsClose), KeyedInsert.hole(KeyedInsert.KEY_COLUMNS)),
                            Edit.insert(
                                    statement.tokenBegin(brackets.get(0)[1]),
                                    KeyedInsert.hole(KeyedInsert.keysHole(0)))));
        }
        if (rows.size() > 1) {
            context.variant(
                    KeyedInsert.SELECT_ROWS,
                    selectRows(statement, insert, rows, brackets, columnList ? columnsClose : -1));
        }
    }

    /** The {@code [open, close]} tokens of each row of {@code VALUES}. */
    private static List<int[]> rowBrackets(ParsedStatement statement, Object values, int rows) throws NotExpressible {
        List<int[]> brackets = new ArrayList<>();
        for (int[] row :
                TokenSegments.split(statement, statement.firstToken(values) + 1, statement.lastToken(values))) {
            if (!statement.tokenText(row[0]).equals("(") || TokenSegments.closing(statement, row[0]) != row[1]) {
                throw new NotExpressible("the rows of VALUES could not be told apart");
            }
            brackets.add(row);
        }
        if (brackets.size() != rows) {
            throw new NotExpressible("the rows of VALUES could not be told apart");
        }
        return brackets;
    }

    /** What a row gives a column. */
    private static Value value(ParsedStatement statement, Expression expression) throws NotExpressible {
        if (!statement.hasPosition(expression)) {
            throw new NotExpressible("no text position for value " + expression);
        }
        if (expression instanceof JdbcParameter parameter) {
            if (!statement.isBound(parameter)) {
                throw new NotExpressible("value " + statement.text(expression) + " is not a ? the application binds");
            }
            return new Value.Parameter(statement.parameterNumber(parameter));
        }
        if (expression instanceof NextValExpression next) {
            return new Value.NextValue(QualifiedName.written(
                    next.getName().contains(".")
                            ? next.getName().substring(0, next.getName().lastIndexOf('.'))
                            : null,
                    next.getName().substring(next.getName().lastIndexOf('.') + 1)));
        }
        if (expression instanceof Column column) {
            if (column.getTable() == null && column.getColumnName().equalsIgnoreCase("DEFAULT")) {
                return new Value.Default();
            }
            if (column.getTable() != null && column.getColumnName().equalsIgnoreCase("NEXTVAL")) {
                return new Value.NextValue(QualifiedName.written(
                        column.getTable().getSchemaName(), column.getTable().getName()));
            }
        }
        Object literal = literal(expression);
        if (literal != NOT_A_LITERAL) {
            return new Value.Literal(literal);
        }
        return new Value.Expression(statement.text(expression));
    }

    /** The value of a number, string or {@code NULL} literal, or {@link #NOT_A_LITERAL}. */
    private static Object literal(Expression expression) {
        if (expression instanceof NullValue) {
            return null;
        }
        if (expression instanceof StringValue string) {
            return string.getValue().replace("''", "'");
        }
        if (expression instanceof LongValue number) {
            return number.getBigIntegerValue().bitLength() < 64
                    ? (Object) number.getValue()
                    : new BigDecimal(number.getBigIntegerValue());
        }
        if (expression instanceof DoubleValue number) {
            return new BigDecimal(number.toString());
        }
        if (expression instanceof SignedExpression signed && signed.getSign() == '-') {
            Object value = literal(signed.getExpression());
            if (value instanceof Long number) {
                return -number;
            }
            if (value instanceof BigDecimal number) {
                return number.negate();
            }
        }
        return NOT_A_LITERAL;
    }

    /** The columns of {@code RETURNING} (removed from the statement), or {@code null}. */
    private static List<String> returning(
            ParsedStatement statement, Insert insert, int lastRowClose, RewriteContext context) throws NotExpressible {
        ReturningClause clause = insert.getReturningClause();
        if (clause == null) {
            return null;
        }
        if (clause.getDataItems() != null && !clause.getDataItems().isEmpty()) {
            throw new NotExpressible("RETURNING ... INTO is Altibase's own form");
        }
        List<String> columns = new ArrayList<>();
        int last = -1;
        for (SelectItem<?> item : clause) {
            if (!(item.getExpression() instanceof Column column)
                    || item.getAlias() != null
                    || !statement.hasPosition(item)) {
                throw new NotExpressible("RETURNING " + item + ": only columns of the table can be returned");
            }
            columns.add(QualifiedName.written(null, column.getColumnName()).name());
            last = Math.max(last, statement.lastToken(item));
        }
        int keyword = lastRowClose + 1;
        if (!statement.isWord(keyword, "RETURNING")) {
            throw new NotExpressible("RETURNING clause not found in the text");
        }
        context.edit(Edit.delete(statement.tokenEnd(keyword - 1), statement.tokenEnd(last)));
        return columns;
    }

    /**
     * The edits that turn the rows into {@code SELECT ... FROM DUAL UNION ALL SELECT ...}: bare
     * {@code ?} values cast to their column's type (Altibase rejects a bare {@code ?} in a select list),
     * {@code DEFAULT} and sequence values left as holes, and the key columns' holes.
     */
    private static List<Edit> selectRows(
            ParsedStatement statement,
            Insert insert,
            List<ParenthesedExpressionList<?>> rows,
            List<int[]> brackets,
            int columnsClose) {
        List<Edit> edits = new ArrayList<>();
        if (columnsClose >= 0) {
            edits.add(Edit.insert(statement.tokenBegin(columnsClose), KeyedInsert.hole(KeyedInsert.KEY_COLUMNS)));
        }
        edits.add(Edit.replace(statement.begin(insert.getSelect()), statement.tokenEnd(brackets.get(0)[0]), "SELECT "));
        for (int r = 0; r < rows.size(); r++) {
            ParenthesedExpressionList<?> row = rows.get(r);
            int c = 0;
            for (Expression value : row) {
                if (value instanceof JdbcParameter parameter) {
                    edits.add(new Edit(
                            statement.begin(value),
                            statement.end(value),
                            List.of(
                                    new Fragment.Text("CAST("),
                                    new Fragment.Param(statement.parameterNumber(parameter), 0),
                                    new Fragment.Text(" AS " + KeyedInsert.hole(KeyedInsert.typeHole(c)) + ")"))));
                } else if (isDefaultOrNextValue(value)) {
                    edits.add(Edit.replace(
                            statement.begin(value),
                            statement.end(value),
                            KeyedInsert.hole(KeyedInsert.valueHole(r, c))));
                }
                c++;
            }
            String end = (columnsClose >= 0 ? KeyedInsert.hole(KeyedInsert.keysHole(r)) : "") + " FROM DUAL";
            int close = brackets.get(r)[1];
            if (r + 1 < rows.size()) {
                edits.add(Edit.replace(
                        statement.tokenBegin(close),
                        statement.tokenEnd(brackets.get(r + 1)[0]),
                        end + " UNION ALL SELECT "));
            } else {
                edits.add(Edit.replace(statement.tokenBegin(close), statement.tokenEnd(close), end));
            }
        }
        return edits;
    }

    private static boolean isDefaultOrNextValue(Expression value) {
        return value instanceof NextValExpression
                || (value instanceof Column column
                        && (column.getTable() == null
                                ? column.getColumnName().equalsIgnoreCase("DEFAULT")
                                : column.getColumnName().equalsIgnoreCase("NEXTVAL")));
    }
}
