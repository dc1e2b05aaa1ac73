package io.github.altibaseportable.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;

import io.github.altibaseportable.rewrite.StatementPlan;

/**
 * A callable statement of this driver. Parameters by position follow the plan's mapping, for OUT
 * parameters as for IN parameters; parameters by name go straight to the Altibase statement.
 * {@code NUMERIC}/{@code DECIMAL} OUT values by position come back with their scale: the one given to
 * {@code registerOutParameter}, else the parameter's declared one ({@link DecimalScales}); values are
 * converted as {@link ValueConversions} says, in and out.
 */
public class PortableCallableStatement extends PortablePreparedStatement implements CallableStatement {
    private final CallableStatement callable;
    /** Scales given to {@code registerOutParameter}, by Altibase position; {@code null} until one is. */
    private Map<Integer, Integer> registeredScales;
    /** The declared scales of the parameters, by Altibase position; {@code null} until needed. */
    private DecimalScales declaredScales;

    PortableCallableStatement(PortableConnection connection, CallableStatement callable, StatementPlan plan) {
        super(connection, callable, plan);
        this.callable = callable;
    }

    /** The Altibase position of the application's parameter {@code parameterIndex}. */
    private int at(int parameterIndex) throws SQLException {
        return mapping == null ? parameterIndex : firstTarget(mapping, parameterIndex);
    }

    @Override
    public void registerOutParameter(int parameterIndex, int sqlType) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType);
    }

    @Override
    public void registerOutParameter(int parameterIndex, int sqlType, int scale) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType, scale);
        registerScale(at(parameterIndex), sqlType, scale);
    }

    private void registerScale(int position, int sqlType, int scale) {
        if (sqlType == Types.NUMERIC || sqlType == Types.DECIMAL) {
            if (registeredScales == null) {
                registeredScales = new HashMap<>();
            }
            registeredScales.put(position, scale);
        }
    }

    /**
     * {@code value} of the OUT parameter at Altibase position {@code position} with its scale. When the
     * driver cannot describe the parameters, values are returned as it gives them.
     */
    private BigDecimal scaled(int position, BigDecimal value) throws SQLException {
        if (value == null) {
            return null;
        }
        Integer registered = registeredScales == null ? null : registeredScales.get(position);
        if (registered != null) {
            return value.scale() < registered ? value.setScale(registered) : value;
        }
        if (declaredScales == null) {
            try {
                declaredScales = DecimalScales.of(callable.getParameterMetaData());
            } catch (SQLException cannotDescribe) {
                declaredScales = DecimalScales.EMPTY;
            }
        }
        return declaredScales.restore(position, value);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return callable.wasNull();
    }

    @Override
    public String getString(int parameterIndex) throws SQLException {
        return callable.getString(at(parameterIndex));
    }

    @Override
    public boolean getBoolean(int parameterIndex) throws SQLException {
        return callable.getBoolean(at(parameterIndex));
    }

    @Override
    public byte getByte(int parameterIndex) throws SQLException {
        return callable.getByte(at(parameterIndex));
    }

    @Override
    public short getShort(int parameterIndex) throws SQLException {
        return callable.getShort(at(parameterIndex));
    }

    @Override
    public int getInt(int parameterIndex) throws SQLException {
        return callable.getInt(at(parameterIndex));
    }

    @Override
    public long getLong(int parameterIndex) throws SQLException {
        return callable.getLong(at(parameterIndex));
    }

    @Override
    public float getFloat(int parameterIndex) throws SQLException {
        return callable.getFloat(at(parameterIndex));
    }

    @Override
    public double getDouble(int parameterIndex) throws SQLException {
        return callable.getDouble(at(parameterIndex));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int parameterIndex, int scale) throws SQLException {
        return callable.getBigDecimal(at(parameterIndex), scale);
    }

    @Override
    public byte[] getBytes(int parameterIndex) throws SQLException {
        return callable.getBytes(at(parameterIndex));
    }

    @Override
    public Date getDate(int parameterIndex) throws SQLException {
        return callable.getDate(at(parameterIndex));
    }

    @Override
    public Time getTime(int parameterIndex) throws SQLException {
        return callable.getTime(at(parameterIndex));
    }

    @Override
    public Timestamp getTimestamp(int parameterIndex) throws SQLException {
        return callable.getTimestamp(at(parameterIndex));
    }

    @Override
    public Object getObject(int parameterIndex) throws SQLException {
        int position = at(parameterIndex);
        Object value = callable.getObject(position);
        return value instanceof BigDecimal decimal ? scaled(position, decimal) : value;
    }

    @Override
    public BigDecimal getBigDecimal(int parameterIndex) throws SQLException {
        int position = at(parameterIndex);
        return scaled(position, callable.getBigDecimal(position));
    }

    @Override
    public Ref getRef(int parameterIndex) throws SQLException {
        return callable.getRef(at(parameterIndex));
    }

    @Override
    public Blob getBlob(int parameterIndex) throws SQLException {
        return callable.getBlob(at(parameterIndex));
    }

    @Override
    public Clob getClob(int parameterIndex) throws SQLException {
        return callable.getClob(at(parameterIndex));
    }

    @Override
    public Array getArray(int parameterIndex) throws SQLException {
        return callable.getArray(at(parameterIndex));
    }

    @Override
    public Date getDate(int parameterIndex, Calendar cal) throws SQLException {
        return callable.getDate(at(parameterIndex), cal);
    }

    @Override
    public Time getTime(int parameterIndex, Calendar cal) throws SQLException {
        return callable.getTime(at(parameterIndex), cal);
    }

    @Override
    public Timestamp getTimestamp(int parameterIndex, Calendar cal) throws SQLException {
        return callable.getTimestamp(at(parameterIndex), cal);
    }

    @Override
    public void registerOutParameter(int parameterIndex, int sqlType, String typeName) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType, typeName);
    }

    @Override
    public void registerOutParameter(String parameterName, int sqlType) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType);
    }

    @Override
    public void registerOutParameter(String parameterName, int sqlType, int scale) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType, scale);
    }

    @Override
    public void registerOutParameter(String parameterName, int sqlType, String typeName) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType, typeName);
    }

    @Override
    public URL getURL(int parameterIndex) throws SQLException {
        return callable.getURL(at(parameterIndex));
    }

    @Override
    public void setURL(String parameterName, URL val) throws SQLException {
        callable.setURL(parameterName, val);
    }

    @Override
    public void setNull(String parameterName, int sqlType) throws SQLException {
        callable.setNull(parameterName, sqlType);
    }

    @Override
    public void setBoolean(String parameterName, boolean x) throws SQLException {
        callable.setBoolean(parameterName, x);
    }

    @Override
    public void setByte(String parameterName, byte x) throws SQLException {
        callable.setByte(parameterName, x);
    }

    @Override
    public void setShort(String parameterName, short x) throws SQLException {
        callable.setShort(parameterName, x);
    }

    @Override
    public void setInt(String parameterName, int x) throws SQLException {
        callable.setInt(parameterName, x);
    }

    @Override
    public void setLong(String parameterName, long x) throws SQLException {
        callable.setLong(parameterName, x);
    }

    @Override
    public void setFloat(String parameterName, float x) throws SQLException {
        callable.setFloat(parameterName, x);
    }

    @Override
    public void setDouble(String parameterName, double x) throws SQLException {
        callable.setDouble(parameterName, x);
    }

    @Override
    public void setBigDecimal(String parameterName, BigDecimal x) throws SQLException {
        callable.setBigDecimal(parameterName, x);
    }

    @Override
    public void setString(String parameterName, String x) throws SQLException {
        callable.setString(parameterName, x);
    }

    @Override
    public void setBytes(String parameterName, byte[] x) throws SQLException {
        callable.setBytes(parameterName, x);
    }

    @Override
    public void setDate(String parameterName, Date x) throws SQLException {
        callable.setDate(parameterName, x);
    }

    @Override
    public void setTime(String parameterName, Time x) throws SQLException {
        callable.setTime(parameterName, x);
    }

    @Override
    public void setTimestamp(String parameterName, Timestamp x) throws SQLException {
        callable.setTimestamp(parameterName, x);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x, int length) throws SQLException {
        callable.setAsciiStream(parameterName, x, length);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x, int length) throws SQLException {
        callable.setBinaryStream(parameterName, x, length);
    }

    @Override
    public void setObject(String parameterName, Object x, int targetSqlType, int scale) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType), scale);
    }

    @Override
    public void setObject(String parameterName, Object x, int targetSqlType) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType));
    }

    @Override
    public void setObject(String parameterName, Object x) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x));
    }

    @Override
    public void setCharacterStream(String parameterName, Reader reader, int length) throws SQLException {
        callable.setCharacterStream(parameterName, reader, length);
    }

    @Override
    public void setDate(String parameterName, Date x, Calendar cal) throws SQLException {
        callable.setDate(parameterName, x, cal);
    }

    @Override
    public void setTime(String parameterName, Time x, Calendar cal) throws SQLException {
        callable.setTime(parameterName, x, cal);
    }

    @Override
    public void setTimestamp(String parameterName, Timestamp x, Calendar cal) throws SQLException {
        callable.setTimestamp(parameterName, x, cal);
    }

    @Override
    public void setNull(String parameterName, int sqlType, String typeName) throws SQLException {
        callable.setNull(parameterName, sqlType, typeName);
    }

    @Override
    public String getString(String parameterName) throws SQLException {
        return callable.getString(parameterName);
    }

    @Override
    public boolean getBoolean(String parameterName) throws SQLException {
        return callable.getBoolean(parameterName);
    }

    @Override
    public byte getByte(String parameterName) throws SQLException {
        return callable.getByte(parameterName);
    }

    @Override
    public short getShort(String parameterName) throws SQLException {
        return callable.getShort(parameterName);
    }

    @Override
    public int getInt(String parameterName) throws SQLException {
        return callable.getInt(parameterName);
    }

    @Override
    public long getLong(String parameterName) throws SQLException {
        return callable.getLong(parameterName);
    }

    @Override
    public float getFloat(String parameterName) throws SQLException {
        return callable.getFloat(parameterName);
    }

    @Override
    public double getDouble(String parameterName) throws SQLException {
        return callable.getDouble(parameterName);
    }

    @Override
    public byte[] getBytes(String parameterName) throws SQLException {
        return callable.getBytes(parameterName);
    }

    @Override
    public Date getDate(String parameterName) throws SQLException {
        return callable.getDate(parameterName);
    }

    @Override
    public Time getTime(String parameterName) throws SQLException {
        return callable.getTime(parameterName);
    }

    @Override
    public Timestamp getTimestamp(String parameterName) throws SQLException {
        return callable.getTimestamp(parameterName);
    }

    @Override
    public Object getObject(String parameterName) throws SQLException {
        return callable.getObject(parameterName);
    }

    @Override
    public BigDecimal getBigDecimal(String parameterName) throws SQLException {
        return callable.getBigDecimal(parameterName);
    }

    @Override
    public Ref getRef(String parameterName) throws SQLException {
        return callable.getRef(parameterName);
    }

    @Override
    public Blob getBlob(String parameterName) throws SQLException {
        return callable.getBlob(parameterName);
    }

    @Override
    public Clob getClob(String parameterName) throws SQLException {
        return callable.getClob(parameterName);
    }

    @Override
    public Array getArray(String parameterName) throws SQLException {
        return callable.getArray(parameterName);
    }

    @Override
    public Date getDate(String parameterName, Calendar cal) throws SQLException {
        return callable.getDate(parameterName, cal);
    }

    @Override
    public Time getTime(String parameterName, Calendar cal) throws SQLException {
        return callable.getTime(parameterName, cal);
    }

    @Override
    public Timestamp getTimestamp(String parameterName, Calendar cal) throws SQLException {
        return callable.getTimestamp(parameterName, cal);
    }

    @Override
    public URL getURL(String parameterName) throws SQLException {
        return callable.getURL(parameterName);
    }

    @Override
    public RowId getRowId(int parameterIndex) throws SQLException {
        return callable.getRowId(at(parameterIndex));
    }

    @Override
    public RowId getRowId(String parameterName) throws SQLException {
        return callable.getRowId(parameterName);
    }

    @Override
    public void setRowId(String parameterName, RowId x) throws SQLException {
        callable.setRowId(parameterName, x);
    }

    @Override
    public void setNString(String parameterName, String value) throws SQLException {
        callable.setNString(parameterName, value);
    }

    @Override
    public void setNCharacterStream(String parameterName, Reader value, long length) throws SQLException {
        callable.setNCharacterStream(parameterName, value, length);
    }

    @Override
    public void setNClob(String parameterName, NClob value) throws SQLException {
        callable.setNClob(parameterName, value);
    }

    @Override
    public void setClob(String parameterName, Reader reader, long length) throws SQLException {
        callable.setClob(parameterName, reader, length);
    }

    @Override
    public void setBlob(String parameterName, InputStream inputStream, long length) throws SQLException {
        callable.setBlob(parameterName, inputStream, length);
    }

    @Override
    public void setNClob(String parameterName, Reader reader, long length) throws SQLException {
        callable.setNClob(parameterName, reader, length);
    }

    @Override
    public NClob getNClob(int parameterIndex) throws SQLException {
        return callable.getNClob(at(parameterIndex));
    }

    @Override
    public NClob getNClob(String parameterName) throws SQLException {
        return callable.getNClob(parameterName);
    }

    @Override
    public void setSQLXML(String parameterName, SQLXML xmlObject) throws SQLException {
        callable.setSQLXML(parameterName, xmlObject);
    }

    @Override
    public SQLXML getSQLXML(int parameterIndex) throws SQLException {
        return callable.getSQLXML(at(parameterIndex));
    }

    @Override
    public SQLXML getSQLXML(String parameterName) throws SQLException {
        return callable.getSQLXML(parameterName);
    }

    @Override
    public String getNString(int parameterIndex) throws SQLException {
        return callable.getNString(at(parameterIndex));
    }

    @Override
    public String getNString(String parameterName) throws SQLException {
        return callable.getNString(parameterName);
    }

    @Override
    public Reader getNCharacterStream(int parameterIndex) throws SQLException {
        return callable.getNCharacterStream(at(parameterIndex));
    }

    @Override
    public Reader getNCharacterStream(String parameterName) throws SQLException {
        return callable.getNCharacterStream(parameterName);
    }

    @Override
    public Reader getCharacterStream(int parameterIndex) throws SQLException {
        return callable.getCharacterStream(at(parameterIndex));
    }

    @Override
    public Reader getCharacterStream(String parameterName) throws SQLException {
        return callable.getCharacterStream(parameterName);
    }

    @Override
    public void setBlob(String parameterName, Blob x) throws SQLException {
        callable.setBlob(parameterName, x);
    }

    @Override
    public void setClob(String parameterName, Clob x) throws SQLException {
        callable.setClob(parameterName, x);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x, long length) throws SQLException {
        callable.setAsciiStream(parameterName, x, length);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x, long length) throws SQLException {
        callable.setBinaryStream(parameterName, x, length);
    }

    @Override
    public void setCharacterStream(String parameterName, Reader reader, long length) throws SQLException {
        callable.setCharacterStream(parameterName, reader, length);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x) throws SQLException {
        callable.setAsciiStream(parameterName, x);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x) throws SQLException {
        callable.setBinaryStream(parameterName, x);
    }

    @Override
    public void setCharacterStream(String parameterName, Reader reader) throws SQLException {
        callable.setCharacterStream(parameterName, reader);
    }

    @Override
    public void setNCharacterStream(String parameterName, Reader value) throws SQLException {
        callable.setNCharacterStream(parameterName, value);
    }

    @Override
    public void setClob(String parameterName, Reader reader) throws SQLException {
        callable.setClob(parameterName, reader);
    }

    @Override
    public void setBlob(String parameterName, InputStream inputStream) throws SQLException {
        callable.setBlob(parameterName, inputStream);
    }

    @Override
    public void setNClob(String parameterName, Reader reader) throws SQLException {
        callable.setNClob(parameterName, reader);
    }

    @Override
    public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
        if (type == String.class) {
            return type.cast(getString(parameterIndex));
        }
        return ValueConversions.covers(type) ? ValueConversions.read(getObject(parameterIndex), type, parameterIndex)
                : callable.getObject(at(parameterIndex), type);
    }

    @Override
    public <T> T getObject(String parameterName, Class<T> type) throws SQLException {
        return callable.getObject(parameterName, type);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType),
                scaleOrLength);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType targetSqlType) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType));
    }

    @Override
    public void registerOutParameter(int parameterIndex, SQLType sqlType) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType);
    }

    @Override
    public void registerOutParameter(int parameterIndex, SQLType sqlType, int scale) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType, scale);
        if (sqlType != null && sqlType.getVendorTypeNumber() != null) {
            registerScale(at(parameterIndex), sqlType.getVendorTypeNumber(), scale);
        }
    }

    @Override
    public void registerOutParameter(int parameterIndex, SQLType sqlType, String typeName) throws SQLException {
        callable.registerOutParameter(at(parameterIndex), sqlType, typeName);
    }

    @Override
    public void registerOutParameter(String parameterName, SQLType sqlType) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType);
    }

    @Override
    public void registerOutParameter(String parameterName, SQLType sqlType, int scale) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType, scale);
    }

    @Override
    public void registerOutParameter(String parameterName, SQLType sqlType, String typeName) throws SQLException {
        callable.registerOutParameter(parameterName, sqlType, typeName);
    }

    @Override
    public Object getObject(int parameterIndex, Map<String, Class<?>> map) throws SQLException {
        return callable.getObject(at(parameterIndex), map);
    }

    @Override
    public Object getObject(String parameterName, Map<String, Class<?>> map) throws SQLException {
        return callable.getObject(parameterName, map);
    }
}
