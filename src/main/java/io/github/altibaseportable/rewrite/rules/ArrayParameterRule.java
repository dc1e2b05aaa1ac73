package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

/**
 * Array parameters, as Hibernate 6's PostgreSQL dialect sends them: {@code x = ANY (?)} (or
 * {@code SOME}) and {@code x <> ALL (?)} with an array bound. Altibase has no arrays; the comparison
 * becomes {@code x IN (?, ?, ...)} / {@code x NOT IN (?, ...)} with one parameter per element of the
 * array bound, each receiving one element; an empty array makes it {@code 1=0} / {@code 1=1} (what
 * {@code = ANY} and {@code <> ALL} give for no elements). The plan made before any bind has one
 * parameter ({@code x IN (?)}, right for a single value bound) and says it depends on the binds: the
 * driver plans the statement again for the number of elements bound when it runs.
 */
public final class ArrayParameterRule implements RewriteRule {
    @Override
    public String name() {
        return "arrays";
    }

    @Override
    public String description() {
        return "x = ANY (?) / x <> ALL (?) with an array bound -> x IN (?, ...) / x NOT IN (?, ...), one ? per element";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("ANY", "SOME", "ALL");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (EqualsTo equals : statement.find(EqualsTo.class)) {
            rewrite(statement, equals, false, context);
        }
        for (NotEqualsTo notEquals : statement.find(NotEqualsTo.class)) {
            rewrite(statement, notEquals, true, context);
        }
    }

    private static void rewrite(
            ParsedStatement statement, BinaryExpression comparison, boolean negated, RewriteContext context) {
        JdbcParameter parameter = arrayParameter(comparison.getRightExpression(), negated);
        if (parameter == null
                || !statement.hasPosition(comparison)
                || !statement.hasPosition(comparison.getLeftExpression())
                || !statement.hasPosition(comparison.getRightExpression())) {
            return;
        }
        int number = statement.parameterNumber(parameter);
        Integer length = context.boundArrayLength(number);
        if (length == null) {
            context.typedByBinds(number);
            length = 1;
        }
        if (length == 0) {
            context.edit(Edit.replace(statement.begin(comparison), statement.end(comparison), negated ? "1=1" : "1=0"));
            return;
        }
        List<Fragment> list = new ArrayList<>();
        list.add(new Fragment.Text(negated ? " NOT IN (" : " IN ("));
        for (int element = 0; element < length; element++) {
            if (element > 0) {
                list.add(new Fragment.Text(", "));
            }
            list.add(new Fragment.Param(number, 0));
        }
        list.add(new Fragment.Text(")"));
        context.edit(new Edit(
                statement.end(comparison.getLeftExpression()), statement.end(comparison.getRightExpression()), list));
    }

    /** The {@code ?} of {@code ANY (?)}/{@code SOME (?)} (or, negated, {@code ALL (?)}); else {@code null}. */
    private static JdbcParameter arrayParameter(Object right, boolean negated) {
        if (!(right instanceof Function function)
                || function.getName() == null
                || function.getParameters() == null
                || function.getParameters().size() != 1) {
            return null;
        }
        String name = function.getName().toUpperCase(Locale.ROOT);
        boolean quantifier = negated ? name.equals("ALL") : name.equals("ANY") || name.equals("SOME");
        ExpressionList<?> arguments = function.getParameters();
        return quantifier && arguments.get(0) instanceof JdbcParameter parameter ? parameter : null;
    }
}
