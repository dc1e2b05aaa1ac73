package io.github.altibaseportable.stub;

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
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The {@link CallableStatement} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedCallableStatement extends UnsupportedPreparedStatement, CallableStatement {
    @Override
    default Array getArray(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getArray(String)");
    }

    @Override
    default Array getArray(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getArray(int)");
    }

    @Override
    default BigDecimal getBigDecimal(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(String)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(int a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(int, int)");
    }

    @Override
    default BigDecimal getBigDecimal(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(int)");
    }

    @Override
    default Blob getBlob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBlob(String)");
    }

    @Override
    default Blob getBlob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBlob(int)");
    }

    @Override
    default boolean getBoolean(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBoolean(String)");
    }

    @Override
    default boolean getBoolean(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBoolean(int)");
    }

    @Override
    default byte getByte(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getByte(String)");
    }

    @Override
    default byte getByte(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getByte(int)");
    }

    @Override
    default byte[] getBytes(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBytes(String)");
    }

    @Override
    default byte[] getBytes(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBytes(int)");
    }

    @Override
    default Reader getCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getCharacterStream(String)");
    }

    @Override
    default Reader getCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getCharacterStream(int)");
    }

    @Override
    default Clob getClob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getClob(String)");
    }

    @Override
    default Clob getClob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getClob(int)");
    }

    @Override
    default Date getDate(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(String, Calendar)");
    }

    @Override
    default Date getDate(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(String)");
    }

    @Override
    default Date getDate(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(int, Calendar)");
    }

    @Override
    default Date getDate(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(int)");
    }

    @Override
    default double getDouble(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDouble(String)");
    }

    @Override
    default double getDouble(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDouble(int)");
    }

    @Override
    default float getFloat(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getFloat(String)");
    }

    @Override
    default float getFloat(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getFloat(int)");
    }

    @Override
    default int getInt(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getInt(String)");
    }

    @Override
    default int getInt(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getInt(int)");
    }

    @Override
    default long getLong(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getLong(String)");
    }

    @Override
    default long getLong(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getLong(int)");
    }

    @Override
    default Reader getNCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNCharacterStream(String)");
    }

    @Override
    default Reader getNCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNCharacterStream(int)");
    }

    @Override
    default NClob getNClob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNClob(String)");
    }

    @Override
    default NClob getNClob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNClob(int)");
    }

    @Override
    default String getNString(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNString(String)");
    }

    @Override
    default String getNString(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNString(int)");
    }

    @Override
    default <T> T getObject(String a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String, Class)");
    }

    @Override
    default Object getObject(String a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String, Map)");
    }

    @Override
    default Object getObject(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String)");
    }

    @Override
    default <T> T getObject(int a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int, Class)");
    }

    @Override
    default Object getObject(int a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int, Map)");
    }

    @Override
    default Object getObject(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int)");
    }

    @Override
    default Ref getRef(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRef(String)");
    }

    @Override
    default Ref getRef(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRef(int)");
    }

    @Override
    default RowId getRowId(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRowId(String)");
    }

    @Override
    default RowId getRowId(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRowId(int)");
    }

    @Override
    default SQLXML getSQLXML(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getSQLXML(String)");
    }

    @Override
    default SQLXML getSQLXML(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getSQLXML(int)");
    }

    @Override
    default short getShort(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getShort(String)");
    }

    @Override
    default short getShort(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getShort(int)");
    }

    @Override
    default String getString(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getString(String)");
    }

    @Override
    default String getString(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getString(int)");
    }

    @Override
    default Time getTime(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(String, Calendar)");
    }

    @Override
    default Time getTime(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(String)");
    }

    @Override
    default Time getTime(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(int, Calendar)");
    }

    @Override
    default Time getTime(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(int)");
    }

    @Override
    default Timestamp getTimestamp(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(String, Calendar)");
    }

    @Override
    default Timestamp getTimestamp(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(String)");
    }

    @Override
    default Timestamp getTimestamp(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(int, Calendar)");
    }

    @Override
    default Timestamp getTimestamp(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(int)");
    }

    @Override
    default URL getURL(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getURL(String)");
    }

    @Override
    default URL getURL(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getURL(int)");
    }

    @Override
    default void registerOutParameter(String a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int, String)");
    }

    @Override
    default void registerOutParameter(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int, int)");
    }

    @Override
    default void registerOutParameter(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int)");
    }

    @Override
    default void registerOutParameter(int a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int, String)");
    }

    @Override
    default void registerOutParameter(int a, int b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int, int)");
    }

    @Override
    default void registerOutParameter(int a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int)");
    }

    @Override
    default void setAsciiStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream, int)");
    }

    @Override
    default void setAsciiStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream, long)");
    }

    @Override
    default void setAsciiStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream)");
    }

    @Override
    default void setBigDecimal(String a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBigDecimal(String, BigDecimal)");
    }

    @Override
    default void setBinaryStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream, int)");
    }

    @Override
    default void setBinaryStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream, long)");
    }

    @Override
    default void setBinaryStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream)");
    }

    @Override
    default void setBlob(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, InputStream, long)");
    }

    @Override
    default void setBlob(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, InputStream)");
    }

    @Override
    default void setBlob(String a, Blob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, Blob)");
    }

    @Override
    default void setBoolean(String a, boolean b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBoolean(String, boolean)");
    }

    @Override
    default void setByte(String a, byte b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setByte(String, byte)");
    }

    @Override
    default void setBytes(String a, byte[] b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBytes(String, byte[])");
    }

    @Override
    default void setCharacterStream(String a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader, int)");
    }

    @Override
    default void setCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader, long)");
    }

    @Override
    default void setCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader)");
    }

    @Override
    default void setClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Reader, long)");
    }

    @Override
    default void setClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Reader)");
    }

    @Override
    default void setClob(String a, Clob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Clob)");
    }

    @Override
    default void setDate(String a, Date b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDate(String, Date, Calendar)");
    }

    @Override
    default void setDate(String a, Date b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDate(String, Date)");
    }

    @Override
    default void setDouble(String a, double b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDouble(String, double)");
    }

    @Override
    default void setFloat(String a, float b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setFloat(String, float)");
    }

    @Override
    default void setInt(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setInt(String, int)");
    }

    @Override
    default void setLong(String a, long b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setLong(String, long)");
    }

    @Override
    default void setNCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNCharacterStream(String, Reader, long)");
    }

    @Override
    default void setNCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNCharacterStream(String, Reader)");
    }

    @Override
    default void setNClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, Reader, long)");
    }

    @Override
    default void setNClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, Reader)");
    }

    @Override
    default void setNClob(String a, NClob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, NClob)");
    }

    @Override
    default void setNString(String a, String b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNString(String, String)");
    }

    @Override
    default void setNull(String a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNull(String, int, String)");
    }

    @Override
    default void setNull(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNull(String, int)");
    }

    @Override
    default void setObject(String a, Object b, int c, int d) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object, int, int)");
    }

    @Override
    default void setObject(String a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object, int)");
    }

    @Override
    default void setObject(String a, Object b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object)");
    }

    @Override
    default void setRowId(String a, RowId b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setRowId(String, RowId)");
    }

    @Override
    default void setSQLXML(String a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setSQLXML(String, SQLXML)");
    }

    @Override
    default void setShort(String a, short b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setShort(String, short)");
    }

    @Override
    default void setString(String a, String b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setString(String, String)");
    }

    @Override
    default void setTime(String a, Time b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTime(String, Time, Calendar)");
    }

    @Override
    default void setTime(String a, Time b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTime(String, Time)");
    }

    @Override
    default void setTimestamp(String a, Timestamp b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTimestamp(String, Timestamp, Calendar)");
    }

    @Override
    default void setTimestamp(String a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTimestamp(String, Timestamp)");
    }

    @Override
    default void setURL(String a, URL b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setURL(String, URL)");
    }

    @Override
    default boolean wasNull() throws SQLException {
        throw Stubs.unsupported("CallableStatement.wasNull()");
    }
}
