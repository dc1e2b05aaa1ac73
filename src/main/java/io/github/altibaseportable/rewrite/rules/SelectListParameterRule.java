package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.TriggerScope;
import io.github.altibaseportable.rewrite.rules.Expressions.Use;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Bind parameters in select lists: Altibase must know the type of a {@code ?} whose value becomes a
 * result column, and rejects {@code SELECT ? FROM DUAL} (error 201275), in INSERT ... SELECT and MERGE
 * USING select lists too; {@code CAST(? AS type)} works. Each such {@code ?} becomes a CAST, with the
 * type the statement gives it:
 * <ul>
 *   <li>operand of arithmetic: {@code FLOAT} (Altibase's 38-digit decimal, exact for any number
 *       bound); of {@code ||}: {@code VARCHAR(32000)};</li>
 *   <li>a CASE result or a COALESCE/NVL/IFNULL/NULLIF/GREATEST/LEAST argument next to a literal or a
 *       CAST: that literal's or CAST's type (a string: {@code VARCHAR(32000)}, a number: {@code FLOAT},
 *       a date/time literal, {@code CURRENT_TIMESTAMP} or {@code SYSDATE}: {@code DATE});</li>
 *   <li>otherwise the type cannot be known from the statement (an INSERT ... SELECT target column needs
 *       the catalog): the type of the value bound ({@code setInt}: INTEGER, {@code setBigDecimal}:
 *       FLOAT, {@code setString}: VARCHAR(32000), a date or time: DATE, ...). The plan made before
 *       any bind casts to {@code VARCHAR(32000)} (what the server's own
 *       {@code COERCE_HOST_VAR_IN_SELECT_LIST_TO_VARCHAR} property does) and says it depends on the
 *       bound types; the driver plans the statement again for the types bound when it runs.</li>
 * </ul>
 * A {@code ?} compared in a select list ({@code CASE WHEN c = ? ...}, {@code c IN (?, ?)},
 * {@code CASE c WHEN ? ...}) is refused by the server too, whatever it is compared with (docs/altibase.md,
 * "Parameters in select lists"): it takes the type of a literal or CAST it is compared with, otherwise the
 * type of the value bound. A {@code ?} already in a CAST is left alone, and so is a {@code ?} in a
 * subquery's own WHERE, GROUP BY or HAVING, which the server types.
 */
public final class SelectListParameterRule implements RewriteRule {
    /** A string of any length Altibase allows in a VARCHAR. */
    static final String TEXT = "VARCHAR(32000)";
    /** A number of any kind: Altibase's FLOAT is a decimal of 38 significant digits. */
    static final String NUMBER = "FLOAT";
    /** Altibase's datetime type. */
    static final String DATETIME = "DATE";

    /** Altibase's current-time pseudo-columns. */
    private static final Set<String> CURRENT_TIME_COLUMNS = Set.of("SYSDATE", "SYSTIMESTAMP", "SYSDATETIME");

    private static final Set<String> SAME_TYPE_FUNCTIONS =
            Set.of("COALESCE", "NVL", "IFNULL", "NULLIF", "GREATEST", "LEAST");

    @Override
    public String name() {
        return "selectparameters";
    }

    @Override
    public String description() {
        return "? in a select list -> CAST(? AS type), the type taken from the statement, else from the value bound";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of();
    }

    @Override
    public String scopedTriggerCharacters(TriggerScope scope) {
        return scope == TriggerScope.SELECT_LIST ? "?" : "";
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (PlainSelect select : statement.find(PlainSelect.class)) {
            for (SelectItem<?> item : select.getSelectItems()) {
                Expressions.walk(item.getExpression(), null, Use.VALUE, (expression, parent, use) -> {
                    if (expression instanceof JdbcParameter parameter
                            && statement.isBound(parameter)
                            && (use == Use.VALUE || use == Use.COMPARED)) {
                        cast(statement, parameter, parent, use, context);
                    }
                    return true;
                });
            }
        }
    }

    /** The values {@code predicate} compares with one another (none for IS NULL and IS TRUE). */
    private static List<Expression> comparedOperands(Expression predicate) {
        List<Expression> operands = new ArrayList<>();
        if (predicate instanceof BinaryExpression comparison) {
            operands.add(comparison.getLeftExpression());
            operands.add(comparison.getRightExpression());
        } else if (predicate instanceof InExpression in) {
            operands.add(in.getLeftExpression());
            if (in.getRightExpression() instanceof ExpressionList<?> list) {
                operands.addAll(list);
            } else {
                operands.add(in.getRightExpression());
            }
        } else if (predicate instanceof Between between) {
            operands.add(between.getLeftExpression());
            operands.add(between.getBetweenExpressionStart());
            operands.add(between.getBetweenExpressionEnd());
        } else if (predicate instanceof CaseExpression caseExpression) {
            operands.add(caseExpression.getSwitchExpression());
            for (WhenClause when : caseExpression.getWhenClauses()) {
                operands.add(when.getWhenExpression());
            }
        }
        return operands;
    }

    private static void cast(
            ParsedStatement statement, JdbcParameter parameter, Expression parent, Use use, RewriteContext context) {
        int number = statement.parameterNumber(parameter);
        int begin = statement.parameterBegin(number);
        List<Fragment> replacement = new ArrayList<>();
        replacement.add(new Fragment.Text("CAST("));
        replacement.add(new Fragment.Param(number, 0));
        replacement.add(new Fragment.Text(" AS "));
        Fragment type = typeFor(statement, parameter, parent, use);
        replacement.add(type != null ? type : boundType(number, context));
        replacement.add(new Fragment.Text(")"));
        context.edit(new Edit(begin, begin + 1, replacement));
    }

    /**
     * The type the statement gives {@code parameter}, a value of {@code parent} or compared by it
     * ({@code use}); {@code null} when the statement does not tell.
     */
    private static Fragment typeFor(ParsedStatement statement, JdbcParameter parameter, Expression parent, Use use) {
        if (use == Use.VALUE && parent instanceof Concat) {
            return new Fragment.Text(TEXT);
        }
        if (use == Use.VALUE && (parent instanceof BinaryExpression || parent instanceof SignedExpression)) {
            return new Fragment.Text(NUMBER);
        }
        for (Expression sibling : use == Use.COMPARED ? comparedOperands(parent) : siblings(parent)) {
            Fragment type = sibling == parameter ? null : typeOf(statement, sibling);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /**
     * The type of the value bound to parameter {@code number}, for a {@code ?} the statement gives no
     * type: when the statement is planned before any bind, {@code VARCHAR(32000)}, and the plan says it
     * depends on the bound type, so that it is planned again for the types bound when it runs.
     */
    private static Fragment boundType(int number, RewriteContext context) {
        Integer bound = context.boundType(number);
        if (bound == null) {
            context.typedByBinds(number);
            return new Fragment.Text(TEXT);
        }
        return new Fragment.Text(castType(bound));
    }

    /** The Altibase type a value of {@code java.sql.Types} {@code sqlType} is cast to. */
    static String castType(int sqlType) {
        switch (sqlType) {
            case Types.INTEGER:
                return "INTEGER";
            case Types.BIGINT:
                return "BIGINT";
            case Types.SMALLINT:
            case Types.TINYINT:
                return "SMALLINT";
            case Types.BOOLEAN:
            case Types.BIT:
                return BooleanMapping.COLUMN_TYPE;
            case Types.NUMERIC:
            case Types.DECIMAL:
                return NUMBER;
            case Types.DOUBLE:
            case Types.FLOAT:
                return "DOUBLE";
            case Types.REAL:
                return "REAL";
            case Types.DATE:
            case Types.TIME:
            case Types.TIMESTAMP:
            case Types.TIME_WITH_TIMEZONE:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return DATETIME;
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
                return "VARBYTE(32000)";
            default:
                return TEXT;
        }
    }

    /** The values that share a type with their fellow values under {@code parent}. */
    private static List<Expression> siblings(Expression parent) {
        List<Expression> siblings = new ArrayList<>();
        if (parent instanceof CaseExpression caseExpression) {
            for (WhenClause when : caseExpression.getWhenClauses()) {
                siblings.add(when.getThenExpression());
            }
            siblings.add(caseExpression.getElseExpression());
        } else if (parent instanceof Function function
                && function.getParameters() != null
                && SAME_TYPE_FUNCTIONS.contains(function.getName().toUpperCase(Locale.ROOT))) {
            siblings.addAll(function.getParameters());
        }
        return siblings;
    }

    /** The type of a literal or CAST, as the text to write after {@code AS}; {@code null} when unknown. */
    private static Fragment typeOf(ParsedStatement statement, Expression value) {
        Expression literal = value instanceof SignedExpression signed ? signed.getExpression() : value;
        if (literal instanceof StringValue) {
            return new Fragment.Text(TEXT);
        }
        if (literal instanceof LongValue || literal instanceof DoubleValue) {
            return new Fragment.Text(NUMBER);
        }
        if (literal instanceof DateTimeLiteralExpression
                || literal instanceof TimeKeyExpression
                || (literal instanceof Column column
                        && column.getTable() == null
                        && CURRENT_TIME_COLUMNS.contains(column.getColumnName().toUpperCase(Locale.ROOT)))) {
            return new Fragment.Text(DATETIME);
        }
        if (literal instanceof CastExpression cast
                && cast.keyword != null
                && !cast.keyword.isEmpty()
                && statement.hasPosition(cast)) {
            return castType(statement, cast);
        }
        return null;
    }

    /** The type of {@code CAST(x AS type)} as written (with any other rule's edits to it). */
    private static Fragment castType(ParsedStatement statement, CastExpression cast) {
        int operandEnd = Expressions.end(statement, cast.getLeftExpression());
        int close = statement.lastToken(cast);
        int as = Expressions.firstTokenFrom(statement, operandEnd);
        if (operandEnd < 0
                || !statement.isWord(as, "AS")
                || !statement.tokenText(close).equals(")")
                || as + 1 >= close) {
            return null;
        }
        return new Fragment.Source(statement.tokenBegin(as + 1), statement.tokenEnd(close - 1));
    }
}
