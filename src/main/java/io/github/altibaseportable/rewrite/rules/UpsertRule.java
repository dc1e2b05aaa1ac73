package io.github.altibaseportable.rewrite.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Upserts: PostgreSQL's {@code INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET
 * v = EXCLUDED.v} becomes
 * {@code MERGE INTO t USING DUAL ON (t.k = ?) WHEN MATCHED THEN UPDATE SET v = ? WHEN NOT MATCHED THEN
 * INSERT (k, v) VALUES (?, ?)}, the application's parameters repeated where the MERGE needs them
 * (parameters in a USING select list are rejected by Altibase, so the row's values are written where
 * they are used). {@code EXCLUDED.c} becomes the value inserted into {@code c}; {@code DO NOTHING}
 * leaves out the WHEN MATCHED branch; a DO UPDATE ... WHERE keeps its condition.
 *
 * <p>Unsupported (sent as written, refused in strict mode): MySQL's {@code ON DUPLICATE KEY UPDATE},
 * which does not say which unique key it means (the MERGE condition cannot be known without the
 * catalog); a conflict target that is not a list of inserted columns (none, {@code ON CONSTRAINT},
 * expressions, partial-index WHERE); several rows or an INSERT ... SELECT; RETURNING; a key value
 * that is DEFAULT or reads a sequence; updating a key column (Altibase does not update the columns of
 * the MERGE condition).
 */
public final class UpsertRule implements RewriteRule {

    @Override
    public String name() {
        return "upserts";
    }

    @Override
    public String description() {
        return "INSERT ... ON CONFLICT (k) DO UPDATE SET ... / DO NOTHING -> MERGE INTO ... USING DUAL ON (...)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("CONFLICT", "DUPLICATE");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        if (!(statement.statement() instanceof Insert insert)) {
            return;
        }
        if (insert.isUseDuplicate()) {
            context.unsupported("ON DUPLICATE KEY UPDATE does not name the key it conflicts on, which Altibase's MERGE "
                    + "needs; write INSERT ... ON CONFLICT (key columns) DO UPDATE ... or MERGE");
            return;
        }
        if (insert.getConflictAction() != null) {
            String problem = new Merge(statement, insert, context).build();
            if (problem != null) {
                context.unsupported(problem);
            }
        }
    }

    /** The MERGE for one INSERT ... ON CONFLICT. */
    private static final class Merge {
        private final ParsedStatement statement;
        private final Insert insert;
        private final RewriteContext context;
        private final List<Column> columns = new ArrayList<>();
        private final List<Expression> values = new ArrayList<>();
        private final List<Fragment> out = new ArrayList<>();

        Merge(ParsedStatement statement, Insert insert, RewriteContext context) {
            this.statement = statement;
            this.insert = insert;
            this.context = context;
        }

        /** Reports the edits, or returns why it cannot (nothing reported then). */
        String build() {
            String problem = readRow();
            if (problem != null) {
                return problem;
            }
            InsertConflictTarget target = insert.getConflictTarget();
            if (target == null || target.getConstraintName() != null || target.getIndexExpression() != null
                    || target.getWhereExpression() != null || target.getIndexColumnNames().isEmpty()) {
                return "ON CONFLICT needs a list of the inserted key columns to become a MERGE condition";
            }
            String qualifier = insert.getTable().getAlias() != null ? insert.getTable().getAlias().getName()
                    : insert.getTable().getName();
            List<Integer> keys = new ArrayList<>();
            for (String key : target.getIndexColumnNames()) {
                int index = columnIndex(key);
                if (index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index))) {
                    return "ON CONFLICT key " + key + " must be an inserted column with a value (not DEFAULT, no sequence)";
                }
                keys.add(index);
            }
            text("MERGE INTO ");
            source(statement.begin(insert.getTable()), statement.end(insert.getTable()));
            if (insert.getTable().getAlias() != null) {
                text(" " + qualifier);
            }
            text(" USING DUAL ON (");
            for (int k = 0; k < keys.size(); k++) {
                text((k == 0 ? "" : " AND ") + qualifier + ".");
                source(columns.get(keys.get(k)));
                text(" = ");
                source(values.get(keys.get(k)));
            }
            text(")");
            InsertConflictAction action = insert.getConflictAction();
            if (action.getConflictActionType() == ConflictActionType.DO_UPDATE) {
                problem = update(action, keys);
                if (problem != null) {
                    return problem;
                }
            }
            insertBranch();
            int last = statement.tokenCount() - 1;
            if (statement.tokenText(last).equals(";")) {
                last--;
            }
            context.edit(new Edit(statement.tokenBegin(0), statement.tokenEnd(last), out));
            return null;
        }

        /** Reads the inserted columns and the one row of values. */
        private String readRow() {
            if (insert.getReturningClause() != null || insert.getWithItemsList() != null) {
                return "INSERT ... ON CONFLICT with RETURNING or WITH has no MERGE form";
            }
            if (insert.getColumns() == null || !(insert.getSelect() instanceof Values rows)
                    || !(rows.getExpressions() instanceof ParenthesedExpressionList<?> row)) {
                return "INSERT ... ON CONFLICT becomes a MERGE only with a column list and one row of VALUES";
            }
            columns.addAll(insert.getColumns());
            values.addAll(row);
            if (columns.size() != values.size() || !statement.hasPosition(insert.getTable())) {
                return "INSERT ... ON CONFLICT: the column list and the values do not match";
            }
            for (Expression value : values) {
                if (Expressions.begin(statement, value) < 0 || Expressions.end(statement, value) < 0) {
                    return "cannot find an inserted value in the text";
                }
            }
            return null;
        }

        /** {@code WHEN MATCHED THEN UPDATE SET ...}; EXCLUDED.c becomes the value inserted into c. */
        private String update(InsertConflictAction action, List<Integer> keys) {
            List<UpdateSet> assignments = new ArrayList<>();
            for (UpdateSet set : action.getUpdateSets()) {
                if (set.getColumns().size() != 1 || set.getValues().size() != 1) {
                    return "DO UPDATE SET (a, b) = (...) has no MERGE form; assign the columns one by one";
                }
                int target = columnIndex(set.getColumns().get(0).getColumnName());
                if (keys.contains(target)) {
                    if (!isExcluded(set.getValues().get(0), target)) {
                        return "DO UPDATE SET changes conflict key " + set.getColumns().get(0)
                                + "; Altibase does not update the columns of the MERGE condition";
                    }
                    continue;
                }
                assignments.add(set);
            }
            Set<Column> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Column column : statement.find(Column.class)) {
                if (column.getTable() != null && "EXCLUDED".equalsIgnoreCase(column.getTable().getName())) {
                    excluded.add(column);
                }
            }
            for (Column reference : excluded) {
                int index = columnIndex(reference.getColumnName());
                if (index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index))) {
                    return "EXCLUDED." + reference.getColumnName() + " must be an inserted column with a value "
                            + "(not DEFAULT, no sequence)";
                }
                context.edit(new Edit(statement.begin(reference), statement.end(reference),
                        List.of(valueOf(values.get(index)))));
            }
            if (assignments.isEmpty()) {
                return null;
            }
            text(" WHEN MATCHED THEN UPDATE SET ");
            for (int i = 0; i < assignments.size(); i++) {
                UpdateSet set = assignments.get(i);
                text(i == 0 ? "" : ", ");
                source(statement.begin(set.getColumns().get(0)), Expressions.end(statement, set.getValues().get(0)));
            }
            if (action.getWhereExpression() != null) {
                text(" WHERE ");
                source(action.getWhereExpression());
            }
            return null;
        }

        /** {@code WHEN NOT MATCHED THEN INSERT (...) VALUES (...)}, leaving out columns inserted as DEFAULT. */
        private void insertBranch() {
            text(" WHEN NOT MATCHED THEN INSERT (");
            List<Integer> inserted = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (!isDefault(values.get(i))) {
                    inserted.add(i);
                }
            }
            for (int i = 0; i < inserted.size(); i++) {
                text(i == 0 ? "" : ", ");
                source(columns.get(inserted.get(i)));
            }
            text(") VALUES (");
            for (int i = 0; i < inserted.size(); i++) {
                text(i == 0 ? "" : ", ");
                source(values.get(inserted.get(i)));
            }
            text(")");
        }

        private int columnIndex(String name) {
            String key = JoinScope.key(name);
            for (int i = 0; i < columns.size(); i++) {
                if (JoinScope.key(columns.get(i).getColumnName()).equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether {@code value} is {@code EXCLUDED.c} for inserted column {@code index}. */
        private boolean isExcluded(Expression value, int index) {
            return value instanceof Column column && column.getTable() != null
                    && "EXCLUDED".equalsIgnoreCase(column.getTable().getName())
                    && columnIndex(column.getColumnName()) == index;
        }

        private static boolean isDefault(Expression value) {
            return value instanceof Column column && column.getTable() == null
                    && "DEFAULT".equalsIgnoreCase(column.getColumnName());
        }

        /** Whether the text of {@code value} reads a sequence ({@code s.NEXTVAL}, {@code NEXT VALUE FOR s}, ...). */
        private boolean readsSequence(Expression value) {
            int from = Expressions.firstTokenFrom(statement, Expressions.begin(statement, value));
            int to = Expressions.firstTokenFrom(statement, Expressions.end(statement, value));
            for (int token = from; token < to; token++) {
                if (statement.isAnyWord(token, "NEXTVAL", "CURRVAL")
                        || statement.isWord(token, "NEXT") && statement.isWord(token + 1, "VALUE")) {
                    return true;
                }
            }
            return false;
        }

        private Fragment valueOf(Expression value) {
            return new Fragment.Source(Expressions.begin(statement, value), Expressions.end(statement, value));
        }

        private void text(String sql) {
            out.add(new Fragment.Text(sql));
        }

        private void source(int begin, int end) {
            out.add(new Fragment.Source(begin, end));
        }

        private void source(Expression expression) {
            out.add(valueOf(expression));
        }
    }
}
