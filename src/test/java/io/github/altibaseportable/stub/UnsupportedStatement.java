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
    default void addBatch(String a) throws SQLException {
        throw Stubs.unsupported("Statement.addBatch(String)");
    }

    default void cancel() throws SQLException {
        throw Stubs.unsupported("Statement.cancel()");
    }

    default void clearBatch() throws SQLException {
        throw Stubs.unsupported("Statement.clearBatch()");
    }

    default void clearWarnings() throws SQLException {
        throw Stubs.unsupported("Statement.clearWarnings()");
    }

    default void close() throws SQLException {
        throw Stubs.unsupported("Statement.close()");
    }

    default void closeOnCompletion() throws SQLException {
        throw Stubs.unsupported("Statement.closeOnCompletion()");
    }

    default boolean execute(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, int[])");
    }

    default boolean execute(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, String[])");
    }

    default boolean execute(String a, int b) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String, int)");
    }

    default boolean execute(String a) throws SQLException {
        throw Stubs.unsupported("Statement.execute(String)");
    }

    default int[] executeBatch() throws SQLException {
        throw Stubs.unsupported("Statement.executeBatch()");
    }

    default ResultSet executeQuery(String a) throws SQLException {
        throw Stubs.unsupported("Statement.executeQuery(String)");
    }

    default int executeUpdate(String a, int[] b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, int[])");
    }

    default int executeUpdate(String a, String[] b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, String[])");
    }

    default int executeUpdate(String a, int b) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String, int)");
    }

    default int executeUpdate(String a) throws SQLException {
        throw Stubs.unsupported("Statement.executeUpdate(String)");
    }

    default Connection getConnection() throws SQLException {
        throw Stubs.unsupported("Statement.getConnection()");
    }

    default int getFetchDirection() throws SQLException {
        throw Stubs.unsupported("Statement.getFetchDirection()");
    }

    default int getFetchSize() throws SQLException {
        throw Stubs.unsupported("Statement.getFetchSize()");
    }

    default ResultSet getGeneratedKeys() throws SQLException {
        throw Stubs.unsupported("Statement.getGeneratedKeys()");
    }

    default int getMaxFieldSize() throws SQLException {
        throw Stubs.unsupported("Statement.getMaxFieldSize()");
    }

    default int getMaxRows() throws SQLException {
        throw Stubs.unsupported("Statement.getMaxRows()");
    }

    default boolean getMoreResults() throws SQLException {
        throw Stubs.unsupported("Statement.getMoreResults()");
    }

    default boolean getMoreResults(int a) throws SQLException {
        throw Stubs.unsupported("Statement.getMoreResults(int)");
    }

    default int getQueryTimeout() throws SQLException {
        throw Stubs.unsupported("Statement.getQueryTimeout()");
    }

    default ResultSet getResultSet() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSet()");
    }

    default int getResultSetConcurrency() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetConcurrency()");
    }

    default int getResultSetHoldability() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetHoldability()");
    }

    default int getResultSetType() throws SQLException {
        throw Stubs.unsupported("Statement.getResultSetType()");
    }

    default int getUpdateCount() throws SQLException {
        throw Stubs.unsupported("Statement.getUpdateCount()");
    }

    default SQLWarning getWarnings() throws SQLException {
        throw Stubs.unsupported("Statement.getWarnings()");
    }

    default boolean isCloseOnCompletion() throws SQLException {
        throw Stubs.unsupported("Statement.isCloseOnCompletion()");
    }

    default boolean isClosed() throws SQLException {
        throw Stubs.unsupported("Statement.isClosed()");
    }

    default boolean isPoolable() throws SQLException {
        throw Stubs.unsupported("Statement.isPoolable()");
    }

    default void setCursorName(String a) throws SQLException {
        throw Stubs.unsupported("Statement.setCursorName(String)");
    }

    default void setEscapeProcessing(boolean a) throws SQLException {
        throw Stubs.unsupported("Statement.setEscapeProcessing(boolean)");
    }

    default void setFetchDirection(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setFetchDirection(int)");
    }

    default void setFetchSize(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setFetchSize(int)");
    }

    default void setMaxFieldSize(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setMaxFieldSize(int)");
    }

    default void setMaxRows(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setMaxRows(int)");
    }

    default void setPoolable(boolean a) throws SQLException {
        throw Stubs.unsupported("Statement.setPoolable(boolean)");
    }

    default void setQueryTimeout(int a) throws SQLException {
        throw Stubs.unsupported("Statement.setQueryTimeout(int)");
    }
}
