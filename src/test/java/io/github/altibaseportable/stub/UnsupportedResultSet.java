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
    @Override
    default boolean absolute(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.absolute(int)");
    }

    @Override
    default void afterLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.afterLast()");
    }

    @Override
    default void beforeFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.beforeFirst()");
    }

    @Override
    default void cancelRowUpdates() throws SQLException {
        throw Stubs.unsupported("ResultSet.cancelRowUpdates()");
    }

    @Override
    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("ResultSet.clearWarnings()");
    }

    @Override
    default void close() throws SQLException {
        throw Stubs.unsupported("ResultSet.close()");
    }

    @Override
    default void deleteRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.deleteRow()");
    }

    @Override
    default int findColumn(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.findColumn(String)");
    }

    @Override
    default boolean first() throws SQLException {
        throw Stubs.unsupported("ResultSet.first()");
    }

    @Override
    default Array getArray(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getArray(String)");
    }

    @Override
    default Array getArray(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getArray(int)");
    }

    @Override
    default InputStream getAsciiStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getAsciiStream(String)");
    }

    @Override
    default InputStream getAsciiStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getAsciiStream(int)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(String a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(String, int)");
    }

    @Override
    default BigDecimal getBigDecimal(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(String)");
    }

    @Deprecated
    default BigDecimal getBigDecimal(int a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(int, int)");
    }

    @Override
    default BigDecimal getBigDecimal(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBigDecimal(int)");
    }

    @Override
    default InputStream getBinaryStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBinaryStream(String)");
    }

    @Override
    default InputStream getBinaryStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBinaryStream(int)");
    }

    @Override
    default Blob getBlob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBlob(String)");
    }

    @Override
    default Blob getBlob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBlob(int)");
    }

    @Override
    default boolean getBoolean(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBoolean(String)");
    }

    @Override
    default boolean getBoolean(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBoolean(int)");
    }

    @Override
    default byte getByte(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getByte(String)");
    }

    @Override
    default byte getByte(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getByte(int)");
    }

    @Override
    default byte[] getBytes(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBytes(String)");
    }

    @Override
    default byte[] getBytes(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getBytes(int)");
    }

    @Override
    default Reader getCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getCharacterStream(String)");
    }

    @Override
    default Reader getCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getCharacterStream(int)");
    }

    @Override
    default Clob getClob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getClob(String)");
    }

    @Override
    default Clob getClob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getClob(int)");
    }

    @Override
    default int getConcurrency() throws SQLException {
        throw Stubs.unsupported("ResultSet.getConcurrency()");
    }

    @Override
    default String getCursorName() throws SQLException {
        throw Stubs.unsupported("ResultSet.getCursorName()");
    }

    @Override
    default Date getDate(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(String, Calendar)");
    }

    @Override
    default Date getDate(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(String)");
    }

    @Override
    default Date getDate(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(int, Calendar)");
    }

    @Override
    default Date getDate(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDate(int)");
    }

    @Override
    default double getDouble(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDouble(String)");
    }

    @Override
    default double getDouble(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getDouble(int)");
    }

    @Override
    default int getFetchDirection() throws SQLException {
        throw Stubs.unsupported("ResultSet.getFetchDirection()");
    }

    @Override
    default int getFetchSize() throws SQLException {
        throw Stubs.unsupported("ResultSet.getFetchSize()");
    }

    @Override
    default float getFloat(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getFloat(String)");
    }

    @Override
    default float getFloat(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getFloat(int)");
    }

    @Override
    default int getHoldability() throws SQLException {
        throw Stubs.unsupported("ResultSet.getHoldability()");
    }

    @Override
    default int getInt(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getInt(String)");
    }

    @Override
    default int getInt(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getInt(int)");
    }

    @Override
    default long getLong(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getLong(String)");
    }

    @Override
    default long getLong(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getLong(int)");
    }

    @Override
    default ResultSetMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("ResultSet.getMetaData()");
    }

    @Override
    default Reader getNCharacterStream(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNCharacterStream(String)");
    }

    @Override
    default Reader getNCharacterStream(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNCharacterStream(int)");
    }

    @Override
    default NClob getNClob(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNClob(String)");
    }

    @Override
    default NClob getNClob(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNClob(int)");
    }

    @Override
    default String getNString(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNString(String)");
    }

    @Override
    default String getNString(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getNString(int)");
    }

    @Override
    default <T> T getObject(String a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String, Class)");
    }

    @Override
    default Object getObject(String a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String, Map)");
    }

    @Override
    default Object getObject(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(String)");
    }

    @Override
    default <T> T getObject(int a, Class<T> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int, Class)");
    }

    @Override
    default Object getObject(int a, Map<String, Class<?>> b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int, Map)");
    }

    @Override
    default Object getObject(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getObject(int)");
    }

    @Override
    default Ref getRef(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRef(String)");
    }

    @Override
    default Ref getRef(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRef(int)");
    }

    @Override
    default int getRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.getRow()");
    }

    @Override
    default RowId getRowId(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRowId(String)");
    }

    @Override
    default RowId getRowId(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getRowId(int)");
    }

    @Override
    default SQLXML getSQLXML(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getSQLXML(String)");
    }

    @Override
    default SQLXML getSQLXML(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getSQLXML(int)");
    }

    @Override
    default short getShort(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getShort(String)");
    }

    @Override
    default short getShort(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getShort(int)");
    }

    @Override
    default Statement getStatement() throws SQLException {
        throw Stubs.unsupported("ResultSet.getStatement()");
    }

    @Override
    default String getString(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getString(String)");
    }

    @Override
    default String getString(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getString(int)");
    }

    @Override
    default Time getTime(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(String, Calendar)");
    }

    @Override
    default Time getTime(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(String)");
    }

    @Override
    default Time getTime(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(int, Calendar)");
    }

    @Override
    default Time getTime(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTime(int)");
    }

    @Override
    default Timestamp getTimestamp(String a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(String, Calendar)");
    }

    @Override
    default Timestamp getTimestamp(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(String)");
    }

    @Override
    default Timestamp getTimestamp(int a, Calendar b) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(int, Calendar)");
    }

    @Override
    default Timestamp getTimestamp(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getTimestamp(int)");
    }

    @Override
    default int getType() throws SQLException {
        throw Stubs.unsupported("ResultSet.getType()");
    }

    @Override
    default URL getURL(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.getURL(String)");
    }

    @Override
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

    @Override
    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("ResultSet.getWarnings()");
    }

    @Override
    default void insertRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.insertRow()");
    }

    @Override
    default boolean isAfterLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.isAfterLast()");
    }

    @Override
    default boolean isBeforeFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.isBeforeFirst()");
    }

    @Override
    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("ResultSet.isClosed()");
    }

    @Override
    default boolean isFirst() throws SQLException {
        throw Stubs.unsupported("ResultSet.isFirst()");
    }

    @Override
    default boolean isLast() throws SQLException {
        throw Stubs.unsupported("ResultSet.isLast()");
    }

    @Override
    default boolean last() throws SQLException {
        throw Stubs.unsupported("ResultSet.last()");
    }

    @Override
    default void moveToCurrentRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.moveToCurrentRow()");
    }

    @Override
    default void moveToInsertRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.moveToInsertRow()");
    }

    @Override
    default boolean next() throws SQLException {
        throw Stubs.unsupported("ResultSet.next()");
    }

    @Override
    default boolean previous() throws SQLException {
        throw Stubs.unsupported("ResultSet.previous()");
    }

    @Override
    default void refreshRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.refreshRow()");
    }

    @Override
    default boolean relative(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.relative(int)");
    }

    @Override
    default boolean rowDeleted() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowDeleted()");
    }

    @Override
    default boolean rowInserted() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowInserted()");
    }

    @Override
    default boolean rowUpdated() throws SQLException {
        throw Stubs.unsupported("ResultSet.rowUpdated()");
    }

    @Override
    default void setFetchDirection(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.setFetchDirection(int)");
    }

    @Override
    default void setFetchSize(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.setFetchSize(int)");
    }

    @Override
    default void updateArray(String a, Array b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateArray(String, Array)");
    }

    @Override
    default void updateArray(int a, Array b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateArray(int, Array)");
    }

    @Override
    default void updateAsciiStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream, int)");
    }

    @Override
    default void updateAsciiStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream, long)");
    }

    @Override
    default void updateAsciiStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(String, InputStream)");
    }

    @Override
    default void updateAsciiStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream, int)");
    }

    @Override
    default void updateAsciiStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream, long)");
    }

    @Override
    default void updateAsciiStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateAsciiStream(int, InputStream)");
    }

    @Override
    default void updateBigDecimal(String a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBigDecimal(String, BigDecimal)");
    }

    @Override
    default void updateBigDecimal(int a, BigDecimal b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBigDecimal(int, BigDecimal)");
    }

    @Override
    default void updateBinaryStream(String a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream, int)");
    }

    @Override
    default void updateBinaryStream(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream, long)");
    }

    @Override
    default void updateBinaryStream(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(String, InputStream)");
    }

    @Override
    default void updateBinaryStream(int a, InputStream b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream, int)");
    }

    @Override
    default void updateBinaryStream(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream, long)");
    }

    @Override
    default void updateBinaryStream(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBinaryStream(int, InputStream)");
    }

    @Override
    default void updateBlob(String a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, InputStream, long)");
    }

    @Override
    default void updateBlob(String a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, InputStream)");
    }

    @Override
    default void updateBlob(String a, Blob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(String, Blob)");
    }

    @Override
    default void updateBlob(int a, InputStream b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, InputStream, long)");
    }

    @Override
    default void updateBlob(int a, InputStream b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, InputStream)");
    }

    @Override
    default void updateBlob(int a, Blob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBlob(int, Blob)");
    }

    @Override
    default void updateBoolean(String a, boolean b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBoolean(String, boolean)");
    }

    @Override
    default void updateBoolean(int a, boolean b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBoolean(int, boolean)");
    }

    @Override
    default void updateByte(String a, byte b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateByte(String, byte)");
    }

    @Override
    default void updateByte(int a, byte b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateByte(int, byte)");
    }

    @Override
    default void updateBytes(String a, byte[] b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBytes(String, byte[])");
    }

    @Override
    default void updateBytes(int a, byte[] b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateBytes(int, byte[])");
    }

    @Override
    default void updateCharacterStream(String a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader, int)");
    }

    @Override
    default void updateCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader, long)");
    }

    @Override
    default void updateCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(String, Reader)");
    }

    @Override
    default void updateCharacterStream(int a, Reader b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader, int)");
    }

    @Override
    default void updateCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader, long)");
    }

    @Override
    default void updateCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateCharacterStream(int, Reader)");
    }

    @Override
    default void updateClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Reader, long)");
    }

    @Override
    default void updateClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Reader)");
    }

    @Override
    default void updateClob(String a, Clob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(String, Clob)");
    }

    @Override
    default void updateClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Reader, long)");
    }

    @Override
    default void updateClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Reader)");
    }

    @Override
    default void updateClob(int a, Clob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateClob(int, Clob)");
    }

    @Override
    default void updateDate(String a, Date b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDate(String, Date)");
    }

    @Override
    default void updateDate(int a, Date b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDate(int, Date)");
    }

    @Override
    default void updateDouble(String a, double b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDouble(String, double)");
    }

    @Override
    default void updateDouble(int a, double b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateDouble(int, double)");
    }

    @Override
    default void updateFloat(String a, float b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateFloat(String, float)");
    }

    @Override
    default void updateFloat(int a, float b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateFloat(int, float)");
    }

    @Override
    default void updateInt(String a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateInt(String, int)");
    }

    @Override
    default void updateInt(int a, int b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateInt(int, int)");
    }

    @Override
    default void updateLong(String a, long b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateLong(String, long)");
    }

    @Override
    default void updateLong(int a, long b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateLong(int, long)");
    }

    @Override
    default void updateNCharacterStream(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(String, Reader, long)");
    }

    @Override
    default void updateNCharacterStream(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(String, Reader)");
    }

    @Override
    default void updateNCharacterStream(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(int, Reader, long)");
    }

    @Override
    default void updateNCharacterStream(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNCharacterStream(int, Reader)");
    }

    @Override
    default void updateNClob(String a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, Reader, long)");
    }

    @Override
    default void updateNClob(String a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, Reader)");
    }

    @Override
    default void updateNClob(String a, NClob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(String, NClob)");
    }

    @Override
    default void updateNClob(int a, Reader b, long c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, Reader, long)");
    }

    @Override
    default void updateNClob(int a, Reader b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, Reader)");
    }

    @Override
    default void updateNClob(int a, NClob b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNClob(int, NClob)");
    }

    @Override
    default void updateNString(String a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNString(String, String)");
    }

    @Override
    default void updateNString(int a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNString(int, String)");
    }

    @Override
    default void updateNull(String a) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNull(String)");
    }

    @Override
    default void updateNull(int a) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateNull(int)");
    }

    @Override
    default void updateObject(String a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(String, Object, int)");
    }

    @Override
    default void updateObject(String a, Object b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(String, Object)");
    }

    @Override
    default void updateObject(int a, Object b, int c) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(int, Object, int)");
    }

    @Override
    default void updateObject(int a, Object b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateObject(int, Object)");
    }

    @Override
    default void updateRef(String a, Ref b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRef(String, Ref)");
    }

    @Override
    default void updateRef(int a, Ref b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRef(int, Ref)");
    }

    @Override
    default void updateRow() throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRow()");
    }

    @Override
    default void updateRowId(String a, RowId b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRowId(String, RowId)");
    }

    @Override
    default void updateRowId(int a, RowId b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateRowId(int, RowId)");
    }

    @Override
    default void updateSQLXML(String a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateSQLXML(String, SQLXML)");
    }

    @Override
    default void updateSQLXML(int a, SQLXML b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateSQLXML(int, SQLXML)");
    }

    @Override
    default void updateShort(String a, short b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateShort(String, short)");
    }

    @Override
    default void updateShort(int a, short b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateShort(int, short)");
    }

    @Override
    default void updateString(String a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateString(String, String)");
    }

    @Override
    default void updateString(int a, String b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateString(int, String)");
    }

    @Override
    default void updateTime(String a, Time b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTime(String, Time)");
    }

    @Override
    default void updateTime(int a, Time b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTime(int, Time)");
    }

    @Override
    default void updateTimestamp(String a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTimestamp(String, Timestamp)");
    }

    @Override
    default void updateTimestamp(int a, Timestamp b) throws SQLException {
        throw Stubs.unsupported("ResultSet.updateTimestamp(int, Timestamp)");
    }

    @Override
    default boolean wasNull() throws SQLException {
        throw Stubs.unsupported("ResultSet.wasNull()");
    }
}
