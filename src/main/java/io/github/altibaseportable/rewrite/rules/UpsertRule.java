package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ConflictTargets;
import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * primary and unique keys ({@link RewriteContext#conflictTargets}, which the driver reads from the catalog)
 * and matches on the one key whose columns the row inserts with a value. {@code VALUES(c)} and a row
 * alias's {@code new.c} become the value inserted into {@code c}. When the row sets no key, nothing can
 * conflict and the clause is dropped (a plain INSERT).
 *
 * <p>MySQL's {@code INSERT IGNORE} (skip a row that would duplicate a unique key) becomes the MERGE with
 * no WHEN MATCHED branch, matching on every unique key the row sets with a value (joined by OR); a row
 * that sets none is a plain INSERT. Only duplicate keys are skipped: other errors MySQL's IGNORE turns
 * into warnings still fail. An INSERT without a column list takes the table's columns from the catalog
 * ({@link io.github.altibaseportable.rewrite.ConflictTargets#columns}), for any of these forms.
 *
 * <p>Unsupported (sent as written, refused in strict mode): a conflict target that is not a list of
 * inserted columns (none, {@code ON CONSTRAINT}, expressions, partial-index WHERE); an ON DUPLICATE KEY
 * row that sets several unique keys (MySQL updates the one row that conflicts on any of them; a MERGE
 * matches on one condition); several rows, {@code INSERT ... SET} or an INSERT ... SELECT; RETURNING;
 * {@code INSERT IGNORE ... ON DUPLICATE KEY UPDATE} or a priority modifier; a key value that is DEFAULT or
 * reads a sequence; updating a key column (Altibase does not update the columns of the MERGE condition);
 * a row without a column list whose values do not match the table's columns.
 */
public final class UpsertRule implements RewriteRule {

    @Override
    public String name() {
        return "upserts";
    }

    @Override
    public String description() {
        return "INSERT ... ON CONFLICT (k) DO UPDATE SET ... / DO NOTHING, INSERT ... ON DUPLICATE KEY UPDATE and "
                + "INSERT IGNORE -> MERGE INTO ... USING DUAL ON (...)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("CONFLICT", "DUPLICATE", "IGNORE");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        if (!(statement.statement() instanceof Insert insert)) {
            return;
        }
        Merge merge = new Merge(statement, insert, context);
        String problem;
        if (onDuplicateKeyUpdate(insert)) {
            problem = onDuplicateKey(merge, insert);
        } else if (insert.getConflictAction() != null) {
            problem = onConflict(merge, insert);
        } else if (insert.isModifierIgnore()) {
            problem = insertIgnore(merge, insert);
        } else {
            return;
        }
        if (problem != null) {
            context.unsupported(problem);
        }
    }

    /** PostgreSQL's form: the key is the conflict target. */
    private static String onConflict(Merge merge, Insert insert) {
        InsertConflictTarget target = insert.getConflictTarget();
        if (target == null
                || target.getConstraintName() != null
                || target.getIndexExpression() != null
                || target.getWhereExpression() != null
                || target.getIndexColumnNames().isEmpty()) {
            return "ON CONFLICT needs a list of the inserted key columns to become a MERGE condition";
        }
        String problem = merge.read(false);
        if (problem != null || merge.waitsForCatalog()) {
            return problem;
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
                ? merge.build(List.of(keys), action.getUpdateSets(), action.getWhereExpression())
                : merge.build(List.of(keys), List.of(), null);
    }

    /** MySQL's form: the key is the one unique key of the table the row sets. */
    private static String onDuplicateKey(Merge merge, Insert insert) {
        if (insert.isModifierIgnore() || insert.getModifierPriority() != null) {
            return "INSERT IGNORE ... ON DUPLICATE KEY UPDATE and priority modifiers have no MERGE form";
        }
        String problem = merge.read(true);
        if (problem != null || merge.waitsForCatalog()) {
            return problem;
        }
        List<List<Integer>> keysSet = merge.keysSet();
        if (keysSet.isEmpty()) {
            merge.dropDuplicateClause();
            return null;
        }
        if (keysSet.size() > 1) {
            return "ON DUPLICATE KEY UPDATE: the row sets " + keysSet.size() + " unique keys of " + merge.facts.table()
                    + " and a MERGE matches on one; write INSERT ... ON CONFLICT (key columns) DO UPDATE ...";
        }
        return merge.build(keysSet, insert.getDuplicateUpdateSets(), null);
    }

    /** MySQL's INSERT IGNORE: the row is inserted unless it duplicates any unique key it sets. */
    private static String insertIgnore(Merge merge, Insert insert) {
        if (insert.getModifierPriority() != null) {
            return "priority modifiers have no MERGE form";
        }
        String problem = merge.read(true);
        if (problem != null || merge.waitsForCatalog()) {
            return problem;
        }
        List<List<Integer>> keysSet = merge.keysSet();
        if (keysSet.isEmpty()) {
            merge.dropIgnore();
            return null;
        }
        return merge.build(keysSet, List.of(), null);
    }

    /** {@link Merge#referencedColumn}: not a reference to the inserted row. */
    private static final int NOT_A_REFERENCE = -2;

    /** The MERGE for one upsert. */
    private static final class Merge {
        private final ParsedStatement statement;
        private final Insert insert;
        private final RewriteContext context;
        /** The inserted columns' stored names, and how the MERGE writes each. */
        private final List<String> names = new ArrayList<>();
        /** The position of each inserted column, and of each column the row alias names, by stored name (the first). */
        private final Map<String, Integer> nameIndexes = new HashMap<>();

        private final Map<String, Integer> rowAliasIndexes = new HashMap<>();
        private final List<Fragment> columnText = new ArrayList<>();
        private final List<Expression> values = new ArrayList<>();
        private final List<Fragment> out = new ArrayList<>();
        /** MySQL's row alias ({@code VALUES (...) AS new}), its column names (empty: those inserted). */
        private String rowAlias;

        private final List<String> rowAliasColumns = new ArrayList<>();
        /** What the catalog holds of the table, when asked for; {@code null} then: planned again with it. */
        private ConflictTargets facts;

        private boolean asked;

        Merge(ParsedStatement statement, Insert insert, RewriteContext context) {
            this.statement = statement;
            this.insert = insert;
            this.context = context;
        }

        /**
         * Reads the row ({@link #readRow}), then, when the table's unique keys are needed ({@code needKeys}) or
         * the INSERT names no columns, asks for what the catalog holds of the table, whose columns stand for
         * the missing list. Returns why there is no MERGE, or {@code null}; see {@link #waitsForCatalog}.
         */
        String read(boolean needKeys) {
            String problem = readRow();
            if (problem != null || (!needKeys && insert.getColumns() != null)) {
                return problem;
            }
            asked = true;
            facts = context.conflictTargets(QualifiedName.written(
                    insert.getTable().getSchemaName(), insert.getTable().getName()));
            if (facts == null || insert.getColumns() != null) {
                return null;
            }
            if (facts.columns().size() != values.size()) {
                return "INSERT without a column list: the catalog gives "
                        + facts.columns().size() + " columns of " + facts.table() + " for " + values.size() + " values";
            }
            for (String name : facts.columns()) {
                addName(name);
                columnText.add(new Fragment.Text(Identifiers.ofStored(name)));
            }
            return aliasMatches();
        }

        /** Whether the statement waits for what the catalog holds of its table: report nothing else then. */
        boolean waitsForCatalog() {
            return asked && facts == null;
        }

        /**
         * The inserted positions of each distinct unique key of the table (primary key first) that the row
         * sets with values ({@link #valuedColumns}).
         */
        List<List<Integer>> keysSet() {
            List<List<Integer>> keysSet = new ArrayList<>();
            List<List<String>> candidates = new ArrayList<>();
            candidates.add(facts.primaryKey());
            candidates.addAll(facts.uniqueKeys());
            for (List<String> key : candidates) {
                List<Integer> indexes = valuedColumns(key);
                if (indexes != null
                        && keysSet.stream().noneMatch(known -> Set.copyOf(known).equals(Set.copyOf(indexes)))) {
                    keysSet.add(indexes);
                }
            }
            return keysSet;
        }

        /**
         * Reports the MERGE matching on the inserted columns of any of {@code keys} (each key's columns all
         * equal), updating with {@code sets} (none: no WHEN MATCHED branch) where {@code where} holds
         * ({@code null}: always), or returns why it cannot (nothing reported then).
         */
        String build(List<List<Integer>> keys, List<UpdateSet> sets, Expression where) {
            String qualifier = qualifier();
            text("MERGE INTO ");
            source(statement.begin(insert.getTable()), statement.end(insert.getTable()));
            if (insert.getTable().getAlias() != null) {
                text(" " + qualifier);
            }
            text(" USING DUAL ON (");
            for (int k = 0; k < keys.size(); k++) {
                List<Integer> key = keys.get(k);
                boolean grouped = keys.size() > 1 && key.size() > 1;
                text((k == 0 ? "" : " OR ") + (grouped ? "(" : ""));
                for (int c = 0; c < key.size(); c++) {
                    text((c == 0 ? "" : " AND ") + qualifier + ".");
                    out.add(columnText.get(key.get(c)));
                    text(" = ");
                    source(values.get(key.get(c)));
                }
                text(grouped ? ")" : "");
            }
            text(")");
            String problem =
                    update(sets, where, keys.stream().flatMap(List::stream).toList());
            if (problem != null) {
                return problem;
            }
            insertBranch();
            context.edit(new Edit(statement.tokenBegin(0), statement.tokenEnd(lastToken()), out));
            return null;
        }

        /** A plain INSERT: the word IGNORE left out. */
        void dropIgnore() {
            int ignore = 0;
            while (!statement.isWord(ignore, "IGNORE")) {
                ignore++;
            }
            context.edit(Edit.delete(statement.tokenBegin(ignore), statement.tokenBegin(ignore + 1)));
        }

        /** A plain INSERT: the ON DUPLICATE KEY UPDATE clause (and the row alias) left out. */
        void dropDuplicateClause() {
            int closing =
                    Expressions.firstTokenFrom(statement, Expressions.end(statement, values.get(values.size() - 1)));
            context.edit(new Edit(statement.tokenEnd(closing), statement.tokenEnd(lastToken()), List.of()));
        }

        /** The last token of the statement, a final {@code ;} left out. */
        private int lastToken() {
            int last = statement.tokenCount() - 1;
            return statement.tokenText(last).equals(";") ? last - 1 : last;
        }

        /**
         * Reads the one row of values and the inserted columns, when the INSERT names them; returns why it
         * cannot, or {@code null}.
         */
        String readRow() {
            if (insert.getReturningClause() != null || insert.getWithItemsList() != null) {
                return "an INSERT with RETURNING or WITH has no MERGE form";
            }
            if (!(insert.getSelect() instanceof Values rows)
                    || !(rows.getExpressions() instanceof ParenthesedExpressionList<?> row)) {
                return "a MERGE stands for an INSERT of one row of VALUES only";
            }
            values.addAll(row);
            if (!statement.hasPosition(insert.getTable())) {
                return "cannot find the table in the text";
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
                }
            }
            if (insert.getColumns() == null) {
                return null;
            }
            for (Column column : insert.getColumns()) {
                addName(QualifiedName.stored(column.getColumnName()));
                columnText.add(new Fragment.Source(statement.begin(column), statement.end(column)));
            }
            if (names.size() != values.size()) {
                return "the column list and the values do not match";
            }
            return aliasMatches();
        }

        /** Why the row alias's column names do not match the inserted columns, or {@code null}. */
        private String aliasMatches() {
            return rowAliasColumns.isEmpty() || rowAliasColumns.size() == names.size()
                    ? null
                    : "the row alias names " + rowAliasColumns.size() + " columns for " + names.size() + " values";
        }

        /**
         * The position of the inserted column of stored name {@code name} when its value is one (not
         * DEFAULT, not read from a sequence), else -1.
         */
        int valuedColumn(String name) {
            int index = columnIndex(name);
            return index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index)) ? -1 : index;
        }

        /** The positions of the columns of stored names {@code key} when each is {@link #valuedColumn}, else {@code null}. */
        List<Integer> valuedColumns(List<String> key) {
            if (key.isEmpty()) {
                return null;
            }
            List<Integer> indexes = new ArrayList<>();
            for (String name : key) {
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
                int target =
                        columnIndex(QualifiedName.stored(set.getColumns().get(0).getColumnName()));
                if (keys.contains(target)) {
                    Expression value = set.getValues().get(0);
                    if (referencedColumn(value) != target && !isColumnOfTarget(value, target)) {
                        return "the upsert changes key column "
                                + set.getColumns().get(0)
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
                    if (referencedColumn(expression) != NOT_A_REFERENCE
                            && Expressions.begin(statement, expression) >= from) {
                        references.add(expression);
                    }
                }
            }
            for (Expression reference : references) {
                int index = referencedColumn(reference);
                if (index < 0 || isDefault(values.get(index)) || readsSequence(values.get(index))) {
                    return reference + " must name an inserted column with a value (not DEFAULT, no sequence)";
                }
                context.edit(new Edit(
                        Expressions.begin(statement, reference),
                        Expressions.end(statement, reference),
                        List.of(valueOf(values.get(index)))));
            }
            if (assignments.isEmpty()) {
                return null;
            }
            text(" WHEN MATCHED THEN UPDATE SET ");
            for (int i = 0; i < assignments.size(); i++) {
                UpdateSet set = assignments.get(i);
                text(i == 0 ? "" : ", ");
                source(
                        statement.begin(set.getColumns().get(0)),
                        Expressions.end(statement, set.getValues().get(0)));
            }
            if (where != null) {
                text(" WHERE ");
                source(where);
            }
            return null;
        }

        /** Whether {@code value} is inserted column {@code index} of the row being updated ({@code SET k = k}). */
        private boolean isColumnOfTarget(Expression value, int index) {
            if (!(value instanceof Column column)
                    || columnIndex(QualifiedName.stored(column.getColumnName())) != index) {
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
            String name = insert.getTable().getAlias() != null
                    ? insert.getTable().getAlias().getName()
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
            if (expression instanceof Column column
                    && column.getTable() != null
                    && column.getTable().getName() != null) {
                String table = QualifiedName.stored(column.getTable().getName());
                String name = QualifiedName.stored(column.getColumnName());
                if (!onDuplicateKeyUpdate(insert)) {
                    return table.equals("EXCLUDED") ? columnIndex(name) : NOT_A_REFERENCE;
                }
                if (table.equals(rowAlias) && column.getTable().getSchemaName() == null) {
                    return rowAliasColumns.isEmpty() ? columnIndex(name) : rowAliasIndexes.getOrDefault(name, -1);
                }
            } else if (onDuplicateKeyUpdate(insert)
                    && expression instanceof Function function
                    && "VALUES".equalsIgnoreCase(function.getName())
                    && function.getParameters() != null
                    && function.getParameters().size() == 1
                    && function.getParameters().get(0) instanceof Column column
                    && column.getTable() == null) {
                return columnIndex(QualifiedName.stored(column.getColumnName()));
            }
            return NOT_A_REFERENCE;
        }

        /** {@code WHEN NOT MATCHED THEN INSERT (...) VALUES (...)}, leaving out columns inserted as DEFAULT. */
        private void insertBranch() {
            text(" WHEN NOT MATCHED THEN INSERT (");
            List<Integer> inserted = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!isDefault(values.get(i))) {
                    inserted.add(i);
                }
            }
            for (int i = 0; i < inserted.size(); i++) {
                text(i == 0 ? "" : ", ");
                out.add(columnText.get(inserted.get(i)));
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
            return nameIndexes.getOrDefault(name, -1);
        }

        private void addName(String name) {
            nameIndexes.putIfAbsent(name, names.size());
            names.add(name);
        }

        private static boolean isDefault(Expression value) {
            return value instanceof Column column
                    && column.getTable() == null
                    && "DEFAULT".equalsIgnoreCase(column.getColumnName());
        }

        /** Whether the text of {@code value} reads a sequence ({@code s.NEXTVAL}, {@code NEXT VALUE FOR s}, ...). */
        private boolean readsSequence(Expression value) {
            int from = Expressions.firstTokenFrom(statement, Expressions.begin(statement, value));
            int to = Expressions.firstTokenFrom(statement, Expressions.end(statement, value));
            for (int token = from; token < to; token++) {
                if (statement.isAnyWord(token, "NEXTVAL", "CURRVAL")
                        || (statement.isWord(token, "NEXT") && statement.isWord(token + 1, "VALUE"))) {
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

    /** Whether {@code insert} has MySQL's {@code ON DUPLICATE KEY UPDATE} (with at least one assignment). */
    private static boolean onDuplicateKeyUpdate(Insert insert) {
        List<UpdateSet> sets = insert.getDuplicateUpdateSets();
        return sets != null && !sets.isEmpty();
    }
}
