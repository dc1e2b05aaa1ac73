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
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The {@link ResultSet} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedResultSet extends StubWrapper, ResultSet {
    default boolean absolute(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.absolute(int)");
    }

    default void afterLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.afterLast()");
    }

    default void beforeFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.beforeFirst()");
    }

    default void cancelRowUpdates() throws SQLException {
        throw Stubs.unsupported("ResultSet.cancelRowUpdates()");
    }

    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("ResultSet.clearWarnings()");
    }

    default void close() throws SQLException {
        throw Stubs.unsupported("ResultSet.close()");
    }

    default void deleteRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.deleteRow()");
    }

    default int findColumn(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.findColumn(String)");
    }

    default boolean first() throws SQLException {
        throw Stubs.unsupported("ResultSet.first()");
    }

    default Array getArray(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getArray(String)");
    }

    default Array getArray(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getArray(int)");
    }

    default InputStream getAsciiStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getAsciiStream(String)");
    }

    default InputStream getAsciiStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getAsciiStream(int)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(String a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(String, int)");
    }

    default BigDecimal getBigDecimal(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(String)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(int a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(int, int)");
    }

    default BigDecimal getBigDecimal(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(int)");
    }

    default InputStream getBinaryStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBinaryStream(String)");
    }

    default InputStream getBinaryStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBinaryStream(int)");
    }

    default Blob getBlob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBlob(String)");
    }

    default Blob getBlob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBlob(int)");
    }

    default boolean getBoolean(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBoolean(String)");
    }

    default boolean getBoolean(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBoolean(int)");
    }

    default byte getByte(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getByte(String)");
    }

    default byte getByte(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getByte(int)");
    }

    default byte[] getBytes(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBytes(String)");
    }

    default byte[] getBytes(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBytes(int)");
    }

    default Reader getCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getCharacterStream(String)");
    }

    default Reader getCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getCharacterStream(int)");
    }

    default Clob getClob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getClob(String)");
    }

    default Clob getClob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getClob(int)");
    }

    default int getConcurrency() throws SQLException {
        throw Stubs.unsupported("ResultSet.getConcurrency()");
    }

    default String getCursorName() throws SQLException {
        throw Stubs.unsupported("ResultSet.getCursorName()");
    }

    default Date getDate(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(String, Calendar)");
    }

    default Date getDate(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(String)");
    }

    default Date getDate(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(int, Calendar)");
    }

    default Date getDate(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(int)");
    }

    default double getDouble(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDouble(String)");
    }

    default double getDouble(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDouble(int)");
    }

    default int getFetchDirection() throws SQLException {
        throw Stubs.unsupported("ResultSet.getFetchDirection()");
    }

    default int getFetchSize() throws SQLException {
        throw Stubs.unsupported("ResultSet.getFetchSize()");
    }

    default float getFloat(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getFloat(String)");
    }

    default float getFloat(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getFloat(int)");
    }

    default int getHoldability() throws SQLException {
        throw Stubs.unsupported("ResultSet.getHoldability()");
    }

    default int getInt(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getInt(String)");
    }

    default int getInt(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getInt(int)");
    }

    default long getLong(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getLong(String)");
    }

    default long getLong(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getLong(int)");
    }

    default ResultSetMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("ResultSet.getMetaData()");
    }

    default Reader getNCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNCharacterStream(String)");
    }

    default Reader getNCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNCharacterStream(int)");
    }

    default NClob getNClob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNClob(String)");
    }

    default NClob getNClob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNClob(int)");
    }

    default String getNString(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNString(String)");
    }

    default String getNString(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNString(int)");
    }

    default <T> T getObject(String a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String, Class)");
    }

    default Object getObject(String a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String, Map)");
    }

    default Object getObject(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String)");
    }

    default <T> T getObject(int a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int, Class)");
    }

    default Object getObject(int a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int, Map)");
    }

    default Object getObject(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int)");
    }

    default Ref getRef(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRef(String)");
    }

    default Ref getRef(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRef(int)");
    }

    default int getRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.getRow()");
    }

    default RowId getRowId(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRowId(String)");
    }

    default RowId getRowId(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRowId(int)");
    }

    default SQLXML getSQLXML(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getSQLXML(String)");
    }

    default SQLXML getSQLXML(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getSQLXML(int)");
    }

    default short getShort(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getShort(String)");
    }

    default short getShort(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getShort(int)");
    }

    default Statement getStatement() throws SQLException {
        throw Stubs.unsupported("ResultSet.getStatement()");
    }

    default String getString(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getString(String)");
    }

    default String getString(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getString(int)");
    }

    default Time getTime(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(String, Calendar)");
    }

    default Time getTime(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(String)");
    }

    default Time getTime(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(int, Calendar)");
    }

    default Time getTime(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(int)");
    }

    default Timestamp getTimestamp(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(String, Calendar)");
    }

    default Timestamp getTimestamp(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(String)");
    }

    default Timestamp getTimestamp(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(int, Calendar)");
    }

    default Timestamp getTimestamp(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(int)");
    }

    default int getType() throws SQLException {
        throw Stubs.unsupported("ResultSet.getType()");
    }

    default URL getURL(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getURL(String)");
    }

    default URL getURL(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getURL(int)");
    }

    @Deprecated
    default InputStream getUnicodeStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getUnicodeStream(String)");
    }

    @Deprecated
    default InputStream getUnicodeStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getUnicodeStream(int)");
    }

    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("ResultSet.getWarnings()");
    }

    default void insertRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.insertRow()");
    }

    default boolean isAfterLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.isAfterLast()");
    }

    default boolean isBeforeFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.isBeforeFirst()");
    }

    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("ResultSet.isClosed()");
    }

    default boolean isFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.isFirst()");
    }

    default boolean isLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.isLast()");
    }

    default boolean last() throws SQLException {
        throw Stubs.unsupported("ResultSet.last()");
    }

    default void moveToCurrentRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.moveToCurrentRow()");
    }

    default void moveToInsertRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.moveToInsertRow()");
    }

    default boolean next() throws SQLException {
        throw Stubs.unsupported("ResultSet.next()");
    }

    default boolean previous() throws SQLException {
        throw Stubs.unsupported("ResultSet.previous()");
    }

    default void refreshRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.refreshRow()");
    }

    default boolean relative(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.relative(int)");
    }

    default boolean rowDeleted() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowDeleted()");
    }

    default boolean rowInserted() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowInserted()");
    }

    default boolean rowUpdated() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowUpdated()");
    }

    default void setFetchDirection(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.setFetchDirection(int)");
    }

    default void setFetchSize(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.setFetchSize(int)");
    }

    default void updateArray(String a, Array b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateArray(String, Array)");
    }

    default void updateArray(int a, Array b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateArray(int, Array)");
    }

    default void updateAsciiStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream, int)");
    }

    default void updateAsciiStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream, long)");
    }

    default void updateAsciiStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream)");
    }

    default void updateAsciiStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream, int)");
    }

    default void updateAsciiStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream, long)");
    }

    default void updateAsciiStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream)");
    }

    default void updateBigDecimal(String a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBigDecimal(String, BigDecimal)");
    }

    default void updateBigDecimal(int a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBigDecimal(int, BigDecimal)");
    }

    default void updateBinaryStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream, int)");
    }

    default void updateBinaryStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream, long)");
    }

    default void updateBinaryStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream)");
    }

    default void updateBinaryStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream, int)");
    }

    default void updateBinaryStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream, long)");
    }

    default void updateBinaryStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream)");
    }

    default void updateBlob(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, InputStream, long)");
    }

    default void updateBlob(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, InputStream)");
    }

    default void updateBlob(String a, Blob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, Blob)");
    }

    default void updateBlob(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, InputStream, long)");
    }

    default void updateBlob(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, InputStream)");
    }

    default void updateBlob(int a, Blob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, Blob)");
    }

    default void updateBoolean(String a, boolean b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBoolean(String, boolean)");
    }

    default void updateBoolean(int a, boolean b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBoolean(int, boolean)");
    }

    default void updateByte(String a, byte b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateByte(String, byte)");
    }

    default void updateByte(int a, byte b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateByte(int, byte)");
    }

    default void updateBytes(String a, byte[] b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBytes(String, byte[])");
    }

    default void updateBytes(int a, byte[] b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBytes(int, byte[])");
    }

    default void updateCharacterStream(String a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader, int)");
    }

    default void updateCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader, long)");
    }

    default void updateCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader)");
    }

    default void updateCharacterStream(int a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader, int)");
    }

    default void updateCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader, long)");
    }

    default void updateCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader)");
    }

    default void updateClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Reader, long)");
    }

    default void updateClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Reader)");
    }

    default void updateClob(String a, Clob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Clob)");
    }

    default void updateClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Reader, long)");
    }

    default void updateClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Reader)");
    }

    default void updateClob(int a, Clob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Clob)");
    }

    default void updateDate(String a, Date b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDate(String, Date)");
    }

    default void updateDate(int a, Date b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDate(int, Date)");
    }

    default void updateDouble(String a, double b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDouble(String, double)");
    }

    default void updateDouble(int a, double b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDouble(int, double)");
    }

    default void updateFloat(String a, float b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateFloat(String, float)");
    }

    default void updateFloat(int a, float b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateFloat(int, float)");
    }

    default void updateInt(String a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateInt(String, int)");
    }

    default void updateInt(int a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateInt(int, int)");
    }

    default void updateLong(String a, long b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateLong(String, long)");
    }

    default void updateLong(int a, long b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateLong(int, long)");
    }

    default void updateNCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(String, Reader, long)");
    }

    default void updateNCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(String, Reader)");
    }

    default void updateNCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(int, Reader, long)");
    }

    default void updateNCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(int, Reader)");
    }

    default void updateNClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, Reader, long)");
    }

    default void updateNClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, Reader)");
    }

    default void updateNClob(String a, NClob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, NClob)");
    }

    default void updateNClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, Reader, long)");
    }

    default void updateNClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, Reader)");
    }

    default void updateNClob(int a, NClob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, NClob)");
    }

    default void updateNString(String a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNString(String, String)");
    }

    default void updateNString(int a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNString(int, String)");
    }

    default void updateNull(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNull(String)");
    }

    default void updateNull(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNull(int)");
    }

    default void updateObject(String a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(String, Object, int)");
    }

    default void updateObject(String a, Object b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(String, Object)");
    }

    default void updateObject(int a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(int, Object, int)");
    }

    default void updateObject(int a, Object b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(int, Object)");
    }

    default void updateRef(String a, Ref b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRef(String, Ref)");
    }

    default void updateRef(int a, Ref b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRef(int, Ref)");
    }

    default void updateRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRow()");
    }

    default void updateRowId(String a, RowId b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRowId(String, RowId)");
    }

    default void updateRowId(int a, RowId b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRowId(int, RowId)");
    }

    default void updateSQLXML(String a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateSQLXML(String, SQLXML)");
    }

    default void updateSQLXML(int a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateSQLXML(int, SQLXML)");
    }

    default void updateShort(String a, short b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateShort(String, short)");
    }

    default void updateShort(int a, short b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateShort(int, short)");
    }

    default void updateString(String a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateString(String, String)");
    }

    default void updateString(int a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateString(int, String)");
    }

    default void updateTime(String a, Time b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTime(String, Time)");
    }

    default void updateTime(int a, Time b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTime(int, Time)");
    }

    default void updateTimestamp(String a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTimestamp(String, Timestamp)");
    }

    default void updateTimestamp(int a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTimestamp(int, Timestamp)");
    }

    default boolean wasNull() throws SQLException {
        throw Stubs.unsupported("ResultSet.wasNull()");
    }
}
