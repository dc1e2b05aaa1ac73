package io.github.altibaseportable.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows a scripted query returns: column names and rows of values, immutable. Build with
 * {@code StubRows.columns("ID", "NAME").row(1, "a").row(2, "b")}.
 */
public final class StubRows {
    private final List<String> columns;
    private final List<Object[]> rows;

    private StubRows(List<String> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** No rows yet, with these columns (none at all is allowed: a result with no columns). */
    public static StubRows columns(String... names) {
        return new StubRows(Arrays.asList(names), List.of());
    }

    /** One row with one column: what {@code SELECT COUNT(*)} returns. */
    public static StubRows single(String column, Object value) {
        return columns(column).row(value);
    }

    /** These rows and one more; it must have a value for every column. */
    public StubRows row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size() + " columns");
        }
        List<Object[]> more = new ArrayList<>(rows);
        more.add(values.clone());
        return new StubRows(columns, more);
    }

    public List<String> columnNames() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The value of {@code row} (0-based) in {@code column} (1-based, as JDBC numbers columns). */
    Object value(int row, int column) {
        return rows.get(row)[column - 1];
    }

    @Override
    public String toString() {
        return "StubRows" + columns + " x " + rows.size();
    }
}
