package io.github.altibaseportable.stub;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The {@link Connection} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedConnection extends StubWrapper, Connection {
    default void abort(Executor a) throws SQLException {
        throw Stubs.unsupported("Connection.abort(Executor)");
    }

    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("Connection.clearWarnings()");
    }

    default void close() throws SQLException {
        throw Stubs.unsupported("Connection.close()");
    }

    default void commit() throws SQLException {
        throw Stubs.unsupported("Connection.commit()");
    }

    default Array createArrayOf(String a, Object[] b) throws SQLException {
        throw Stubs.unsupported("Connection.createArrayOf(String, Object[])");
    }

    default Blob createBlob() throws SQLException {
        throw Stubs.unsupported("Connection.createBlob()");
    }

    default Clob createClob() throws SQLException {
        throw Stubs.unsupported("Connection.createClob()");
    }

    default NClob createNClob() throws SQLException {
        throw Stubs.unsupported("Connection.createNClob()");
    }

    default SQLXML createSQLXML() throws SQLException {
        throw Stubs.unsupported("Connection.createSQLXML()");
    }

    default Statement createStatement() throws SQLException {
        throw Stubs.unsupported("Connection.createStatement()");
    }

    default Statement createStatement(int a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.createStatement(int, int, int)");
    }

    default Statement createStatement(int a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.createStatement(int, int)");
    }

    default Struct createStruct(String a, Object[] b) throws SQLException {
        throw Stubs.unsupported("Connection.createStruct(String, Object[])");
    }

    default boolean getAutoCommit() throws SQLException {
        throw Stubs.unsupported("Connection.getAutoCommit()");
    }

    default String getCatalog() throws SQLException {
        throw Stubs.unsupported("Connection.getCatalog()");
    }

    default Properties getClientInfo() throws SQLException {
        throw Stubs.unsupported("Connection.getClientInfo()");
    }

    default String getClientInfo(String a) throws SQLException {
        throw Stubs.unsupported("Connection.getClientInfo(String)");
    }

    default int getHoldability() throws SQLException {
        throw Stubs.unsupported("Connection.getHoldability()");
    }

    default DatabaseMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("Connection.getMetaData()");
    }

    default int getNetworkTimeout() throws SQLException {
        throw Stubs.unsupported("Connection.getNetworkTimeout()");
    }

    default String getSchema() throws SQLException {
        throw Stubs.unsupported("Connection.getSchema()");
    }

    default int getTransactionIsolation() throws SQLException {
        throw Stubs.unsupported("Connection.getTransactionIsolation()");
    }

    default Map<String, Class<?>> getTypeMap() throws SQLException {
        throw Stubs.unsupported("Connection.getTypeMap()");
    }

    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("Connection.getWarnings()");
    }

    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("Connection.isClosed()");
    }

    default boolean isReadOnly() throws SQLException {
        throw Stubs.unsupported("Connection.isReadOnly()");
    }

    default boolean isValid(int a) throws SQLException {
        throw Stubs.unsupported("Connection.isValid(int)");
    }

    default String nativeSQL(String a) throws SQLException {
        throw Stubs.unsupported("Connection.nativeSQL(String)");
    }

    default CallableStatement prepareCall(String a, int b, int c, int d) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String, int, int, int)");
    }

    default CallableStatement prepareCall(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String, int, int)");
    }

    default CallableStatement prepareCall(String a) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String)");
    }

    default PreparedStatement prepareStatement(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int[])");
    }

    default PreparedStatement prepareStatement(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, String[])");
    }

    default PreparedStatement prepareStatement(String a, int b, int c, int d) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int, int, int)");
    }

    default PreparedStatement prepareStatement(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int, int)");
    }

    default PreparedStatement prepareStatement(String a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int)");
    }

    default PreparedStatement prepareStatement(String a) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String)");
    }

    default void releaseSavepoint(Savepoint a) throws SQLException {
        throw Stubs.unsupported("Connection.releaseSavepoint(Savepoint)");
    }

    default void rollback() throws SQLException {
        throw Stubs.unsupported("Connection.rollback()");
    }

    default void rollback(Savepoint a) throws SQLException {
        throw Stubs.unsupported("Connection.rollback(Savepoint)");
    }

    default void setAutoCommit(boolean a) throws SQLException {
        throw Stubs.unsupported("Connection.setAutoCommit(boolean)");
    }

    default void setCatalog(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setCatalog(String)");
    }

    default void setHoldability(int a) throws SQLException {
        throw Stubs.unsupported("Connection.setHoldability(int)");
    }

    default void setNetworkTimeout(Executor a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.setNetworkTimeout(Executor, int)");
    }

    default void setReadOnly(boolean a) throws SQLException {
        throw Stubs.unsupported("Connection.setReadOnly(boolean)");
    }

    default Savepoint setSavepoint() throws SQLException {
        throw Stubs.unsupported("Connection.setSavepoint()");
    }

    default Savepoint setSavepoint(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setSavepoint(String)");
    }

    default void setSchema(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setSchema(String)");
    }

    default void setTransactionIsolation(int a) throws SQLException {
        throw Stubs.unsupported("Connection.setTransactionIsolation(int)");
    }

    default void setTypeMap(Map<String, Class<?>> a) throws SQLException {
        throw Stubs.unsupported("Connection.setTypeMap(Map)");
    }
}
