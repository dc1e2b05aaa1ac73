package io.github.altibaseportable.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A prepared statement of a {@link StubConnection}, prepared with {@link #sql()}. Its parameters are
 * the {@code ?} markers of that SQL: binding outside {@code 1..count} is an error (SQLState 07009),
 * as executing with a parameter unbound is (07001). Every bind is logged as
 * {@code "<method>(<index>, <value>[, <extra>...])"} and kept ({@link #value(int)},
 * {@link #parameters()}); {@link #batched()} keeps the parameters of every {@code addBatch()}.
 */
public class StubPreparedStatement extends StubStatement implements UnsupportedPreparedStatement {
    private final String sql;
    /** The number of parameters, counted when first needed (so that preparing costs the same for any length). */
    private int parameterCount = -1;

    private final Map<Integer, Object> values = Collections.synchronizedMap(new HashMap<>());
    private final List<Map<Integer, Object>> batched = Collections.synchronizedList(new ArrayList<>());
    private int pendingBatch;
    private int[] declaredTypes = new int[0];
    /** {@code null} until declared (so that preparing allocates no more than it did). */
    private int[] declaredScales;

    StubPreparedStatement(StubConnection connection, String sql) {
        super(connection);
        this.sql = sql;
    }

    /** Checked once, when the connection prepared it; executing it again is not preparing it again. */
    @Override
    void checkAtPrepare(String sql) {}

    /** The SQL this statement was prepared with. */
    public String sql() {
        return sql;
    }

    /** The number of parameters of {@link #sql()}. */
    public int parameterCount() {
        if (parameterCount < 0) {
            parameterCount = Stubs.countParameters(sql);
        }
        return parameterCount;
    }

    /** The value bound at {@code index} ({@code null} for setNull or when unbound). */
    public Object value(int index) {
        return values.get(index);
    }

    /** The values bound now, by parameter index. */
    public Map<Integer, Object> parameters() {
        synchronized (values) {
            return new TreeMap<>(values);
        }
    }

    /** The parameters of every {@code addBatch()} so far, executed or not, oldest first. */
    public List<Map<Integer, Object>> batched() {
        synchronized (batched) {
            return List.copyOf(batched);
        }
    }

    /** The bind events of this statement ({@code set...}, {@code registerOutParameter}, {@code clearParameters}), oldest first. */
    public List<String> binds() {
        List<String> binds = new ArrayList<>();
        for (String event : events()) {
            if (event.startsWith("set")
                    || event.startsWith("registerOutParameter")
                    || event.equals("clearParameters")) {
                binds.add(event);
            }
        }
        return binds;
    }

    /** The {@link java.sql.Types} the server would describe the parameters as (default {@code OTHER}). */
    public StubPreparedStatement declareParameterTypes(int... types) {
        declaredTypes = types.clone();
        return this;
    }

    /** The scales the server would describe the parameters with (default 0). */
    public StubPreparedStatement declareParameterScales(int... scales) {
        declaredScales = scales.clone();
        return this;
    }

    int declaredScale(int index) {
        return declaredScales != null && index <= declaredScales.length ? declaredScales[index - 1] : 0;
    }

    int declaredType(int index) {
        return index <= declaredTypes.length ? declaredTypes[index - 1] : Types.OTHER;
    }

    void checkIndex(int index) throws SQLException {
        if (index < 1 || index > parameterCount()) {
            throw new SQLException("parameter index " + index + " is out of range 1.." + parameterCount(), "07009");
        }
    }

    /** Stores and logs a bind. */
    void bind(String method, int index, Object value, Object... extras) throws SQLException {
        checkOpen();
        checkIndex(index);
        if (method.equals("setObject") || method.equals("setArray")) {
            Stubs.refuseUnsupportedBind(value);
        }
        if (connection.isQuiet()) {
            values.put(index, value);
            return;
        }
        StringBuilder event =
                new StringBuilder(method).append('(').append(index).append(", ").append(Stubs.render(value));
        for (Object extra : extras) {
            event.append(", ").append(Stubs.render(extra));
        }
        values.put(index, value);
        record(event.append(')').toString());
    }

    private void bindNull(int index, Object... types) throws SQLException {
        checkOpen();
        checkIndex(index);
        StringBuilder event = new StringBuilder("setNull(").append(index);
        for (Object type : types) {
            event.append(", ").append(Stubs.render(type));
        }
        values.put(index, null);
        record(event.append(')').toString());
    }

    /** Throws unless every parameter is bound (or registered as OUT). */
    void checkAllBound() throws SQLException {
        for (int index = 1; index <= parameterCount(); index++) {
            if (!values.containsKey(index)) {
                throw new SQLException("parameter " + index + " is not bound: " + sql, "07001");
            }
        }
    }

    private static SQLException notOnPrepared(String method) {
        return new SQLException(method + "(String) cannot be called on a PreparedStatement", "HY000");
    }

    // ---- execution -------------------------------------------------------------------------------

    @Override
    public ResultSet executeQuery() throws SQLException {
        checkOpen();
        checkAllBound();
        return query("executeQuery", sql);
    }

    @Override
    public int executeUpdate() throws SQLException {
        checkOpen();
        checkAllBound();
        return (int) update("executeUpdate", sql);
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        connection.requireLarge("executeLargeUpdate");
        checkOpen();
        checkAllBound();
        return update("executeLargeUpdate", sql);
    }

    @Override
    public boolean execute() throws SQLException {
        checkOpen();
        checkAllBound();
        return executeAny("execute", sql);
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        checkAllBound();
        record("addBatch: " + sql);
        batched.add(parameters());
        pendingBatch++;
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        record("clearBatch");
        pendingBatch = 0;
    }

    @Override
    long[] runPendingBatch() throws SQLException {
        List<String> sqls = Collections.nCopies(pendingBatch, sql);
        List<Map<Integer, Object>> rows = batched();
        rows = rows.subList(rows.size() - pendingBatch, rows.size());
        pendingBatch = 0;
        return runBatch(sqls, rows);
    }

    @Override
    Map<Integer, Object> boundValues() {
        return parameters();
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        values.clear();
        record("clearParameters");
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new StubParameterMetaData(this);
    }

    /** The columns of the rows scripted for this SQL, or {@code null} when it is not a query. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        StubRows rows = connection.script().rowsFor(sql);
        return rows == null ? null : StubResultSet.metaData(rows);
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notOnPrepared("executeQuery");
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notOnPrepared("executeLargeUpdate");
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw notOnPrepared("executeUpdate");
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw notOnPrepared("execute");
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notOnPrepared("addBatch");
    }

    // ---- binds -----------------------------------------------------------------------------------

    @Override
    public void setObject(int index, Object value, SQLType extra) throws SQLException {
        bind("setObject", index, value, extra);
    }

    @Override
    public void setObject(int index, Object value, SQLType extra, int more) throws SQLException {
        bind("setObject", index, value, extra, more);
    }

    @Override
    public void setArray(int index, Array value) throws SQLException {
        bind("setArray", index, value);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, int extra) throws SQLException {
        bind("setAsciiStream", index, value, extra);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, long extra) throws SQLException {
        bind("setAsciiStream", index, value, extra);
    }

    @Override
    public void setAsciiStream(int index, InputStream value) throws SQLException {
        bind("setAsciiStream", index, value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        bind("setBigDecimal", index, value);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, int extra) throws SQLException {
        bind("setBinaryStream", index, value, extra);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, long extra) throws SQLException {
        bind("setBinaryStream", index, value, extra);
    }

    @Override
    public void setBinaryStream(int index, InputStream value) throws SQLException {
        bind("setBinaryStream", index, value);
    }

    @Override
    public void setBlob(int index, InputStream value, long extra) throws SQLException {
        bind("setBlob", index, value, extra);
    }

    @Override
    public void setBlob(int index, InputStream value) throws SQLException {
        bind("setBlob", index, value);
    }

    @Override
    public void setBlob(int index, Blob value) throws SQLException {
        bind("setBlob", index, value);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        bind("setBoolean", index, value);
    }

    @Override
    public void setByte(int index, byte value) throws SQLException {
        bind("setByte", index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        bind("setBytes", index, value);
    }

    @Override
    public void setCharacterStream(int index, Reader value, int extra) throws SQLException {
        bind("setCharacterStream", index, value, extra);
    }

    @Override
    public void setCharacterStream(int index, Reader value, long extra) throws SQLException {
        bind("setCharacterStream", index, value, extra);
    }

    @Override
    public void setCharacterStream(int index, Reader value) throws SQLException {
        bind("setCharacterStream", index, value);
    }

    @Override
    public void setClob(int index, Reader value, long extra) throws SQLException {
        bind("setClob", index, value, extra);
    }

    @Override
    public void setClob(int index, Reader value) throws SQLException {
        bind("setClob", index, value);
    }

    @Override
    public void setClob(int index, Clob value) throws SQLException {
        bind("setClob", index, value);
    }

    @Override
    public void setDate(int index, Date value, Calendar extra) throws SQLException {
        bind("setDate", index, value, extra);
    }

    @Override
    public void setDate(int index, Date value) throws SQLException {
        bind("setDate", index, value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        bind("setDouble", index, value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        bind("setFloat", index, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        bind("setInt", index, value);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        bind("setLong", index, value);
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long extra) throws SQLException {
        bind("setNCharacterStream", index, value, extra);
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        bind("setNCharacterStream", index, value);
    }

    @Override
    public void setNClob(int index, Reader value, long extra) throws SQLException {
        bind("setNClob", index, value, extra);
    }

    @Override
    public void setNClob(int index, Reader value) throws SQLException {
        bind("setNClob", index, value);
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        bind("setNClob", index, value);
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        bind("setNString", index, value);
    }

    @Override
    public void setNull(int index, int value, String extra) throws SQLException {
        bindNull(index, value, extra);
    }

    @Override
    public void setNull(int index, int value) throws SQLException {
        bindNull(index, value);
    }

    @Override
    public void setObject(int index, Object value, int extra, int more) throws SQLException {
        bind("setObject", index, value, extra, more);
    }

    @Override
    public void setObject(int index, Object value, int extra) throws SQLException {
        bind("setObject", index, value, extra);
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        bind("setObject", index, value);
    }

    @Override
    public void setRef(int index, Ref value) throws SQLException {
        bind("setRef", index, value);
    }

    @Override
    public void setRowId(int index, RowId value) throws SQLException {
        bind("setRowId", index, value);
    }

    @Override
    public void setSQLXML(int index, SQLXML value) throws SQLException {
        bind("setSQLXML", index, value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        bind("setShort", index, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        bind("setString", index, value);
    }

    @Override
    public void setTime(int index, Time value, Calendar extra) throws SQLException {
        bind("setTime", index, value, extra);
    }

    @Override
    public void setTime(int index, Time value) throws SQLException {
        bind("setTime", index, value);
    }

    @Override
    public void setTimestamp(int index, Timestamp value, Calendar extra) throws SQLException {
        bind("setTimestamp", index, value, extra);
    }

    @Override
    public void setTimestamp(int index, Timestamp value) throws SQLException {
        bind("setTimestamp", index, value);
    }

    @Override
    public void setURL(int index, URL value) throws SQLException {
        bind("setURL", index, value);
    }

    @Deprecated
    @Override
    public void setUnicodeStream(int index, InputStream value, int extra) throws SQLException {
        bind("setUnicodeStream", index, value, extra);
    }

    @Override
    public String toString() {
        return "StubPreparedStatement[" + sql + "]";
    }
}
