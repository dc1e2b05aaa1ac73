package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.Edit.Fragment;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.SourceDialect;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Paging: every portable way to page a query becomes Altibase's {@code LIMIT start, count}, whose
 * {@code start} counts from 1 (docs/altibase.md, "Row limiting"). The only forms a 7.x server accepts are
 * {@code LIMIT count} and {@code LIMIT start, count} with integer literals or plain {@code ?}.
 *
 * <ul>
 *   <li>{@code LIMIT n OFFSET m}, {@code OFFSET m ROWS FETCH FIRST n ROWS ONLY}: {@code LIMIT m+1, n};</li>
 *   <li>{@code FETCH FIRST n ROWS ONLY}: {@code LIMIT n}; {@code OFFSET m} alone:
 *       {@code LIMIT m+1, 9223372036854775807};</li>
 *   <li>a literal offset is added to at rewrite time; a bound offset stays {@code ?} and the driver
 *       adds 1 to the value bound; parameters are reordered where the clause order changes;</li>
 *   <li>{@code LIMIT m, n} is native Altibase and kept, unless the source dialect is MySQL, where
 *       {@code m} counts from 0 and becomes {@code m+1}; Hibernate's {@code LIMIT 1+?, n}, which
 *       servers reject, becomes {@code LIMIT ?, n} with the 1 added to the bound value.</li>
 * </ul>
 * Applies to every query of a statement: subqueries, inline views, set operations, CTEs.
 */
public final class PagingRule implements RewriteRule {
    /** The count used when a query has an offset and no limit. */
    static final String NO_LIMIT = "9223372036854775807";

    @Override
    public String name() {
        return "paging";
    }

    @Override
    public String description() {
        return "LIMIT/OFFSET/FETCH FIRST with 0-based offsets -> Altibase LIMIT start, count (1-based)";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("LIMIT", "OFFSET", "FETCH");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (Select select : statement.find(Select.class)) {
            if (select.getLimit() != null || select.getOffset() != null || select.getFetch() != null) {
                try {
                    page(statement, select, context);
                } catch (NotExpressible problem) {
                    context.unsupported(problem.getMessage());
                    return;
                }
            }
        }
    }

    private static void page(ParsedStatement statement, Select select, RewriteContext context) throws NotExpressible {
        List<int[]> parts = new ArrayList<>();
        Value start = null;
        Value count = null;
        boolean changed = false;

        Limit limit = select.getLimit();
        if (limit != null) {
            requirePosition(statement, limit);
            parts.add(new int[] {statement.firstToken(limit), statement.lastToken(limit)});
            Expression rowCount = limit.getRowCount();
            if (rowCount != null && !(rowCount instanceof AllValue) && !(rowCount instanceof NullValue)) {
                count = Value.of(statement, rowCount, "LIMIT");
                changed = !isPlain(rowCount);
            } else {
                changed = true;
            }
            if (limit.getOffset() != null) {
                Value first = Value.of(statement, limit.getOffset(), "LIMIT");
                if (context.dialect() == SourceDialect.MYSQL) {
                    start = first.plusOne();
                    changed = true;
                } else {
                    start = first;
                    changed |= !isPlain(limit.getOffset());
                }
            }
        }

        Offset offset = select.getOffset();
        if (offset != null) {
            if (start != null) {
                throw new NotExpressible("both LIMIT m, n and OFFSET");
            }
            Expression value = offset.getOffset();
            requirePosition(statement, value);
            int keyword = statement.firstToken(value) - 1;
            int last = statement.lastToken(value);
            if (!statement.isWord(keyword, "OFFSET")) {
                throw new NotExpressible("OFFSET clause not found in the text");
            }
            if (offset.getOffsetParam() != null) {
                last++;
                if (!statement.isAnyWord(last, "ROW", "ROWS")) {
                    throw new NotExpressible("OFFSET ... ROWS not found in the text");
                }
            }
            parts.add(new int[] {keyword, last});
            start = Value.of(statement, value, "OFFSET").plusOne();
            changed = true;
        }

        Fetch fetch = select.getFetch();
        if (fetch != null) {
            if (count != null) {
                throw new NotExpressible("both LIMIT and FETCH FIRST");
            }
            for (String parameter : fetch.getFetchParameters()) {
                if (!parameter.equalsIgnoreCase("ROW")
                        && !parameter.equalsIgnoreCase("ROWS")
                        && !parameter.equalsIgnoreCase("ONLY")) {
                    throw new NotExpressible("FETCH FIRST ... " + parameter + " has no Altibase equivalent");
                }
            }
            parts.add(fetchTokens(statement, select, fetch));
            count = fetch.getExpression() == null
                    ? Value.ONE
                    : Value.of(statement, fetch.getExpression(), "FETCH FIRST");
            changed = true;
        }

        if (!changed) {
            return;
        }
        if (count != null && count.isZero()) {
            // No rows either way, and a literal count of 0 is only accepted without a start.
            start = null;
        }
        parts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Fragment> clause = new ArrayList<>();
        if (start != null) {
            clause.add(new Fragment.Text("LIMIT "));
            start.appendTo(clause);
            clause.add(new Fragment.Text(", "));
            if (count != null) {
                count.appendTo(clause);
            } else {
                clause.add(new Fragment.Text(NO_LIMIT));
            }
        } else if (count != null) {
            clause.add(new Fragment.Text("LIMIT "));
            count.appendTo(clause);
        }
        for (int i = 0; i < parts.size(); i++) {
            int[] part = parts.get(i);
            int end = statement.tokenEnd(part[1]);
            if (i == 0 && !clause.isEmpty()) {
                context.edit(new Edit(statement.tokenBegin(part[0]), end, clause));
            } else {
                context.edit(Edit.delete(statement.tokenEnd(part[0] - 1), end));
            }
        }
    }

    /** Whether Altibase takes {@code value} as it is: an integer literal or a plain {@code ?}. */
    private static boolean isPlain(Expression value) {
        return value instanceof LongValue || value instanceof JdbcParameter;
    }

    /** The tokens of {@code FETCH {FIRST|NEXT} [n] {ROW|ROWS} ONLY}. */
    private static int[] fetchTokens(ParsedStatement statement, Select select, Fetch fetch) throws NotExpressible {
        Expression value = fetch.getExpression();
        int fetchWord;
        int onlyWord;
        if (value != null) {
            requirePosition(statement, value);
            fetchWord = statement.firstToken(value) - 2;
            onlyWord = statement.lastToken(value) + 2;
        } else {
            fetchWord = lastFetchWithoutCount(statement, select);
            onlyWord = fetchWord + 3;
        }
        if (!statement.isWord(fetchWord, "FETCH")
                || !statement.isAnyWord(fetchWord + 1, "FIRST", "NEXT")
                || !statement.isAnyWord(onlyWord - 1, "ROW", "ROWS")
                || !statement.isWord(onlyWord, "ONLY")) {
            throw new NotExpressible("FETCH FIRST clause not found in the text");
        }
        return new int[] {fetchWord, onlyWord};
    }

    /** The {@code FETCH} of the last {@code FETCH FIRST ROW ONLY} at the select's own bracket level. */
    private static int lastFetchWithoutCount(ParsedStatement statement, Select select) throws NotExpressible {
        requirePosition(statement, select);
        int found = -1;
        int depth = 0;
        for (int i = statement.firstToken(select); i <= statement.lastToken(select); i++) {
            String token = statement.tokenText(i);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            } else if (depth == 0
                    && statement.isWord(i, "FETCH")
                    && statement.isAnyWord(i + 1, "FIRST", "NEXT")
                    && statement.isAnyWord(i + 2, "ROW", "ROWS")
                    && statement.isWord(i + 3, "ONLY")) {
                found = i;
            }
        }
        return found;
    }

    private static void requirePosition(ParsedStatement statement, Object node) throws NotExpressible {
        if (!statement.hasPosition(node)) {
            throw new NotExpressible("no text position for " + node);
        }
    }

    /**
     * A paging value: an integer, or a bind parameter whose bound value is shifted. Integers beyond
     * BIGINT are written as its maximum, which selects the same rows.
     */
    private static final class Value {
        private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

        final BigInteger number;
        final int parameter;
        final long shift;

        private Value(BigInteger number, int parameter, long shift) {
            this.number = number;
            this.parameter = parameter;
            this.shift = shift;
        }

        static final Value ONE = new Value(BigInteger.ONE, 0, 0);

        /**
         * Reads an integer literal or a sum or difference of them, {@code ?}, {@code ? + k},
         * {@code k + ?} or {@code ? - k}.
         */
        static Value of(ParsedStatement statement, Expression expression, String clause) throws NotExpressible {
            BigInteger constant = constant(expression);
            if (constant != null) {
                return new Value(constant, 0, 0);
            }
            int parameter = bound(statement, expression);
            if (parameter > 0) {
                return new Value(null, parameter, 0);
            }
            if (expression instanceof Addition addition) {
                BigInteger left = constant(addition.getLeftExpression());
                BigInteger right = constant(addition.getRightExpression());
                int leftParameter = bound(statement, addition.getLeftExpression());
                int rightParameter = bound(statement, addition.getRightExpression());
                if (leftParameter > 0 && right != null) {
                    return new Value(null, leftParameter, right.longValueExact());
                }
                if (left != null && rightParameter > 0) {
                    return new Value(null, rightParameter, left.longValueExact());
                }
            }
            if (expression instanceof Subtraction subtraction) {
                int leftParameter = bound(statement, subtraction.getLeftExpression());
                BigInteger right = constant(subtraction.getRightExpression());
                if (leftParameter > 0 && right != null) {
                    return new Value(null, leftParameter, right.negate().longValueExact());
                }
            }
            throw new NotExpressible(clause + " value '" + statement.text(expression)
                    + "' is not an integer or ? (Altibase accepts nothing else there)");
        }

        /** The number of the {@code ?} that {@code expression} is, or 0 (another expression, or a {@code $1}). */
        private static int bound(ParsedStatement statement, Expression expression) {
            return expression instanceof JdbcParameter parameter && statement.isBound(parameter)
                    ? statement.parameterNumber(parameter)
                    : 0;
        }

        /** The value of an integer constant expression, or {@code null}. */
        private static BigInteger constant(Expression expression) {
            if (expression instanceof LongValue number) {
                return number.getBigIntegerValue();
            }
            if (expression instanceof SignedExpression signed) {
                BigInteger value = constant(signed.getExpression());
                return value == null ? null : signed.getSign() == '-' ? value.negate() : value;
            }
            if (expression instanceof Addition addition) {
                BigInteger left = constant(addition.getLeftExpression());
                BigInteger right = constant(addition.getRightExpression());
                return left == null || right == null ? null : left.add(right);
            }
            if (expression instanceof Subtraction subtraction) {
                BigInteger left = constant(subtraction.getLeftExpression());
                BigInteger right = constant(subtraction.getRightExpression());
                return left == null || right == null ? null : left.subtract(right);
            }
            return null;
        }

        boolean isZero() {
            return number != null && number.signum() == 0;
        }

        Value plusOne() {
            if (number != null) {
                return new Value(number.add(BigInteger.ONE), 0, 0);
            }
            return new Value(null, parameter, shift + 1);
        }

        void appendTo(List<Fragment> fragments) {
            if (number != null) {
                fragments.add(new Fragment.Text(number.min(MAX).toString()));
            } else {
                fragments.add(new Fragment.Param(parameter, shift));
            }
        }
    }
}
