package io.github.altibaseportable.rewrite.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.UniqueKeys;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
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
 * <p>MySQL's {@code INSERT ... ON DUPLICATE KEY UPDATE} names no key: the rule asks for the table's
 * primary and unique keys ({@link RewriteContext#uniqueKeys}, which the driver reads from the catalog)
 * and matches on the one key whose columns the row inserts with a value. {@code VALUES(c)} and a row
 * alias's {@code new.c} become the value inserted into {@code c}. When the row sets no key, nothing can
 * conflict and the clause is dropped (a plain INSERT).
 *
 * <p>Unsupported (sent as written, refused in strict mode): a conflict target that is not a list of
 * inserted columns (none, {@code ON CONSTRAINT}, expressions, partial-index WHERE); an ON DUPLICATE KEY
 * row that sets several unique keys (MySQL updates the one row that conflicts on any of them; a MERGE
 * matches on one condition); several rows, {@code INSERT ... SET} or an INSERT ... SELECT; RETURNING;
 * {@code INSERT IGNORE} or a priority modifier; a key value that is DEFAULT or reads a sequence;
 * updating a key column (Altibase does not update the columns of the MERGE condition).
 */
public final class UpsertRule implements RewriteRule {

    @Override
    public String name() {
        return "upserts";
    }

    @Override
    public String description() {
        return "INSERT ... ON CONFLICT (k) DO UPDATE SET ... / DO NOTHING and INSERT ... ON DUPLICATE KEY UPDATE "
                + "-> MERGE INTO ... USING DUAL ON (...)";
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
        String problem = null;
        if (insert.isUseDuplicate()) {
            problem = onDuplicateKey(new Merge(statement, insert, context), insert, context);
        } else if (insert.getConflictAction() != null) {
            problem = onConflict(new Merge(statement, insert, context), insert);
        }
        if (problem != null) {
            context.unsupported(problem);
        }
    }

    /** PostgreSQL's form: the key is the conflict target. */
    private static String onConflict(Merge merge, Insert insert) {
        String problem = merge.readRow();
        if (problem != null) {
            return problem;
        }
        InsertConflictTarget target = insert.getConflictTarget();
        if (target == null || target.getConstraintName() != null || target.getIndexExpression() != null
                || target.getWhereExpression() != null || target.getIndexColumnNames().isEmpty()) {
            return "ON CONFLICT needs a list of the inserted key columns to become a MERGE condition";
        }
        List<Integer> keys = new ArrayList<>();
        for (String key : target.getIndexColumnNames()) {
            int index = merge.valuedColumn(QualifiedName.stored(key));
            if (index < 0) {
                return "ON CONFLICT key " + key + " must be an inserted column with a value (not DEFAULT, no sequence)";
            }
            keys.add(index);
        }
        InsertConflictAction action = insert.getConflictAction();
        return action.getConflictActionType() == ConflictActionType.DO_UPDATE
                ? merge.build(keys, action.getUpdateSets(), action.getWhereExpression())
                : merge.build(keys, List.of(), null);
    }

    /** MySQL's form: the key is the one unique key of the table the row sets. */
    private static String onDuplicateKey(Merge merge, Insert insert, RewriteContext context) {
        if (insert.isModifierIgnore() || insert.getModifierPriority() != null) {
            return "INSERT IGNORE and priority modifiers have no MERGE form";
        }
        String problem = merge.readRow();
        if (problem != null) {
            return problem;
        }
        UniqueKeys facts = context.uniqueKeys(QualifiedName.written(insert.getTable().getSchemaName(),
                insert.getTable().getName()));
        if (facts == null) {
            return null; // planned again with them
        }
        List<List<Integer>> keysSet = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        candidates.add(facts.primaryKey());
        candidates.addAll(facts.uniqueKeys());
        for (List<String> key : candidates) {
            List<Integer> indexes = merge.valuedColumns(key);
            if (indexes != null && keysSet.stream().noneMatch(known -> Set.copyOf(known).equals(Set.copyOf(indexes)))) {
                keysSet.add(indexes);
            }
        }
        if (keysSet.isEmpty()) {
            merge.dropDuplicateClause();
            return null;
        }
        if (keysSet.size() > 1) {
            return "ON DUPLICATE KEY UPDATE: the row sets " + keysSet.size() + " unique keys of " + facts.table()
                    + " and a MERGE matches on one; write INSERT ... ON CONFLICT (key columns) DO UPDATE ...";
        }
        return merge.build(keysSet.get(0), insert.getDuplicateUpdateSets(), null);
    }

    /** {@link Merge#referencedColumn}: not a reference to the inserted row. */
    private static final int NOT_A_REFERENCE = -2;

    /** The MERGE for one upsert. */
    private static final class Merge {
        private final ParsedStatement statement;
        private final Insert insert;
        private final RewriteContext context;
        private final List<Column> columns = new ArrayList<>();
        private final List<Expression> values = new ArrayList<>();
        private final List<Fragment> out = new ArrayList<>();
        /** MySQL's row alias ({@code VALUES (...) AS new}), its column names (empty: those inserted). */
        private String rowAlias;
        private final List<String> rowAliasColumns = new ArrayList<>();
        /** The position of each inserted column, and of each column the row alias names, by stored name (the first). */
        private final Map<String, Integer> columnIndexes = new HashMap<>();
        private final Map<String, Integer> rowAliasIndexes = new HashMap<>();

        Merge(ParsedStatement statement, Insert insert, RewriteContext context) {
            this.statement = statement;
            this.insert = insert;
            this.context = context;
        }

        /**
         * Reports the MERGE matching on the inserted columns {@code keys}, updating with {@code sets} (none:
         * no WHEN MATCHED branch) where {@code where} holds ({@code null}: always), or returns why it cannot
         * (nothing reported then).
         */
        String build(List<Integer> keys, List<UpdateSet> sets, Expression where) {
            String qualifier = qualifier();
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
            String problem = update(sets, where, keys);
            if (problem != null) {
                return problem;
            }
            insertBranch();
            context.edit(new Edit(statement.tokenBegin(0), statement.tokenEnd(lastToken()), out));
            return null;
        }

        /** A plain INSERT: the ON DUPLICATE KEY UPDATE clause (and the row alias) left out. */
        void dropDuplicateClause() {
            int closing = Expressions.firstTokenFrom(statement, Expressions.end(statement, values.get(values.size() - 1)));
            context.edit(new Edit(statement.tokenEnd(closing), statement.tokenEnd(lastToken()), List.of()));
        }

        /** The last token of the statement, a final {@code ;} left out. */
        private int lastToken() {
            int last = statement.tokenCount() - 1;
            return statement.tokenText(last).equals(";") ? last - 1 : last;
        }

        /** Reads the inserted columns and the one row of values; returns why it cannot, or {@code null}. */
        String readRow() {
            if (insert.getReturningClause() != null || insert.getWithItemsList() != null) {
                return "an upsert with RETURNING or WITH has no MERGE form";
            }
            if (insert.getColumns() == null || !(insert.getSelect() instanceof Values rows)
                    || !(rows.getExpressions() instanceof ParenthesedExpressionList<?> row)) {
                return "an upsert becomes a MERGE only with a column list and one row of VALUES";
            }
            columns.addAll(insert.getColumns());
            values.addAll(row);
            for (int i = 0; i < columns.size(); i++) {
                columnIndexes.putIfAbsent(QualifiedName.stored(columns.get(i).getColumnName()), i);
            }
            if (columns.size() != values.size() || !statement.hasPosition(insert.getTable())) {
                return "upsert: the column list and the values do not match";
            }
            for (Expression value : values) {
                if (Expressions.begin(statement, value) < 0 || Expressions.end(statement, value) < 0) {
                    return "cannot find an inserted value in the text";
                }
            }
            if (rows.getAlias() != null) {
                rowAlias = QualifiedName.stored(rows.getAlias().getName());
                if (rows.getAlias().getAliasColumns() != null) {
                    for (Alias.AliasColumn column : rows.getAlias().getAliasColumns()) {
                        rowAliasIndexes.putIfAbsent(QualifiedName.stored(column.name), rowAliasColumns.size());
                        rowAliasColumns.add(QualifiedName.stored(column.name));
                    }
                    if (rowAliasColumns.size() != columns.size()) {
                        return "upsert: the row alias names " + rowAliasColumns.size() + " columns for "
                                + columns.size() + " values";
                    }
                }
            }
            return null;
        }

        /**
         * The position of the inserted column of stored name {@code name} when its value is one (not
         * DEFAULT, not read from a sequence), else -1.
         */
        int valuedColumn(String name) {
            int index = columnIndex(name);
            return index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index)) ? -1 : index;
        }

        /** The positions of the columns of stored names {@code names} when each is {@link #valuedColumn}, else {@code null}. */
        List<Integer> valuedColumns(List<String> names) {
            if (names.isEmpty()) {
                return null;
            }
            List<Integer> indexes = new ArrayList<>();
            for (String name : names) {
                int index = valuedColumn(name);
                if (index < 0) {
                    return null;
                }
                indexes.add(index);
            }
            return indexes;
        }

        /**
         * {@code WHEN MATCHED THEN UPDATE SET ...}; each reference to the inserted row (EXCLUDED.c,
         * VALUES(c), new.c) becomes the value inserted into c. Assignments of a key column to itself are
         * left out.
         */
        private String update(List<UpdateSet> sets, Expression where, List<Integer> keys) {
            if (sets.isEmpty()) {
                return null;
            }
            List<UpdateSet> assignments = new ArrayList<>();
            for (UpdateSet set : sets) {
                if (set.getColumns().size() != 1 || set.getValues().size() != 1) {
                    return "UPDATE SET (a, b) = (...) has no MERGE form; assign the columns one by one";
                }
                int target = columnIndex(QualifiedName.stored(set.getColumns().get(0).getColumnName()));
                if (keys.contains(target)) {
                    Expression value = set.getValues().get(0);
                    if (referencedColumn(value) != target && !isColumnOfTarget(value, target)) {
                        return "the upsert changes key column " + set.getColumns().get(0)
                                + "; Altibase does not update the columns of the MERGE condition";
                    }
                    continue;
                }
                assignments.add(set);
            }
            int from = statement.begin(sets.get(0).getColumns().get(0));
            Set<Expression> references = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Class<? extends Expression> type : List.of(Column.class, Function.class)) {
                for (Expression expression : statement.find(type)) {
                    if (referencedColumn(expression) != NOT_A_REFERENCE && Expressions.begin(statement, expression) >= from) {
                        references.add(expression);
                    }
                }
            }
            for (Expression reference : references) {
                int index = referencedColumn(reference);
                if (index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index))) {
                    return reference + " must name an inserted column with a value (not DEFAULT, no sequence)";
                }
                context.edit(new Edit(Expressions.begin(statement, reference), Expressions.end(statement, reference),
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
            if (where != null) {
                text(" WHERE ");
                source(where);
            }
            return null;
        }

        /** Whether {@code value} is inserted column {@code index} of the row being updated ({@code SET k = k}). */
        private boolean isColumnOfTarget(Expression value, int index) {
            if (!(value instanceof Column column) || columnIndex(QualifiedName.stored(column.getColumnName())) != index) {
                return false;
            }
            if (column.getTable() == null || column.getTable().getName() == null) {
                return true;
            }
            return QualifiedName.stored(column.getTable().getName()).equals(QualifiedName.stored(qualifier()));
        }

        /**
         * The name the MERGE calls the table by: its alias, else its name; a MySQL backquoted name spelled
         * for Altibase (this rule writes it, so the backticks rule does not see it).
         */
        private String qualifier() {
            String name = insert.getTable().getAlias() != null ? insert.getTable().getAlias().getName()
                    : insert.getTable().getName();
            String spelled = Identifiers.spelling(name);
            return spelled == null ? name : spelled;
        }

        /**
         * For a reference to the inserted row ({@code EXCLUDED.c} after ON CONFLICT; {@code VALUES(c)} or
         * {@code alias.c} after ON DUPLICATE KEY UPDATE), the position of inserted column c (-1: not
         * inserted); else {@link #NOT_A_REFERENCE}.
         */
        private int referencedColumn(Expression expression) {
            if (expression instanceof Column column && column.getTable() != null && column.getTable().getName() != null) {
                String table = QualifiedName.stored(column.getTable().getName());
                String name = QualifiedName.stored(column.getColumnName());
                if (!insert.isUseDuplicate()) {
                    return table.equals("EXCLUDED") ? columnIndex(name) : NOT_A_REFERENCE;
                }
                if (table.equals(rowAlias) && column.getTable().getSchemaName() == null) {
                    return rowAliasColumns.isEmpty() ? columnIndex(name) : rowAliasIndexes.getOrDefault(name, -1);
                }
            } else if (insert.isUseDuplicate() && expression instanceof Function function
                    && "VALUES".equalsIgnoreCase(function.getName()) && function.getParameters() != null
                    && function.getParameters().size() == 1
                    && function.getParameters().get(0) instanceof Column column && column.getTable() == null) {
                return columnIndex(QualifiedName.stored(column.getColumnName()));
            }
            return NOT_A_REFERENCE;
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

        /** The position of the inserted column of stored name {@code name}, or -1. */
        private int columnIndex(String name) {
            return columnIndexes.getOrDefault(name, -1);
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
