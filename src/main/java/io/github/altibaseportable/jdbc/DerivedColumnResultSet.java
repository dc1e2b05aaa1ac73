package io.github.altibaseportable.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Map;

/**
 * A metadata result set in which one text column can take a value computed from the rest of its
 * row: the Altibase driver's answer is kept unless the {@link Replacement} gives another. Only the
 * text and object getters of that column see the replacement; {@code wasNull} reports the
 * driver's own value of the column.
 */
final class DerivedColumnResultSet extends PortableResultSet {
    /** The value a row's column takes instead of the driver's, or {@code null} to keep the driver's. */
    @FunctionalInterface
    interface Replacement {
        String valueFor(ResultSet row) throws SQLException;
    }

    private final ResultSet rows;
    private final int column;
    private final String label;
    private final Replacement replacement;

    private DerivedColumnResultSet(ResultSet rows, int column, String label, Replacement replacement) {
        super(null, rows);
        this.rows = rows;
        this.column = column;
        this.label = label;
        this.replacement = replacement;
    }

    /** {@code rows}, wrapped, with the column labelled {@code label} derived; plainly wrapped when there is no such column. */
    static ResultSet wrap(ResultSet rows, String label, Replacement replacement) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        for (int index = 1; index <= columns.getColumnCount(); index++) {
            if (label.equalsIgnoreCase(columns.getColumnLabel(index))) {
                return new DerivedColumnResultSet(rows, index, label, replacement);
            }
        }
        return new PortableResultSet(null, rows);
    }

    private String value() throws SQLException {
        String replaced = replacement.valueFor(rows);
        String original = rows.getString(column);
        return replaced == null ? original : replaced;
    }

    private boolean isDerived(String columnLabel) {
        return label.equalsIgnoreCase(columnLabel);
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return columnIndex == column ? value() : super.getString(columnIndex);
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return isDerived(columnLabel) ? value() : super.getString(columnLabel);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return columnIndex == column ? value() : super.getObject(columnIndex);
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return isDerived(columnLabel) ? value() : super.getObject(columnLabel);
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        return columnIndex == column && type.isAssignableFrom(String.class)
                ? type.cast(value())
                : super.getObject(columnIndex, type);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return isDerived(columnLabel) && type.isAssignableFrom(String.class)
                ? type.cast(value())
                : super.getObject(columnLabel, type);
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return columnIndex == column ? value() : super.getObject(columnIndex, map);
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return isDerived(columnLabel) ? value() : super.getObject(columnLabel, map);
    }
}
