package io.github.altibaseportable.stub;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * The {@link Statement} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedStatement extends StubWrapper, Statement {
    @Override
    default void addBatch(String a) throws SQLException {
        throw Stubs.unsupported("Statement.addBatch(String)");
    }

    @Override
    default void cancel() throws SQLException {
        throw Stubs.unsupported("Statement.cancel()");
    }

    @Override
    default void clearBatch() throws SQLException {
        throw Stubs.unsupported("Statement.clearBatch()");
    }

    @Override
    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("Statement.clearWarnings()");
    }

    @Override
    default void close() throws SQLException {
        throw Stubs.unsupported("Statement.close()");
    }

    @Override
    default void closeOnCompletion() throws SQLException {
        throw Stubs.unsupported("Statement.closeOnCompletion()");
    }

    @Override
    default boolean execute(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, int[])");
    }

    @Override
    default boolean execute(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, String[])");
    }

    @Override
    default boolean execute(String a, int b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, int)");
    }

    @Override
    default boolean execute(String a) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String)");
    }

    @Override
    default int[] executeBatch() throws SQLException {
        throw Stubs.unsupported("Statement.executeBatch()");
    }

    @Override
    default ResultSet executeQuery(String a) throws SQLException {
        throw Stubs.unsupported("Statement.executeQuery(String)");
    }

    @Override
    default int executeUpdate(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, int[])");
    }

    @Override
    default int executeUpdate(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, String[])");
    }

    @Override
    default int executeUpdate(String a, int b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, int)");
    }

    @Override
    default int executeUpdate(String a) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String)");
    }

    @Override
    default Connection getConnection() throws SQLException {
        throw Stubs.unsupported("Statement.getConnection()");
    }

    @Override
    default int getFetchDirection() throws SQLException {
        throw Stubs.unsupported("Statement.getFetchDirection()");
    }

    @Override
    default int getFetchSize() throws SQLException {
        throw Stubs.unsupported("Statement.getFetchSize()");
    }

    @Override
    default ResultSet getGeneratedKeys() throws SQLException {
        throw Stubs.unsupported("Statement.getGeneratedKeys()");
    }

    @Override
    default int getMaxFieldSize() throws SQLException {
        throw Stubs.unsupported("Statement.getMaxFieldSize()");
    }

    @Override
    default int getMaxRows() throws SQLException {
        throw Stubs.unsupported("Statement.getMaxRows()");
    }

    @Override
    default boolean getMoreResults() throws SQLException {
        throw Stubs.unsupported("Statement.getMoreResults()");
    }

    @Override
    default boolean getMoreResults(int a) throws SQLException {
        throw Stubs.unsupported("Statement.getMoreResults(int)");
    }

    @Override
    default int getQueryTimeout() throws SQLException {
        throw Stubs.unsupported("Statement.getQueryTimeout()");
    }

    @Override
    default ResultSet getResultSet() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSet()");
    }

    @Override
    default int getResultSetConcurrency() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetConcurrency()");
    }

    @Override
    default int getResultSetHoldability() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetHoldability()");
    }

    @Override
    default int getResultSetType() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetType()");
    }

    @Override
    default int getUpdateCount() throws SQLException {
        throw Stubs.unsupported("Statement.getUpdateCount()");
    }

    @Override
    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("Statement.getWarnings()");
    }

    @Override
    default boolean isCloseOnCompletion() throws SQLException {
        throw Stubs.unsupported("Statement.isCloseOnCompletion()");
    }

    @Override
    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("Statement.isClosed()");
    }

    @Override
    default boolean isPoolable() throws SQLException {
        throw Stubs.unsupported("Statement.isPoolable()");
    }

    @Override
    default void setCursorName(String a) throws SQLException {
        throw Stubs.unsupported("Statement.setCursorName(String)");
    }

    @Override
    default void setEscapeProcessing(boolean a) throws SQLException {
        throw Stubs.unsupported("Statement.setEscapeProcessing(boolean)");
    }

    @Override
    default void setFetchDirection(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setFetchDirection(int)");
    }

    @Override
    default void setFetchSize(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setFetchSize(int)");
    }

    @Override
    default void setMaxFieldSize(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setMaxFieldSize(int)");
    }

    @Override
    default void setMaxRows(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setMaxRows(int)");
    }

    @Override
    default void setPoolable(boolean a) throws SQLException {
        throw Stubs.unsupported("Statement.setPoolable(boolean)");
    }

    @Override
    default void setQueryTimeout(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setQueryTimeout(int)");
    }
}
