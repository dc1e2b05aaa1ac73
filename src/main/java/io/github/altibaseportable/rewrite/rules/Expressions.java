package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.ParsedStatement;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;

/**
 * How expressions nest, for rules that care how an expression is used (as a value, compared with
 * another value, as a truth value, or cast), and where an expression lies in the text when the parser
 * recorded no position for it. Subqueries are not entered: each query is visited on its own.
 */
final class Expressions {

    /** How an expression's parent uses it. */
    enum Use {
        /** Its value is the result, or an argument or operand of a function or arithmetic. */
        VALUE,
        /** It is compared by a predicate ({@code =}, {@code IN}, {@code LIKE}, {@code IS NULL}, ...). */
        COMPARED,
        /** It is a truth value: a WHERE, ON or HAVING condition, an AND/OR/NOT operand, a CASE WHEN. */
        CONDITION,
        /** It is the operand of a CAST, which gives it its type. */
        CAST
    }

    /** Called for each expression; returns whether to visit the expressions inside it. */
    interface Visitor {
        boolean visit(Expression expression, Expression parent, Use use);
    }

    private Expressions() {}

    /** Visits {@code expression}, used by {@code parent} as {@code use}, and what it contains. */
    static void walk(Expression expression, Expression parent, Use use, Visitor visitor) {
        if (expression == null || !visitor.visit(expression, parent, use)) {
            return;
        }
        if (expression instanceof AndExpression
                || expression instanceof OrExpression
                || expression instanceof XorExpression) {
            BinaryExpression logic = (BinaryExpression) expression;
            walk(logic.getLeftExpression(), expression, Use.CONDITION, visitor);
            walk(logic.getRightExpression(), expression, Use.CONDITION, visitor);
        } else if (expression instanceof NotExpression not) {
            walk(not.getExpression(), expression, Use.CONDITION, visitor);
        } else if (isComparison(expression)) {
            BinaryExpression comparison = (BinaryExpression) expression;
            walk(comparison.getLeftExpression(), expression, Use.COMPARED, visitor);
            walk(comparison.getRightExpression(), expression, Use.COMPARED, visitor);
        } else if (expression instanceof BinaryExpression arithmetic) {
            walk(arithmetic.getLeftExpression(), expression, Use.VALUE, visitor);
            walk(arithmetic.getRightExpression(), expression, Use.VALUE, visitor);
        } else if (expression instanceof InExpression in) {
            walk(in.getLeftExpression(), expression, Use.COMPARED, visitor);
            if (in.getRightExpression() instanceof ExpressionList<?> list) {
                for (Expression item : list) {
                    walk(item, expression, Use.COMPARED, visitor);
                }
            }
        } else if (expression instanceof Between between) {
            walk(between.getLeftExpression(), expression, Use.COMPARED, visitor);
            walk(between.getBetweenExpressionStart(), expression, Use.COMPARED, visitor);
            walk(between.getBetweenExpressionEnd(), expression, Use.COMPARED, visitor);
        } else if (expression instanceof IsNullExpression isNull) {
            walk(isNull.getLeftExpression(), expression, Use.COMPARED, visitor);
        } else if (expression instanceof IsBooleanExpression isBoolean) {
            walk(isBoolean.getLeftExpression(), expression, Use.COMPARED, visitor);
        } else if (expression instanceof CaseExpression caseExpression) {
            walkCase(caseExpression, visitor);
        } else if (expression instanceof CastExpression cast) {
            walk(cast.getLeftExpression(), expression, Use.CAST, visitor);
        } else if (expression instanceof SignedExpression signed) {
            walk(signed.getExpression(), expression, Use.VALUE, visitor);
        } else if (expression instanceof Function function && function.getParameters() != null) {
            for (Expression argument : function.getParameters()) {
                walk(argument, expression, Use.VALUE, visitor);
            }
        } else if (expression instanceof ExpressionList<?> list) {
            for (Expression item : list) {
                walk(item, expression, list.size() == 1 ? use : Use.VALUE, visitor);
            }
        } else if (expression instanceof AnalyticExpression analytic) {
            walk(analytic.getExpression(), expression, Use.VALUE, visitor);
        }
    }

    private static void walkCase(CaseExpression caseExpression, Visitor visitor) {
        Expression switchExpression = caseExpression.getSwitchExpression();
        walk(switchExpression, caseExpression, Use.COMPARED, visitor);
        for (WhenClause when : caseExpression.getWhenClauses()) {
            walk(
                    when.getWhenExpression(),
                    caseExpression,
                    switchExpression == null ? Use.CONDITION : Use.COMPARED,
                    visitor);
            walk(when.getThenExpression(), caseExpression, Use.VALUE, visitor);
        }
        walk(caseExpression.getElseExpression(), caseExpression, Use.VALUE, visitor);
    }

    /** Whether {@code expression} compares values: its operands are {@link Use#COMPARED}. */
    private static boolean isComparison(Expression expression) {
        return expression instanceof ComparisonOperator
                || expression instanceof LikeExpression
                || expression instanceof SimilarToExpression;
    }

    /** Whether {@code expression} is a predicate: its value is a truth value. */
    static boolean isPredicate(Expression expression) {
        return isComparison(expression)
                || expression instanceof AndExpression
                || expression instanceof OrExpression
                || expression instanceof XorExpression
                || expression instanceof NotExpression
                || expression instanceof InExpression
                || expression instanceof Between
                || expression instanceof IsNullExpression
                || expression instanceof IsBooleanExpression
                || expression instanceof ExistsExpression;
    }

    /** Where {@code expression} starts in the text, or -1 when that cannot be told. */
    static int begin(ParsedStatement statement, Expression expression) {
        if (statement.hasPosition(expression)) {
            return statement.begin(expression);
        }
        if (expression instanceof BinaryExpression binary) {
            return begin(statement, binary.getLeftExpression());
        }
        if (expression instanceof IsNullExpression isNull && !isNull.isUseIsNull()) {
            return begin(statement, isNull.getLeftExpression());
        }
        if (expression instanceof IsBooleanExpression isBoolean) {
            return begin(statement, isBoolean.getLeftExpression());
        }
        if (expression instanceof Between between) {
            return begin(statement, between.getLeftExpression());
        }
        if (expression instanceof NotExpression not) {
            return keywordsBefore(
                    statement, begin(statement, not.getExpression()), not.isExclamationMark() ? "!" : "NOT");
        }
        if (expression instanceof ExistsExpression exists) {
            int begin = keywordsBefore(statement, begin(statement, exists.getRightExpression()), "EXISTS");
            return exists.isNot() ? keywordsBefore(statement, begin, "NOT") : begin;
        }
        return -1;
    }

    /** Where {@code expression} ends in the text (exclusive), or -1 when that cannot be told. */
    static int end(ParsedStatement statement, Expression expression) {
        if (statement.hasPosition(expression)) {
            return statement.end(expression);
        }
        if (expression instanceof BinaryExpression binary) {
            return end(statement, binary.getRightExpression());
        }
        if (expression instanceof Between between) {
            return end(statement, between.getBetweenExpressionEnd());
        }
        if (expression instanceof NotExpression not) {
            return end(statement, not.getExpression());
        }
        if (expression instanceof ExistsExpression exists) {
            return end(statement, exists.getRightExpression());
        }
        if (expression instanceof IsNullExpression isNull && !isNull.isUseIsNull()) {
            return isNull.isUseNotNull()
                    ? keywordsAfter(statement, end(statement, isNull.getLeftExpression()), "NOTNULL")
                    : keywordsAfter(
                            statement,
                            end(statement, isNull.getLeftExpression()),
                            "IS",
                            isNull.isNot() ? "NOT" : null,
                            "NULL");
        }
        if (expression instanceof IsBooleanExpression isBoolean) {
            return keywordsAfter(
                    statement,
                    end(statement, isBoolean.getLeftExpression()),
                    "IS",
                    isBoolean.isNot() ? "NOT" : null,
                    isBoolean.isTrue() ? "TRUE" : "FALSE");
        }
        return -1;
    }

    /** The index of the token that starts at {@code position}, or -1. */
    static int tokenAt(ParsedStatement statement, int position) {
        int token = firstTokenFrom(statement, position);
        return token < statement.tokenCount() && statement.tokenBegin(token) == position ? token : -1;
    }

    /** The index of the first token that starts at or after {@code position} ({@code tokenCount()} if none). */
    static int firstTokenFrom(ParsedStatement statement, int position) {
        int low = 0;
        int high = statement.tokenCount();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (statement.tokenBegin(middle) < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The start of the word {@code keyword} right before {@code position}, or -1. */
    private static int keywordsBefore(ParsedStatement statement, int position, String keyword) {
        int token = position < 0 ? -1 : tokenAt(statement, position) - 1;
        return statement.isWord(token, keyword) ? statement.tokenBegin(token) : -1;
    }

    /** The end of the words {@code keywords} ({@code null} ones skipped) right after {@code position}, or -1. */
    private static int keywordsAfter(ParsedStatement statement, int position, String... keywords) {
        if (position < 0) {
            return -1;
        }
        int token = firstTokenFrom(statement, position);
        int end = -1;
        for (String keyword : keywords) {
            if (keyword != null) {
                if (!statement.isWord(token, keyword)) {
                    return -1;
                }
                end = statement.tokenEnd(token++);
            }
        }
        return end;
    }
}
