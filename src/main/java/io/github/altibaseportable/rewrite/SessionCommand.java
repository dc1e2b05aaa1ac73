package io.github.altibaseportable.rewrite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A statement that the driver carries out through a JDBC call on the application's connection
 * instead of sending it as written: {@code SET TRANSACTION ISOLATION LEVEL ...} becomes
 * {@code setTransactionIsolation}, so that the level lasts as JDBC says and the connection knows
 * it. {@code sql} is what the call sends (shown by {@code nativeSQL} and the translator); running
 * the statement counts as 0 rows and no result set.
 */
public record SessionCommand(String sql, Call call) {

    /** The JDBC call that carries out the statement. */
    @FunctionalInterface
    public interface Call {
        void apply(Connection connection) throws SQLException;
    }
}
