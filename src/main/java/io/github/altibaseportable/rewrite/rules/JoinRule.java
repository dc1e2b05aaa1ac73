package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import io.github.altibaseportable.rewrite.TriggerScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Joins: Altibase's joins all need {@code ON} (no {@code CROSS JOIN}, {@code NATURAL JOIN} or
 * {@code USING}).
 * <ul>
 *   <li>{@code a CROSS JOIN b} becomes {@code a JOIN b ON 1=1}, which keeps its place among other joins
 *       (a comma would bind looser than the joins after it);</li>
 *   <li>{@code a [LEFT|RIGHT|FULL] JOIN b USING (c)} becomes {@code ... ON a.c = b.c}, and the query's
 *       unqualified references to {@code c} become what USING makes of it: the left column
 *       ({@code a.c}), the right one after a RIGHT JOIN, {@code COALESCE(a.c, b.c)} after a FULL JOIN;</li>
 *   <li>{@code NATURAL JOIN} does the same with the columns both sides have, when the statement lists
 *       them (subqueries with plain select lists).</li>
 * </ul>
 * What needs the catalog is unsupported (sent as written, refused in strict mode): NATURAL JOIN of
 * tables, a USING column that more than one table on the left may have, {@code SELECT *} over such a
 * join (its columns differ from the ON form's), and subqueries that refer to a joined column without
 * qualifying it.
 */
public final class JoinRule implements RewriteRule {

    @Override
    public String name() {
        return "joins";
    }

    @Override
    public String description() {
        return "CROSS JOIN -> JOIN ... ON 1=1; JOIN ... USING (c) and NATURAL JOIN -> JOIN ... ON where the columns are known";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of();
    }

    @Override
    public Set<String> scopedTriggerWords(TriggerScope scope) {
        return scope == TriggerScope.FROM_CLAUSE ? Set.of("CROSS", "NATURAL", "USING") : Set.of();
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (ParenthesedFromItem bracketed : statement.find(ParenthesedFromItem.class)) {
            if (!bracketedJoins(statement, bracketed.getJoins(), context)) {
                return;
            }
        }
        for (PlainSelect select : statement.find(PlainSelect.class)) {
            if (select.getJoins() != null && !query(statement, select, context)) {
                return;
            }
        }
    }

    /** Joins inside brackets: CROSS JOIN is rewritten; USING and NATURAL would need the query around them. */
    private static boolean bracketedJoins(ParsedStatement statement, List<Join> joins, RewriteContext context) {
        for (Join join : joins == null ? List.<Join>of() : joins) {
            if (isCross(join) && !cross(statement, join, context)) {
                return false;
            }
            if (join.isNatural() || hasUsing(join)) {
                context.unsupported("NATURAL JOIN or JOIN ... USING inside brackets");
                return false;
            }
        }
        return true;
    }

    private static boolean query(ParsedStatement statement, PlainSelect select, RewriteContext context) {
        JoinScope scope = new JoinScope();
        scope.add(select.getFromItem());
        Set<Column> usingLists = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Join join : select.getJoins()) {
            if (isCross(join) && !cross(statement, join, context)) {
                return false;
            }
            if ((join.isNatural() || hasUsing(join)) && !usingJoin(statement, scope, join, usingLists, context)) {
                return false;
            }
            scope.add(join.getFromItem());
        }
        return scope.joined().isEmpty() || qualify(statement, select, scope, usingLists, context);
    }

    private static boolean isCross(Join join) {
        return join.isCross() && !join.isApply();
    }

    private static boolean hasUsing(Join join) {
        return join.getUsingColumns() != null && !join.getUsingColumns().isEmpty();
    }

    /** {@code CROSS JOIN b} to {@code JOIN b ON 1=1}. */
    private static boolean cross(ParsedStatement statement, Join join, RewriteContext context) {
        int first = statement.hasPosition(join) ? statement.firstToken(join) : -1;
        if (!statement.isWord(first, "CROSS") || !statement.isWord(first + 1, "JOIN")) {
            context.unsupported("cannot find CROSS JOIN in the text");
            return false;
        }
        context.edit(Edit.replace(statement.tokenBegin(first), statement.tokenEnd(first + 1), "JOIN"));
        context.edit(Edit.insert(statement.end(join), " ON 1=1"));
        return true;
    }

    /** {@code JOIN b USING (c)} or {@code NATURAL JOIN b} to {@code JOIN b ON a.c = b.c}. */
    private static boolean usingJoin(
            ParsedStatement statement, JoinScope scope, Join join, Set<Column> usingLists, RewriteContext context) {
        FromItem right = join.getFromItem();
        String rightQualifier = JoinScope.qualifier(right);
        if (rightQualifier == null || !statement.hasPosition(join) || !statement.hasPosition(right)) {
            context.unsupported("the table joined with USING or NATURAL needs a name or an alias");
            return false;
        }
        Map<String, String> columns;
        if (join.isNatural()) {
            columns = scope.common(JoinScope.columns(right));
            if (columns == null) {
                context.unsupported("NATURAL JOIN: which columns the tables share is not known without the catalog");
                return false;
            }
        } else {
            columns = new LinkedHashMap<>();
            for (Column column : join.getUsingColumns()) {
                columns.put(JoinScope.key(column.getColumnName()), column.getColumnName());
                usingLists.add(column);
            }
        }
        List<String> conditions = new ArrayList<>();
        Map<String, String> results = new LinkedHashMap<>();
        for (String name : columns.values()) {
            String left = scope.left(name);
            if (left == null) {
                context.unsupported("JOIN ... USING (" + name + "): which table before it has " + name
                        + " is not known without the catalog, or that table has no alias; write ON");
                return false;
            }
            String rightColumn = rightQualifier + "." + name;
            conditions.add(left + " = " + rightColumn);
            results.put(
                    name,
                    join.isRight()
                            ? rightColumn
                            : join.isFull() ? "COALESCE(" + left + ", " + rightColumn + ")" : left);
        }
        results.forEach(scope::join);
        String on = "ON " + (conditions.isEmpty() ? "1=1" : String.join(" AND ", conditions));
        if (join.isNatural()) {
            int natural = statement.firstToken(join);
            if (!statement.isWord(natural, "NATURAL")) {
                context.unsupported("cannot find NATURAL JOIN in the text");
                return false;
            }
            context.edit(Edit.delete(statement.tokenBegin(natural), statement.tokenBegin(natural + 1)));
            context.edit(Edit.insert(statement.end(join), " " + on));
        } else {
            int using = statement.lastToken(right) + 1;
            if (!statement.isWord(using, "USING")) {
                context.unsupported("cannot find USING in the text");
                return false;
            }
            context.edit(Edit.replace(statement.tokenBegin(using), statement.end(join), on));
        }
        return true;
    }

    /** Replaces the query's unqualified references to joined columns by what they stand for. */
    private static boolean qualify(
            ParsedStatement statement,
            PlainSelect select,
            JoinScope scope,
            Set<Column> usingLists,
            RewriteContext context) {
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getExpression() instanceof AllColumns && !(item.getExpression() instanceof AllTableColumns)) {
                context.unsupported("SELECT * over JOIN ... USING or NATURAL JOIN lists the joined columns once; "
                        + "without the catalog the driver cannot; name the columns");
                return false;
            }
        }
        int begin = statement.begin(select);
        int end = statement.end(select);
        List<Object> ownScopes = ownScopes(select);
        List<Object> subqueries = subqueries(statement, select);
        Set<Column> orderedByAlias = orderedByAlias(select);
        for (Column column : statement.find(Column.class)) {
            String value = scope.joined().get(JoinScope.key(column.getColumnName()));
            if (value == null
                    || (column.getTable() != null && column.getTable().getName() != null)
                    || !statement.hasPosition(column)
                    || usingLists.contains(column)
                    || orderedByAlias.contains(column)) {
                continue;
            }
            int position = statement.begin(column);
            if (position < begin || position >= end || isInside(statement, ownScopes, position)) {
                continue;
            }
            if (isInside(statement, subqueries, position)) {
                context.unsupported("a subquery refers to the joined column " + column.getColumnName()
                        + " without naming its table");
                return false;
            }
            boolean computed = value.indexOf('(') >= 0;
            String replacement =
                    computed && isWholeSelectItem(select, column) ? value + " AS " + statement.text(column) : value;
            context.edit(Edit.replace(position, statement.end(column), replacement));
        }
        return true;
    }

    /** The parts of a query with names of their own: its FROM items and WITH items. */
    private static List<Object> ownScopes(PlainSelect select) {
        List<Object> scopes = new ArrayList<>();
        scopes.add(select.getFromItem());
        for (Join join : select.getJoins()) {
            scopes.add(join.getFromItem());
        }
        if (select.getWithItemsList() != null) {
            for (WithItem<?> with : select.getWithItemsList()) {
                scopes.add(with);
            }
        }
        return scopes;
    }

    /** The subqueries inside {@code select}. */
    private static List<Object> subqueries(ParsedStatement statement, PlainSelect select) {
        List<Object> inside = new ArrayList<>();
        for (Select subquery : statement.find(Select.class)) {
            if (subquery != select
                    && statement.hasPosition(subquery)
                    && statement.begin(subquery) >= statement.begin(select)
                    && statement.end(subquery) <= statement.end(select)) {
                inside.add(subquery);
            }
        }
        return inside;
    }

    private static boolean isInside(ParsedStatement statement, List<Object> nodes, int position) {
        for (Object node : nodes) {
            if (statement.hasPosition(node) && statement.begin(node) <= position && position < statement.end(node)) {
                return true;
            }
        }
        return false;
    }

    /** ORDER BY items that name a select-list alias (which USING does not change). */
    private static Set<Column> orderedByAlias(PlainSelect select) {
        Set<String> aliases = new HashSet<>();
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getAlias() != null) {
                aliases.add(JoinScope.key(item.getAlias().getName()));
            }
        }
        Set<Column> ordered = Collections.newSetFromMap(new IdentityHashMap<>());
        if (select.getOrderByElements() != null) {
            for (OrderByElement element : select.getOrderByElements()) {
                if (element.getExpression() instanceof Column column
                        && column.getTable() == null
                        && aliases.contains(JoinScope.key(column.getColumnName()))) {
                    ordered.add(column);
                }
            }
        }
        return ordered;
    }

    private static boolean isWholeSelectItem(PlainSelect select, Column column) {
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getExpression() == column && item.getAlias() == null) {
                return true;
            }
        }
        return false;
    }
}
