package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A result set of this driver: every call goes to the Altibase result set ({@link ForwardingResultSet}), except
 * {@link #getStatement()}, which returns the statement wrapper that produced it, and the value getters
 * that read as other databases' drivers do: {@code NUMERIC}/{@code DECIMAL} values with their column's
 * scale ({@link DecimalScales}, read from the metadata when the first such value is read) and
 * {@code getObject(i, type)} for the JDBC 4.2 targets ({@link ValueConversions}).
 */
public class PortableResultSet extends ForwardingResultSet {
    private final PortableStatement statement;
    private final ResultSet delegate;
    /** The scales of the decimal columns; {@code null} until a decimal value is read. */
    private DecimalScales scales;

    PortableResultSet(PortableStatement statement, ResultSet delegate) {
        this.statement = statement;
        this.delegate = delegate;
    }

    /** The Altibase result set. */
    @Override
    ResultSet delegate() {
        return delegate;
    }

    /** {@code value}, read from {@code column}, with the column's scale. */
    private BigDecimal scaled(int column, BigDecimal value) throws SQLException {
        if (value == null) {
            return null;
        }
        DecimalScales known = scales;
        if (known == null) {
            known = DecimalScales.of(delegate.getMetaData());
            scales = known;
        }
        return known.restore(column, value);
    }

    private void checkOpen() throws SQLException {
        if (delegate.isClosed()) {
            throw SqlState.INVALID_CURSOR_STATE.exception("result set is closed");
        }
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object value = delegate.getObject(columnIndex);
        return value instanceof BigDecimal decimal ? scaled(columnIndex, decimal) : value;
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(delegate.findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return scaled(columnIndex, delegate.getBigDecimal(columnIndex));
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(delegate.findColumn(columnLabel));
    }

    /** The statement wrapper that produced this result set; {@code null} for metadata result sets. */
    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == String.class) {
            return type.cast(getString(columnIndex));
        }
        return ValueConversions.covers(type)
                ? ValueConversions.read(getObject(columnIndex), type, columnIndex)
                : delegate.getObject(columnIndex, type);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(delegate.findColumn(columnLabel), type);
    }

    @Override
    public String toString() {
        return "PortableResultSet[" + delegate + "]";
    }
}
