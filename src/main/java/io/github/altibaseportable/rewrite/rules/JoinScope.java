package io.github.altibaseportable.rewrite.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * What a query's FROM clause tells about its columns, without the catalog: for each joined item the
 * name that qualifies its columns and, for a subquery with a plain select list, the names of its
 * columns; and for each column joined with {@code USING} or {@code NATURAL}, the expression that
 * stands for it after the join. Column names are compared as SQL does: unquoted ones in upper case,
 * quoted ones exactly.
 */
final class JoinScope {
    /** One item of the FROM clause: {@code qualifier} may be {@code null}, {@code columns} is {@code null} when unknown. */
    private record Item(String qualifier, Map<String, String> columns) {}

    private final List<Item> items = new ArrayList<>();
    private final Map<String, String> joined = new LinkedHashMap<>();

    /** The key a column name is compared by. */
    static String key(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** Adds the next item of the FROM clause. */
    void add(FromItem item) {
        items.add(new Item(qualifier(item), columns(item)));
    }

    /**
     * The name that qualifies the columns of {@code item}: its alias, or a table's own name without its
     * schema (as in PostgreSQL, two tables of one name need aliases); {@code null} when it has none.
     */
    static String qualifier(FromItem item) {
        Alias alias = item.getAlias();
        if (alias != null) {
            return alias.getName();
        }
        return item instanceof Table table ? table.getName() : null;
    }

    /** The columns (key to name as written) of a subquery with a plain select list; {@code null} otherwise. */
    static Map<String, String> columns(FromItem item) {
        if (!(item instanceof ParenthesedSelect subquery) || !(subquery.getSelect() instanceof PlainSelect select)) {
            return null;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Alias alias = subquery.getAlias();
        if (alias != null
                && alias.getAliasColumns() != null
                && !alias.getAliasColumns().isEmpty()) {
            for (Alias.AliasColumn column : alias.getAliasColumns()) {
                columns.put(key(column.name), column.name);
            }
            return columns;
        }
        for (SelectItem<?> selectItem : select.getSelectItems()) {
            String name = selectItem.getAlias() != null
                    ? selectItem.getAlias().getName()
                    : selectItem.getExpression() instanceof Column column ? column.getColumnName() : null;
            if (name == null) {
                return null;
            }
            columns.put(key(name), name);
        }
        return columns;
    }

    /**
     * The names (key to name as written) that every item so far and {@code right} have in common, as
     * NATURAL JOIN uses them; {@code null} when the columns of some item are not known.
     */
    Map<String, String> common(Map<String, String> right) {
        if (right == null) {
            return null;
        }
        Map<String, String> common = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.columns() == null) {
                return null;
            }
            for (String key : item.columns().keySet()) {
                if (right.containsKey(key)) {
                    common.put(key, right.get(key));
                }
            }
        }
        return common;
    }

    /**
     * The expression that stands for column {@code name} on the left of the next join: the joined
     * column it already is, or the qualified column of the one item that has it; {@code null} when
     * that cannot be told without the catalog.
     */
    String left(String name) {
        String key = key(name);
        if (joined.containsKey(key)) {
            return joined.get(key);
        }
        Item owner = null;
        if (items.size() == 1) {
            owner = items.get(0);
        } else {
            for (Item item : items) {
                if (item.columns() == null) {
                    return null;
                }
                if (item.columns().containsKey(key)) {
                    if (owner != null) {
                        return null;
                    }
                    owner = item;
                }
            }
        }
        return owner == null || owner.qualifier() == null ? null : owner.qualifier() + "." + name;
    }

    /** Records what column {@code name} stands for from now on. */
    void join(String name, String value) {
        joined.put(key(name), value);
    }

    /** The joined columns: key to the expression that stands for each. */
    Map<String, String> joined() {
        return joined;
    }
}
