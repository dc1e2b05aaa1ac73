package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;

/**
 * Set operations: Altibase has {@code UNION [ALL]}, {@code INTERSECT} and {@code MINUS} only.
 * <ul>
 *   <li>{@code EXCEPT [DISTINCT]} becomes {@code MINUS}; {@code UNION DISTINCT} and
 *       {@code INTERSECT DISTINCT} lose the (default) {@code DISTINCT};</li>
 *   <li>{@code EXCEPT ALL} and {@code INTERSECT ALL} keep duplicates, which no Altibase operator does:
 *       unsupported;</li>
 *   <li>standard SQL binds {@code INTERSECT} tighter than {@code UNION} and {@code EXCEPT}; where a
 *       query relies on that ({@code a UNION b INTERSECT c}), the INTERSECT operands get brackets, so
 *       the meaning does not depend on the server's precedence.</li>
 * </ul>
 */
public final class SetOperationRule implements RewriteRule {

    @Override
    public String name() {
        return "setoperations";
    }

    @Override
    public String description() {
        return "EXCEPT -> MINUS; UNION/INTERSECT DISTINCT -> UNION/INTERSECT; INTERSECT operands bracketed";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of("EXCEPT", "INTERSECT", "UNION");
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (SetOperationList list : statement.find(SetOperationList.class)) {
            List<Select> selects = list.getSelects();
            List<SetOperation> operations = list.getOperations();
            for (Select select : selects) {
                if (!statement.hasPosition(select)) {
                    context.unsupported("cannot find the queries of a set operation in the text");
                    return;
                }
            }
            for (int i = 0; i < operations.size(); i++) {
                if (!operator(statement, operations.get(i), selects.get(i), selects.get(i + 1), context)) {
                    return;
                }
            }
            bracketIntersections(statement, list, context);
        }
    }

    /** Rewrites the operator between {@code left} and {@code right}; false (unsupported reported) when it cannot. */
    private static boolean operator(
            ParsedStatement statement, SetOperation operation, Select left, Select right, RewriteContext context) {
        int first = statement.lastToken(left) + 1;
        int last = statement.firstToken(right) - 1;
        if (last < first || !statement.isAnyWord(first, "UNION", "INTERSECT", "EXCEPT", "MINUS")) {
            context.unsupported("cannot find the set operator in the text");
            return false;
        }
        String keyword;
        if (operation instanceof ExceptOp) {
            keyword = "MINUS";
        } else if (operation instanceof IntersectOp) {
            keyword = "INTERSECT";
        } else if (operation instanceof UnionOp && operation.isDistinct()) {
            keyword = "UNION";
        } else {
            return true;
        }
        if (operation.isAll()) {
            context.unsupported(statement.tokenText(first).toUpperCase(Locale.ROOT)
                    + " ALL keeps duplicates; Altibase has no such operator");
            return false;
        }
        if (operation instanceof IntersectOp && !operation.isDistinct()) {
            return true;
        }
        context.edit(Edit.replace(statement.tokenBegin(first), statement.tokenEnd(last), keyword));
        return true;
    }

    /** Brackets each run of INTERSECT operands that follows a UNION, EXCEPT or MINUS. */
    private static void bracketIntersections(ParsedStatement statement, SetOperationList list, RewriteContext context) {
        List<Select> selects = list.getSelects();
        List<SetOperation> operations = list.getOperations();
        int i = 1;
        while (i < operations.size()) {
            if (operations.get(i) instanceof IntersectOp && !(operations.get(i - 1) instanceof IntersectOp)) {
                int end = i;
                while (end + 1 < operations.size() && operations.get(end + 1) instanceof IntersectOp) {
                    end++;
                }
                context.edit(Edit.insert(statement.begin(selects.get(i)), "("));
                context.edit(Edit.insert(operandEnd(statement, list, end + 1), ")"));
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * Where query {@code index} of {@code list} ends: the parser's position of the last query also
     * covers the ORDER BY, LIMIT, OFFSET and FETCH of the whole list, which stay outside the brackets.
     */
    private static int operandEnd(ParsedStatement statement, SetOperationList list, int index) {
        Select select = list.getSelects().get(index);
        boolean listClauses = list.getOrderByElements() != null
                || list.getLimit() != null
                || list.getOffset() != null
                || list.getFetch() != null;
        if (index < list.getSelects().size() - 1 || !listClauses) {
            return statement.end(select);
        }
        int depth = 0;
        for (int token = statement.firstToken(select); token <= statement.lastToken(select); token++) {
            String text = statement.tokenText(token);
            depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
            if (depth == 0
                    && ((statement.isWord(token, "ORDER") && statement.isWord(token + 1, "BY"))
                            || statement.isAnyWord(token, "LIMIT", "OFFSET", "FETCH"))) {
                return statement.tokenEnd(token - 1);
            }
        }
        return statement.end(select);
    }
}
