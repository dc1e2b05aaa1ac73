package io.github.altibaseportable.stub;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A callable statement of a {@link StubConnection}. OUT parameters are registered by position
 * (logged as {@code "registerOutParameter(<index>, <type>)"}, counting as bound) and read back by
 * position with the values a test gave {@link #outValue(int, Object)}. Named parameters are not
 * supported.
 */
public class StubCallableStatement extends StubPreparedStatement implements UnsupportedCallableStatement {
    private final Map<Integer, Object> outValues = new ConcurrentHashMap<>();
    private volatile boolean lastWasNull;

    StubCallableStatement(StubConnection connection, String sql) {
        super(connection, sql);
    }

    /** The value the OUT parameter {@code index} has after execution ({@code null} is not allowed here). */
    public StubCallableStatement outValue(int index, Object value) {
        outValues.put(index, value);
        return this;
    }

    private Object out(int index) throws SQLException {
        checkOpen();
        checkIndex(index);
        Object value = Stubs.asServerReturns(outValues.get(index));
        lastWasNull = value == null;
        return value;
    }

    @Override
    public void registerOutParameter(int index, int sqlType) throws SQLException {
        bind("registerOutParameter", index, sqlType);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        bind("registerOutParameter", index, sqlType, scale);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        bind("registerOutParameter", index, sqlType, typeName);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType) throws SQLException {
        bind("registerOutParameter", index, sqlType);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, int scale) throws SQLException {
        bind("registerOutParameter", index, sqlType, scale);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, String typeName) throws SQLException {
        bind("registerOutParameter", index, sqlType, typeName);
    }

    @Override
    public boolean wasNull() {
        return lastWasNull;
    }

    @Override
    public Object getObject(int index) throws SQLException {
        return out(index);
    }

    @Override
    public String getString(int index) throws SQLException {
        Object value = out(index);
        return value == null ? null : value.toString();
    }

    @Override
    public int getInt(int index) throws SQLException {
        Object value = out(index);
        return value == null ? 0 : ((Number) value).intValue();
    }

    @Override
    public long getLong(int index) throws SQLException {
        Object value = out(index);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        Object value = out(index);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
