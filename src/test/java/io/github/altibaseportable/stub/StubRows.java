package io.github.altibaseportable.stub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a scripted query returns: column names and rows of values, immutable. Build with
 * {@code StubRows.columns("ID", "NAME").row(1, "a").row(2, "b")}. A column can be given the type the
 * server would describe it with ({@link #declare}); otherwise the metadata types it by the first row's value.
 */
public final class StubRows {
    /** A column's type as the server describes it: its {@code java.sql.Types} code, precision and scale. */
    public record ColumnType(int type, int precision, int scale) {}

    private final List<String> columns;
    private final List<Object[]> rows;
    private final Map<Integer, ColumnType> declared;

    private StubRows(List<String> columns, List<Object[]> rows, Map<Integer, ColumnType> declared) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.declared = Map.copyOf(declared);
    }

    /** No rows yet, with these columns (none at all is allowed: a result with no columns). */
    public static StubRows columns(String... names) {
        return new StubRows(Arrays.asList(names), List.of(), Map.of());
    }

    /** These rows, the column named {@code column} described as {@code type} with that precision and scale. */
    public StubRows declare(String column, int type, int precision, int scale) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        Map<Integer, ColumnType> more = new HashMap<>(declared);
        more.put(index + 1, new ColumnType(type, precision, scale));
        return new StubRows(columns, rows, more);
    }

    /** The type declared for {@code column} (1-based), or {@code null}. */
    ColumnType declared(int column) {
        return declared.get(column);
    }

    /** One row with one column: what {@code SELECT COUNT(*)} returns. */
    public static StubRows single(String column, Object value) {
        return columns(column).row(value);
    }

    /** These rows and one more; it must have a value for every column. */
    public StubRows row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + values.length + " values for " + columns.size() + " columns");
        }
        List<Object[]> more = new ArrayList<>(rows);
        more.add(values.clone());
        return new StubRows(columns, more, declared);
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
