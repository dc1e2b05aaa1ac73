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
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * The {@link PreparedStatement} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedPreparedStatement extends UnsupportedStatement, PreparedStatement {
    default void addBatch() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.addBatch()");
    }

    default void clearParameters() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.clearParameters()");
    }

    default boolean execute() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.execute()");
    }

    default ResultSet executeQuery() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.executeQuery()");
    }

    default int executeUpdate() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.executeUpdate()");
    }

    default ResultSetMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.getMetaData()");
    }

    default ParameterMetaData getParameterMetaData() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.getParameterMetaData()");
    }

    default void setArray(int a, Array b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setArray(int, Array)");
    }

    default void setAsciiStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream, int)");
    }

    default void setAsciiStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream, long)");
    }

    default void setAsciiStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream)");
    }

    default void setBigDecimal(int a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBigDecimal(int, BigDecimal)");
    }

    default void setBinaryStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream, int)");
    }

    default void setBinaryStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream, long)");
    }

    default void setBinaryStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream)");
    }

    default void setBlob(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, InputStream, long)");
    }

    default void setBlob(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, InputStream)");
    }

    default void setBlob(int a, Blob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, Blob)");
    }

    default void setBoolean(int a, boolean b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBoolean(int, boolean)");
    }

    default void setByte(int a, byte b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setByte(int, byte)");
    }

    default void setBytes(int a, byte[] b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBytes(int, byte[])");
    }

    default void setCharacterStream(int a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader, int)");
    }

    default void setCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader, long)");
    }

    default void setCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader)");
    }

    default void setClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Reader, long)");
    }

    default void setClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Reader)");
    }

    default void setClob(int a, Clob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Clob)");
    }

    default void setDate(int a, Date b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDate(int, Date, Calendar)");
    }

    default void setDate(int a, Date b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDate(int, Date)");
    }

    default void setDouble(int a, double b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDouble(int, double)");
    }

    default void setFloat(int a, float b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setFloat(int, float)");
    }

    default void setInt(int a, int b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setInt(int, int)");
    }

    default void setLong(int a, long b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setLong(int, long)");
    }

    default void setNCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNCharacterStream(int, Reader, long)");
    }

    default void setNCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNCharacterStream(int, Reader)");
    }

    default void setNClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, Reader, long)");
    }

    default void setNClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, Reader)");
    }

    default void setNClob(int a, NClob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, NClob)");
    }

    default void setNString(int a, String b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNString(int, String)");
    }

    default void setNull(int a, int b, String c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNull(int, int, String)");
    }

    default void setNull(int a, int b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNull(int, int)");
    }

    default void setObject(int a, Object b, int c, int d) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object, int, int)");
    }

    default void setObject(int a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object, int)");
    }

    default void setObject(int a, Object b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object)");
    }

    default void setRef(int a, Ref b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setRef(int, Ref)");
    }

    default void setRowId(int a, RowId b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setRowId(int, RowId)");
    }

    default void setSQLXML(int a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setSQLXML(int, SQLXML)");
    }

    default void setShort(int a, short b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setShort(int, short)");
    }

    default void setString(int a, String b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setString(int, String)");
    }

    default void setTime(int a, Time b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTime(int, Time, Calendar)");
    }

    default void setTime(int a, Time b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTime(int, Time)");
    }

    default void setTimestamp(int a, Timestamp b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTimestamp(int, Timestamp, Calendar)");
    }

    default void setTimestamp(int a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTimestamp(int, Timestamp)");
    }

    default void setURL(int a, URL b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setURL(int, URL)");
    }

    @Deprecated
    default void setUnicodeStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setUnicodeStream(int, InputStream, int)");
    }
}
