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
    @Override
    default void abort(Executor a) throws SQLException {
        throw Stubs.unsupported("Connection.abort(Executor)");
    }

    @Override
    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("Connection.clearWarnings()");
    }

    @Override
    default void close() throws SQLException {
        throw Stubs.unsupported("Connection.close()");
    }

    @Override
    default void commit() throws SQLException {
        throw Stubs.unsupported("Connection.commit()");
    }

    @Override
    default Array createArrayOf(String a, Object[] b) throws SQLException {
        throw Stubs.unsupported("Connection.createArrayOf(String, Object[])");
    }

    @Override
    default Blob createBlob() throws SQLException {
        throw Stubs.unsupported("Connection.createBlob()");
    }

    @Override
    default Clob createClob() throws SQLException {
        throw Stubs.unsupported("Connection.createClob()");
    }

    @Override
    default NClob createNClob() throws SQLException {
        throw Stubs.unsupported("Connection.createNClob()");
    }

    @Override
    default SQLXML createSQLXML() throws SQLException {
        throw Stubs.unsupported("Connection.createSQLXML()");
    }

    @Override
    default Statement createStatement() throws SQLException {
        throw Stubs.unsupported("Connection.createStatement()");
    }

    @Override
    default Statement createStatement(int a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.createStatement(int, int, int)");
    }

    @Override
    default Statement createStatement(int a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.createStatement(int, int)");
    }

    @Override
    default Struct createStruct(String a, Object[] b) throws SQLException {
        throw Stubs.unsupported("Connection.createStruct(String, Object[])");
    }

    @Override
    default boolean getAutoCommit() throws SQLException {
        throw Stubs.unsupported("Connection.getAutoCommit()");
    }

    @Override
    default String getCatalog() throws SQLException {
        throw Stubs.unsupported("Connection.getCatalog()");
    }

    @Override
    default Properties getClientInfo() throws SQLException {
        throw Stubs.unsupported("Connection.getClientInfo()");
    }

    @Override
    default String getClientInfo(String a) throws SQLException {
        throw Stubs.unsupported("Connection.getClientInfo(String)");
    }

    @Override
    default int getHoldability() throws SQLException {
        throw Stubs.unsupported("Connection.getHoldability()");
    }

    @Override
    default DatabaseMetaData getMetaData() throws SQLException {
        throw Stubs.unsupported("Connection.getMetaData()");
    }

    @Override
    default int getNetworkTimeout() throws SQLException {
        throw Stubs.unsupported("Connection.getNetworkTimeout()");
    }

    @Override
    default String getSchema() throws SQLException {
        throw Stubs.unsupported("Connection.getSchema()");
    }

    @Override
    default int getTransactionIsolation() throws SQLException {
        throw Stubs.unsupported("Connection.getTransactionIsolation()");
    }

    @Override
    default Map<String, Class<?>> getTypeMap() throws SQLException {
        throw Stubs.unsupported("Connection.getTypeMap()");
    }

    @Override
    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("Connection.getWarnings()");
    }

    @Override
    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("Connection.isClosed()");
    }

    @Override
    default boolean isReadOnly() throws SQLException {
        throw Stubs.unsupported("Connection.isReadOnly()");
    }

    @Override
    default boolean isValid(int a) throws SQLException {
        throw Stubs.unsupported("Connection.isValid(int)");
    }

    @Override
    default String nativeSQL(String a) throws SQLException {
        throw Stubs.unsupported("Connection.nativeSQL(String)");
    }

    @Override
    default CallableStatement prepareCall(String a, int b, int c, int d) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String, int, int, int)");
    }

    @Override
    default CallableStatement prepareCall(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String, int, int)");
    }

    @Override
    default CallableStatement prepareCall(String a) throws SQLException {
        throw Stubs.unsupported("Connection.prepareCall(String)");
    }

    @Override
    default PreparedStatement prepareStatement(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int[])");
    }

    @Override
    default PreparedStatement prepareStatement(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, String[])");
    }

    @Override
    default PreparedStatement prepareStatement(String a, int b, int c, int d) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int, int, int)");
    }

    @Override
    default PreparedStatement prepareStatement(String a, int b, int c) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int, int)");
    }

    @Override
    default PreparedStatement prepareStatement(String a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String, int)");
    }

    @Override
    default PreparedStatement prepareStatement(String a) throws SQLException {
        throw Stubs.unsupported("Connection.prepareStatement(String)");
    }

    @Override
    default void releaseSavepoint(Savepoint a) throws SQLException {
        throw Stubs.unsupported("Connection.releaseSavepoint(Savepoint)");
    }

    @Override
    default void rollback() throws SQLException {
        throw Stubs.unsupported("Connection.rollback()");
    }

    @Override
    default void rollback(Savepoint a) throws SQLException {
        throw Stubs.unsupported("Connection.rollback(Savepoint)");
    }

    @Override
    default void setAutoCommit(boolean a) throws SQLException {
        throw Stubs.unsupported("Connection.setAutoCommit(boolean)");
    }

    @Override
    default void setCatalog(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setCatalog(String)");
    }

    @Override
    default void setHoldability(int a) throws SQLException {
        throw Stubs.unsupported("Connection.setHoldability(int)");
    }

    @Override
    default void setNetworkTimeout(Executor a, int b) throws SQLException {
        throw Stubs.unsupported("Connection.setNetworkTimeout(Executor, int)");
    }

    @Override
    default void setReadOnly(boolean a) throws SQLException {
        throw Stubs.unsupported("Connection.setReadOnly(boolean)");
    }

    @Override
    default Savepoint setSavepoint() throws SQLException {
        throw Stubs.unsupported("Connection.setSavepoint()");
    }

    @Override
    default Savepoint setSavepoint(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setSavepoint(String)");
    }

    @Override
    default void setSchema(String a) throws SQLException {
        throw Stubs.unsupported("Connection.setSchema(String)");
    }

    @Override
    default void setTransactionIsolation(int a) throws SQLException {
        throw Stubs.unsupported("Connection.setTransactionIsolation(int)");
    }

    @Override
    default void setTypeMap(Map<String, Class<?>> a) throws SQLException {
        throw Stubs.unsupported("Connection.setTypeMap(Map)");
    }
}
