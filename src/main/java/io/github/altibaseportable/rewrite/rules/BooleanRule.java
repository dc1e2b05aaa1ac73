package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.TriggerScope;
import io.github.altibaseportable.rewrite.rules.Expressions.Use;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Booleans: Altibase has TRUE and FALSE only inside stored procedures, does not take a literal as a
 * condition ({@code WHERE TRUE} is error 201173), and does not take a predicate as a value
 * ({@code SELECT a = b} is a syntax error). So, with {@link BooleanMapping}:
 * <ul>
 *   <li>{@code TRUE}/{@code FALSE} used as a value (VALUES, SET, DEFAULT, compared, selected) become
 *       {@code 1}/{@code 0}; used as a condition ({@code WHERE TRUE}, {@code AND FALSE}) they become
 *       {@code 1=1}/{@code 1=0};</li>
 *   <li>{@code x IS [NOT] TRUE|FALSE} becomes {@code x = 1}, {@code (x IS NULL OR x <> 1)}, ...;</li>
 *   <li>a predicate used as a value ({@code SELECT a = b}, {@code SELECT EXISTS (...)},
 *       {@code WHERE (a > b) = TRUE}) becomes {@code CASE WHEN p THEN 1 WHEN NOT (p) THEN 0 END}, which
 *       keeps SQL's unknown as NULL; predicates that are never unknown ({@code EXISTS},
 *       {@code IS [NOT] NULL}) use {@code CASE WHEN p THEN 1 ELSE 0 END}.</li>
 * </ul>
 */
public final class BooleanRule implements RewriteRule {
    /** Words of predicates, which a value position makes values (with the comparison characters). */
    private static final Set<String> PREDICATE_WORDS = Set.of(
            "IS", "IN", "NOT", "LIKE", "ILIKE", "RLIKE", "REGEXP", "BETWEEN", "EXISTS", "AND", "OR", "XOR", "SIMILAR");

    @Override
    public String name() {
        return "booleans";
    }

    @Override
    public String description() {
        return "TRUE/FALSE -> 1/0 (1=1/1=0 as conditions); predicates used as values -> CASE WHEN ... THEN 1 ... END";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("TRUE", "FALSE");
    }

    @Override
    public Set<String> scopedTriggerWords(TriggerScope scope) {
        return scope == TriggerScope.SELECT_LIST || scope == TriggerScope.VALUE ? PREDICATE_WORDS : Set.of();
    }

    @Override
    public String scopedTriggerCharacters(TriggerScope scope) {
        return scope == TriggerScope.SELECT_LIST || scope == TriggerScope.VALUE ? "=<>!&" : "";
    }

    @Override
    public String tokenReplacement(TokenForm form, String text) {
        boolean value = text.equals("TRUE");
        if (!value && !text.equals("FALSE")) {
            return null;
        }
        return switch (form) {
            case VALUE_LITERAL -> BooleanMapping.value(value);
            case CONDITION_LITERAL -> BooleanMapping.condition(value);
            default -> null;
        };
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        Uses uses = new Uses();
        for (PlainSelect select : statement.find(PlainSelect.class)) {
            uses.query(select);
        }
        uses.statement(statement.statement());
        for (Expression predicate : uses.wrapped) {
            if (!wrap(statement, predicate, context)) {
                return;
            }
        }
        for (IsBooleanExpression test : uses.truthTests) {
            if (!uses.wrapped.contains(test)) {
                List<Fragment> condition = truthTest(statement, test, context);
                if (condition == null) {
                    return;
                }
                context.edit(new Edit(Expressions.begin(statement, test), Expressions.end(statement, test), condition));
            }
        }
        for (BooleanValue literal : statement.find(BooleanValue.class)) {
            if (!statement.hasPosition(literal)) {
                context.unsupported("cannot find " + literal + " in the text");
                return;
            }
            boolean condition = uses.literals.get(literal) == Use.CONDITION;
            context.edit(Edit.replace(
                    statement.begin(literal),
                    statement.end(literal),
                    condition
                            ? BooleanMapping.condition(literal.getValue())
                            : BooleanMapping.value(literal.getValue())));
        }
    }

    /** Replaces {@code predicate} by a CASE expression; false (and unsupported reported) when it cannot. */
    private static boolean wrap(ParsedStatement statement, Expression predicate, RewriteContext context) {
        int begin = Expressions.begin(statement, predicate);
        int end = Expressions.end(statement, predicate);
        if (begin < 0 || end < 0) {
            context.unsupported("cannot find the predicate used as a value in the text: " + predicate);
            return false;
        }
        List<Fragment> condition = predicate instanceof IsBooleanExpression test
                ? truthTest(statement, test, context)
                : List.of(new Fragment.Source(begin, end));
        if (condition == null) {
            return false;
        }
        List<Fragment> replacement = new ArrayList<>();
        replacement.add(new Fragment.Text("CASE WHEN "));
        replacement.addAll(condition);
        replacement.add(new Fragment.Text(" THEN " + BooleanMapping.TRUE_VALUE));
        if (canBeUnknown(predicate)) {
            replacement.add(new Fragment.Text(" WHEN NOT ("));
            replacement.addAll(condition);
            replacement.add(new Fragment.Text(") THEN " + BooleanMapping.FALSE_VALUE + " END"));
        } else {
            replacement.add(new Fragment.Text(" ELSE " + BooleanMapping.FALSE_VALUE + " END"));
        }
        context.edit(new Edit(begin, end, replacement));
        return true;
    }

    /**
     * {@code x IS [NOT] TRUE|FALSE} as a condition on the stored value; {@code null} (and unsupported
     * reported) when {@code x} is itself a predicate or cannot be found in the text.
     */
    private static List<Fragment> truthTest(
            ParsedStatement statement, IsBooleanExpression test, RewriteContext context) {
        Expression operand = test.getLeftExpression();
        int begin = Expressions.begin(statement, operand);
        int end = Expressions.end(statement, test) < 0 ? -1 : Expressions.end(statement, operand);
        if (Expressions.isPredicate(unparenthesized(operand)) || begin < 0 || end < 0) {
            context.unsupported("IS [NOT] TRUE/FALSE of a predicate has no Altibase form: " + test);
            return null;
        }
        Fragment value = new Fragment.Source(begin, end);
        String stored = BooleanMapping.value(test.isTrue());
        if (!test.isNot()) {
            return List.of(value, new Fragment.Text(" = " + stored));
        }
        return List.of(
                new Fragment.Text("("),
                value,
                new Fragment.Text(" IS NULL OR "),
                value,
                new Fragment.Text(" <> " + stored + ")"));
    }

    /** Whether {@code predicate} can be unknown (NULL), which a CASE must keep. */
    private static boolean canBeUnknown(Expression predicate) {
        Expression inner = unparenthesized(predicate);
        if (inner instanceof ExistsExpression
                || inner instanceof IsNullExpression
                || inner instanceof IsBooleanExpression
                || inner instanceof BooleanValue) {
            return false;
        }
        if (inner instanceof AndExpression || inner instanceof OrExpression || inner instanceof XorExpression) {
            BinaryExpression logic = (BinaryExpression) inner;
            return canBeUnknown(logic.getLeftExpression()) || canBeUnknown(logic.getRightExpression());
        }
        if (inner instanceof NotExpression not) {
            return canBeUnknown(not.getExpression());
        }
        return true;
    }

    private static Expression unparenthesized(Expression expression) {
        Expression inner = expression;
        while (inner instanceof ExpressionList<?> list && list.size() == 1) {
            inner = list.get(0);
        }
        return inner;
    }

    /**
     * How each boolean literal, truth test and predicate of a statement is used, found by walking every
     * clause that holds expressions. Literals it does not reach (column defaults, CHECK constraints)
     * are values.
     */
    private static final class Uses implements Expressions.Visitor {
        final IdentityHashMap<BooleanValue, Use> literals = new IdentityHashMap<>();
        final List<Expression> wrapped = new ArrayList<>();
        final List<IsBooleanExpression> truthTests = new ArrayList<>();

        @Override
        public boolean visit(Expression expression, Expression parent, Use use) {
            if (expression instanceof BooleanValue literal) {
                literals.put(literal, use);
                return false;
            }
            if (use != Use.CONDITION && Expressions.isPredicate(expression)) {
                wrapped.add(expression);
            }
            if (expression instanceof IsBooleanExpression test) {
                truthTests.add(test);
            }
            return true;
        }

        void query(PlainSelect select) {
            for (SelectItem<?> item : select.getSelectItems()) {
                value(item.getExpression());
            }
            condition(select.getWhere());
            condition(select.getHaving());
            condition(select.getQualify());
            joins(select.getJoins());
            if (select.getOracleHierarchical() != null) {
                condition(select.getOracleHierarchical().getStartExpression());
                condition(select.getOracleHierarchical().getConnectExpression());
            }
        }

        void statement(Statement statement) {
            if (statement instanceof Update update) {
                updateSets(update.getUpdateSets());
                condition(update.getWhere());
                joins(update.getJoins());
            } else if (statement instanceof Delete delete) {
                condition(delete.getWhere());
                joins(delete.getJoins());
            } else if (statement instanceof Insert insert) {
                insert(insert);
            } else if (statement instanceof Merge merge) {
                merge(merge);
            }
        }

        private void insert(Insert insert) {
            if (insert.getSelect() instanceof Values values) {
                value(values.getExpressions());
            }
            updateSets(insert.getDuplicateUpdateSets());
            if (insert.getConflictTarget() != null) {
                condition(insert.getConflictTarget().getWhereExpression());
            }
            if (insert.getConflictAction() != null) {
                updateSets(insert.getConflictAction().getUpdateSets());
                condition(insert.getConflictAction().getWhereExpression());
            }
        }

        private void merge(Merge merge) {
            condition(merge.getOnCondition());
            if (merge.getMergeUpdate() != null) {
                updateSets(merge.getMergeUpdate().getUpdateSets());
                condition(merge.getMergeUpdate().getAndPredicate());
                condition(merge.getMergeUpdate().getWhereCondition());
                condition(merge.getMergeUpdate().getDeleteWhereCondition());
            }
            if (merge.getMergeInsert() != null) {
                value(merge.getMergeInsert().getValues());
                condition(merge.getMergeInsert().getAndPredicate());
                condition(merge.getMergeInsert().getWhereCondition());
            }
        }

        private void updateSets(List<UpdateSet> sets) {
            if (sets != null) {
                for (UpdateSet set : sets) {
                    value(set.getValues());
                }
            }
        }

        private void joins(List<Join> joins) {
            if (joins != null) {
                for (Join join : joins) {
                    for (Expression on : join.getOnExpressions()) {
                        condition(on);
                    }
                }
            }
        }

        private void value(Expression expression) {
            Expressions.walk(expression, null, Use.VALUE, this);
        }

        private void condition(Expression expression) {
            Expressions.walk(expression, null, Use.CONDITION, this);
        }
    }
}
