package io.github.altibaseportable.stub;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import javax.sql.rowset.RowSetMetaDataImpl;

/**
 * A forward-only, read-only result set over {@link StubRows}. {@link #getStatement()} is the stub
 * statement that produced it ({@code null} for database metadata results, as the wrappers expect);
 * reading a closed result set, or a column or row that is not there, is an error.
 */
public final class StubResultSet implements UnsupportedResultSet {
    private final StubStatement statement;
    private final StubRows rows;
    private int row = -1;
    private volatile boolean closed;
    private boolean lastWasNull;
    private int fetchSize;
    /** Built when first asked for: a server's driver has its result set's metadata from the execution. */
    private ResultSetMetaData metaData;

    private int metaDataRequests;

    StubResultSet(StubStatement statement, StubRows rows) {
        this.statement = statement;
        this.rows = rows;
    }

    /** Metadata naming the columns of {@code rows}, typed by the first row's values. */
    static ResultSetMetaData metaData(StubRows rows) throws SQLException {
        RowSetMetaDataImpl metaData = new RowSetMetaDataImpl();
        int count = rows.columnNames().size();
        if (count > 0) {
            metaData.setColumnCount(count);
        }
        for (int column = 1; column <= count; column++) {
            metaData.setColumnName(column, rows.columnNames().get(column - 1));
            metaData.setColumnLabel(column, rows.columnNames().get(column - 1));
            StubRows.ColumnType declared = rows.declared(column);
            int type = declared != null
                    ? declared.type()
                    : rows.rowCount() == 0 ? Types.OTHER : typeOf(rows.value(0, column));
            if (declared != null) {
                metaData.setPrecision(column, declared.precision());
                metaData.setScale(column, declared.scale());
            }
            metaData.setColumnType(column, type);
            metaData.setColumnTypeName(column, java.sql.JDBCType.valueOf(type).getName());
        }
        return metaData;
    }

    private static int typeOf(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Types.INTEGER;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return Types.BIGINT;
        }
        if (value instanceof BigDecimal) {
            return Types.NUMERIC;
        }
        if (value instanceof String) {
            return Types.VARCHAR;
        }
        return Types.OTHER;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("result set is closed", "24000");
        }
    }

    private Object value(int column) throws SQLException {
        checkOpen();
        if (row < 0 || row >= rows.rowCount()) {
            throw new SQLException("no current row", "24000");
        }
        if (column < 1 || column > rows.columnNames().size()) {
            throw new SQLException(
                    "column " + column + " is out of range 1.."
                            + rows.columnNames().size(),
                    "07009");
        }
        Object value = Stubs.asServerReturns(rows.value(row, column));
        lastWasNull = value == null;
        return value;
    }

    private Number number(int column) throws SQLException {
        Object value = value(column);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return number;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException notNumber) {
            throw new SQLException("column " + column + " value '" + value + "' is not a number", "22018");
        }
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (row < rows.rowCount()) {
            row++;
        }
        return row < rows.rowCount();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return lastWasNull;
    }

    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        for (int column = 1; column <= rows.columnNames().size(); column++) {
            if (rows.columnNames().get(column - 1).equalsIgnoreCase(label)) {
                return column;
            }
        }
        throw new SQLException("no column " + label, "42S22");
    }

    @Override
    public Object getObject(int column) throws SQLException {
        return value(column);
    }

    @Override
    public Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public <T> T getObject(int column, Class<T> type) throws SQLException {
        Object value = value(column);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (type == Long.class) {
            return type.cast(number(column).longValue());
        }
        if (type == Integer.class) {
            return type.cast(number(column).intValue());
        }
        if (type == String.class) {
            return type.cast(value.toString());
        }
        throw new SQLException("cannot convert " + value.getClass().getName() + " to " + type.getName(), "22018");
    }

    @Override
    public <T> T getObject(String label, Class<T> type) throws SQLException {
        return getObject(findColumn(label), type);
    }

    @Override
    public String getString(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    @Override
    public String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        Object value = value(column);
        return value instanceof Boolean b ? b : value != null && number(column).intValue() != 0;
    }

    @Override
    public byte getByte(int column) throws SQLException {
        return number(column).byteValue();
    }

    @Override
    public short getShort(int column) throws SQLException {
        return number(column).shortValue();
    }

    @Override
    public int getInt(int column) throws SQLException {
        return number(column).intValue();
    }

    @Override
    public int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public long getLong(int column) throws SQLException {
        return number(column).longValue();
    }

    @Override
    public long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public float getFloat(int column) throws SQLException {
        return number(column).floatValue();
    }

    @Override
    public double getDouble(int column) throws SQLException {
        return number(column).doubleValue();
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        Object value = value(column);
        return value == null ? null : new BigDecimal(number(column).toString());
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        metaDataRequests++;
        if (metaData == null) {
            metaData = metaData(rows);
        }
        return metaData;
    }

    /** How many times {@link #getMetaData()} was called. */
    public int metaDataRequests() {
        return metaDataRequests;
    }

    /** The stub statement that produced this result set; {@code null} for database metadata. */
    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return row >= 0 && row < rows.rowCount() ? row + 1 : 0;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return row < 0 && rows.rowCount() > 0;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return row >= rows.rowCount() && rows.rowCount() > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return row == 0 && rows.rowCount() > 0;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw new SQLException("only FETCH_FORWARD", "HY024");
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = rows;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String toString() {
        return "StubResultSet" + rows.columnNames() + (closed ? "[closed]" : "");
    }
}
