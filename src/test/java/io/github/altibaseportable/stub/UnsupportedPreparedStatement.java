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
    @Override
    default void addBatch() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.addBatch()");
    }

    @Override
    default void clearParameters() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.clearParameters()");
    }

    @Override
    default boolean execute() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.execute()");
    }

    @Override
    default ResultSet executeQuery() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.executeQuery()");
    }

    @Override
    default int executeUpdate() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.executeUpdate()");
    }

    @Override
    default ResultSetMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.getMetaData()");
    }

    @Override
    default ParameterMetaData getParameterMetaData() throws SQLException {
        throw Stubs.unsupported("PreparedStatement.getParameterMetaData()");
    }

    @Override
    default void setArray(int a, Array b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setArray(int, Array)");
    }

    @Override
    default void setAsciiStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream, int)");
    }

    @Override
    default void setAsciiStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream, long)");
    }

    @Override
    default void setAsciiStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setAsciiStream(int, InputStream)");
    }

    @Override
    default void setBigDecimal(int a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBigDecimal(int, BigDecimal)");
    }

    @Override
    default void setBinaryStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream, int)");
    }

    @Override
    default void setBinaryStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream, long)");
    }

    @Override
    default void setBinaryStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBinaryStream(int, InputStream)");
    }

    @Override
    default void setBlob(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, InputStream, long)");
    }

    @Override
    default void setBlob(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, InputStream)");
    }

    @Override
    default void setBlob(int a, Blob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBlob(int, Blob)");
    }

    @Override
    default void setBoolean(int a, boolean b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBoolean(int, boolean)");
    }

    @Override
    default void setByte(int a, byte b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setByte(int, byte)");
    }

    @Override
    default void setBytes(int a, byte[] b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setBytes(int, byte[])");
    }

    @Override
    default void setCharacterStream(int a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader, int)");
    }

    @Override
    default void setCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader, long)");
    }

    @Override
    default void setCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setCharacterStream(int, Reader)");
    }

    @Override
    default void setClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Reader, long)");
    }

    @Override
    default void setClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Reader)");
    }

    @Override
    default void setClob(int a, Clob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setClob(int, Clob)");
    }

    @Override
    default void setDate(int a, Date b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDate(int, Date, Calendar)");
    }

    @Override
    default void setDate(int a, Date b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDate(int, Date)");
    }

    @Override
    default void setDouble(int a, double b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setDouble(int, double)");
    }

    @Override
    default void setFloat(int a, float b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setFloat(int, float)");
    }

    @Override
    default void setInt(int a, int b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setInt(int, int)");
    }

    @Override
    default void setLong(int a, long b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setLong(int, long)");
    }

    @Override
    default void setNCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNCharacterStream(int, Reader, long)");
    }

    @Override
    default void setNCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNCharacterStream(int, Reader)");
    }

    @Override
    default void setNClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, Reader, long)");
    }

    @Override
    default void setNClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, Reader)");
    }

    @Override
    default void setNClob(int a, NClob b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNClob(int, NClob)");
    }

    @Override
    default void setNString(int a, String b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNString(int, String)");
    }

    @Override
    default void setNull(int a, int b, String c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNull(int, int, String)");
    }

    @Override
    default void setNull(int a, int b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setNull(int, int)");
    }

    @Override
    default void setObject(int a, Object b, int c, int d) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object, int, int)");
    }

    @Override
    default void setObject(int a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object, int)");
    }

    @Override
    default void setObject(int a, Object b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setObject(int, Object)");
    }

    @Override
    default void setRef(int a, Ref b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setRef(int, Ref)");
    }

    @Override
    default void setRowId(int a, RowId b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setRowId(int, RowId)");
    }

    @Override
    default void setSQLXML(int a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setSQLXML(int, SQLXML)");
    }

    @Override
    default void setShort(int a, short b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setShort(int, short)");
    }

    @Override
    default void setString(int a, String b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setString(int, String)");
    }

    @Override
    default void setTime(int a, Time b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTime(int, Time, Calendar)");
    }

    @Override
    default void setTime(int a, Time b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTime(int, Time)");
    }

    @Override
    default void setTimestamp(int a, Timestamp b, Calendar c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTimestamp(int, Timestamp, Calendar)");
    }

    @Override
    default void setTimestamp(int a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setTimestamp(int, Timestamp)");
    }

    @Override
    default void setURL(int a, URL b) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setURL(int, URL)");
    }

    @Deprecated
    default void setUnicodeStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("PreparedStatement.setUnicodeStream(int, InputStream, int)");
    }
}
