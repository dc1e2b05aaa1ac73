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
    default Array getArray(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getArray(String)");
    }

    default Array getArray(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getArray(int)");
    }

    default BigDecimal getBigDecimal(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(String)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(int a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(int, int)");
    }

    default BigDecimal getBigDecimal(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBigDecimal(int)");
    }

    default Blob getBlob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBlob(String)");
    }

    default Blob getBlob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBlob(int)");
    }

    default boolean getBoolean(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBoolean(String)");
    }

    default boolean getBoolean(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBoolean(int)");
    }

    default byte getByte(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getByte(String)");
    }

    default byte getByte(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getByte(int)");
    }

    default byte[] getBytes(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBytes(String)");
    }

    default byte[] getBytes(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getBytes(int)");
    }

    default Reader getCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getCharacterStream(String)");
    }

    default Reader getCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getCharacterStream(int)");
    }

    default Clob getClob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getClob(String)");
    }

    default Clob getClob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getClob(int)");
    }

    default Date getDate(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(String, Calendar)");
    }

    default Date getDate(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(String)");
    }

    default Date getDate(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(int, Calendar)");
    }

    default Date getDate(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDate(int)");
    }

    default double getDouble(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDouble(String)");
    }

    default double getDouble(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getDouble(int)");
    }

    default float getFloat(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getFloat(String)");
    }

    default float getFloat(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getFloat(int)");
    }

    default int getInt(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getInt(String)");
    }

    default int getInt(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getInt(int)");
    }

    default long getLong(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getLong(String)");
    }

    default long getLong(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getLong(int)");
    }

    default Reader getNCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNCharacterStream(String)");
    }

    default Reader getNCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNCharacterStream(int)");
    }

    default NClob getNClob(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNClob(String)");
    }

    default NClob getNClob(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNClob(int)");
    }

    default String getNString(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNString(String)");
    }

    default String getNString(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getNString(int)");
    }

    default <T> T getObject(String a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String, Class)");
    }

    default Object getObject(String a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String, Map)");
    }

    default Object getObject(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(String)");
    }

    default <T> T getObject(int a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int, Class)");
    }

    default Object getObject(int a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int, Map)");
    }

    default Object getObject(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getObject(int)");
    }

    default Ref getRef(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRef(String)");
    }

    default Ref getRef(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRef(int)");
    }

    default RowId getRowId(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRowId(String)");
    }

    default RowId getRowId(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getRowId(int)");
    }

    default SQLXML getSQLXML(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getSQLXML(String)");
    }

    default SQLXML getSQLXML(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getSQLXML(int)");
    }

    default short getShort(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getShort(String)");
    }

    default short getShort(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getShort(int)");
    }

    default String getString(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getString(String)");
    }

    default String getString(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getString(int)");
    }

    default Time getTime(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(String, Calendar)");
    }

    default Time getTime(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(String)");
    }

    default Time getTime(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(int, Calendar)");
    }

    default Time getTime(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTime(int)");
    }

    default Timestamp getTimestamp(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(String, Calendar)");
    }

    default Timestamp getTimestamp(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(String)");
    }

    default Timestamp getTimestamp(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(int, Calendar)");
    }

    default Timestamp getTimestamp(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getTimestamp(int)");
    }

    default URL getURL(String a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getURL(String)");
    }

    default URL getURL(int a) throws SQLException {
        throw Stubs.unsupported("CallableStatement.getURL(int)");
    }

    default void registerOutParameter(String a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int, String)");
    }

    default void registerOutParameter(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int, int)");
    }

    default void registerOutParameter(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(String, int)");
    }

    default void registerOutParameter(int a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int, String)");
    }

    default void registerOutParameter(int a, int b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int, int)");
    }

    default void registerOutParameter(int a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.registerOutParameter(int, int)");
    }

    default void setAsciiStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream, int)");
    }

    default void setAsciiStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream, long)");
    }

    default void setAsciiStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setAsciiStream(String, InputStream)");
    }

    default void setBigDecimal(String a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBigDecimal(String, BigDecimal)");
    }

    default void setBinaryStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream, int)");
    }

    default void setBinaryStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream, long)");
    }

    default void setBinaryStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBinaryStream(String, InputStream)");
    }

    default void setBlob(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, InputStream, long)");
    }

    default void setBlob(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, InputStream)");
    }

    default void setBlob(String a, Blob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBlob(String, Blob)");
    }

    default void setBoolean(String a, boolean b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBoolean(String, boolean)");
    }

    default void setByte(String a, byte b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setByte(String, byte)");
    }

    default void setBytes(String a, byte[] b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setBytes(String, byte[])");
    }

    default void setCharacterStream(String a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader, int)");
    }

    default void setCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader, long)");
    }

    default void setCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setCharacterStream(String, Reader)");
    }

    default void setClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Reader, long)");
    }

    default void setClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Reader)");
    }

    default void setClob(String a, Clob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setClob(String, Clob)");
    }

    default void setDate(String a, Date b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDate(String, Date, Calendar)");
    }

    default void setDate(String a, Date b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDate(String, Date)");
    }

    default void setDouble(String a, double b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setDouble(String, double)");
    }

    default void setFloat(String a, float b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setFloat(String, float)");
    }

    default void setInt(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setInt(String, int)");
    }

    default void setLong(String a, long b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setLong(String, long)");
    }

    default void setNCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNCharacterStream(String, Reader, long)");
    }

    default void setNCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNCharacterStream(String, Reader)");
    }

    default void setNClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, Reader, long)");
    }

    default void setNClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, Reader)");
    }

    default void setNClob(String a, NClob b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNClob(String, NClob)");
    }

    default void setNString(String a, String b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNString(String, String)");
    }

    default void setNull(String a, int b, String c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNull(String, int, String)");
    }

    default void setNull(String a, int b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setNull(String, int)");
    }

    default void setObject(String a, Object b, int c, int d) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object, int, int)");
    }

    default void setObject(String a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object, int)");
    }

    default void setObject(String a, Object b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setObject(String, Object)");
    }

    default void setRowId(String a, RowId b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setRowId(String, RowId)");
    }

    default void setSQLXML(String a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setSQLXML(String, SQLXML)");
    }

    default void setShort(String a, short b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setShort(String, short)");
    }

    default void setString(String a, String b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setString(String, String)");
    }

    default void setTime(String a, Time b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTime(String, Time, Calendar)");
    }

    default void setTime(String a, Time b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTime(String, Time)");
    }

    default void setTimestamp(String a, Timestamp b, Calendar c) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTimestamp(String, Timestamp, Calendar)");
    }

    default void setTimestamp(String a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setTimestamp(String, Timestamp)");
    }

    default void setURL(String a, URL b) throws SQLException {
        throw Stubs.unsupported("CallableStatement.setURL(String, URL)");
    }

    default boolean wasNull() throws SQLException {
        throw Stubs.unsupported("CallableStatement.wasNull()");
    }
}
