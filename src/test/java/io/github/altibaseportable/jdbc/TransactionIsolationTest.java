package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Isolation levels with JDBC semantics: {@code setTransactionIsolation} and the portable
 * {@code SET TRANSACTION ISOLATION LEVEL} statements send {@code ALTER SESSION SET TRANSACTION
 * ISOLATION LEVEL}, in and out of autocommit, once; the connection reports the level; levels Altibase
 * lacks are refused with nothing sent.
 */
class TransactionIsolationTest extends StubbedConnectionTest {
    private static final String ALTER = "ALTER SESSION SET TRANSACTION ISOLATION LEVEL ";

    @ParameterizedTest
    @CsvSource({
        "true, 2, READ COMMITTED",
        "true, 4, REPEATABLE READ",
        "true, 8, SERIALIZABLE",
        "false, 2, READ COMMITTED",
        "false, 4, REPEATABLE READ",
        "false, 8, SERIALIZABLE"
    })
    void theLevelIsSetForTheSessionInAndOutOfAutocommit(boolean autoCommit, int level, String name)
            throws SQLException {
        connection.setAutoCommit(autoCommit);
        stub.clearEvents();

        connection.setTransactionIsolation(level);

        assertEquals(List.of(ALTER + name), stub.executed());
        assertEquals(
                List.of(),
                stub.events("setTransactionIsolation"),
                "the Altibase driver's own call fails in autocommit");
        assertEquals(level, connection.getTransactionIsolation());
    }

    @Test
    void theLevelHoldsAcrossCommitsRollbacksAndAutocommitChangesWithoutBeingSentAgain() throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        connection.setAutoCommit(false);
        connection.commit();
        connection.rollback();
        connection.setAutoCommit(true);

        assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
        assertEquals(List.of(ALTER + "SERIALIZABLE"), stub.executed());
    }

    @Test
    void beforeAnyChangeTheLevelIsTheOneTheServerGaveTheSession() throws SQLException {
        stub.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);

        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());
    }

    @ParameterizedTest
    @ValueSource(ints = {Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_NONE})
    void levelsAltibaseLacksAreRefusedWithNothingSent(int level) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        stub.clearEvents();

        SQLException refused =
                assertThrows(SQLFeatureNotSupportedException.class, () -> connection.setTransactionIsolation(level));

        assertEquals("HYC00", refused.getSQLState());
        assertEquals(List.of(), stub.events());
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 16, -1})
    void numbersThatAreNoLevelAreRefusedWithNothingSent(int level) {
        SQLException refused = assertThrows(SQLException.class, () -> connection.setTransactionIsolation(level));

        assertEquals("HY024", refused.getSQLState());
        assertEquals(List.of(), stub.executed());
    }

    @Test
    void aFailedChangeLeavesTheLevelAsItWas() throws SQLException {
        SQLException failure = new SQLException("server said no", "HY000", 1);
        stub.failOn("ALTER SESSION", failure);

        assertSame(
                failure,
                assertThrows(
                        SQLException.class,
                        () -> connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE)));
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    }

    @Test
    void theLevelOfAClosedConnectionIsAnError() throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        connection.close();

        assertEquals(
                "08003",
                assertThrows(SQLException.class, connection::getTransactionIsolation)
                        .getSQLState());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE | 8 | SERIALIZABLE",
                "set transaction isolation level repeatable read | 4 | REPEATABLE READ",
                "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED | 2 | READ COMMITTED",
                "SET SESSION TRANSACTION ISOLATION LEVEL SERIALIZABLE | 8 | SERIALIZABLE"
            })
    void anIsolationStatementIsTheConnectionsSetting(String sql, int level, String name) throws SQLException {
        connection.setTransactionIsolation(
                level == 8 ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_SERIALIZABLE);
        stub.clearEvents();

        try (Statement statement = connection.createStatement()) {
            assertFalse(statement.execute(sql));
            assertEquals(0, statement.getUpdateCount());
            assertEquals(null, statement.getResultSet());
        }

        assertEquals(List.of(ALTER + name), stub.executed());
        assertEquals(level, connection.getTransactionIsolation());
    }

    @Test
    void everyWayOfRunningTheStatementSetsTheLevel() throws SQLException {
        String sql = "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE";
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            assertEquals(0, statement.executeUpdate(sql));
            assertEquals(0L, statement.executeLargeUpdate(sql));
            statement.addBatch(sql);
            assertEquals(1, statement.executeBatch().length);
        }
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            assertFalse(prepared.execute());
            assertEquals(0, prepared.executeUpdate());
        }

        assertEquals(
                List.of(
                        ALTER + "SERIALIZABLE",
                        ALTER + "SERIALIZABLE",
                        ALTER + "SERIALIZABLE",
                        ALTER + "SERIALIZABLE",
                        ALTER + "SERIALIZABLE"),
                stub.executed());
        assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
        assertEquals(sql, connection.nativeSQL(sql), "a JDBC call: the statement as written does the same");
    }

    @Test
    void anIsolationStatementRunAsAQueryIsAnErrorAndChangesNothing() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class, () -> statement.executeQuery("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
            assertEquals("HY000", refused.getSQLState());
        }

        assertEquals(List.of(), stub.executed());
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    }

    @Test
    void aReadUncommittedStatementIsRefusedWithNothingSent() throws SQLException {
        String sql = "SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED";
        stub.clearEvents();
        try (Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
            assertEquals("HYC00", refused.getSQLState());
            statement.addBatch(sql);
            BatchUpdateException batch = assertThrows(BatchUpdateException.class, statement::executeBatch);
            assertEquals("HYC00", batch.getSQLState());
        }

        assertEquals(List.of(), stub.executed());
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    }

    @Test
    void withTheRuleSwitchedOffTheStatementIsSentAsWritten() throws SQLException {
        try (Harness off = Harness.open("portable.disabledRules", "isolation")) {
            String sql = "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE";
            off.portable().createStatement().execute(sql);

            assertSame(sql, off.stub().executed().get(0));
        }
    }

    @Test
    void strictModeAcceptsTheRecognisedStatement() throws SQLException {
        try (Harness strict = Harness.open("portable.strict", "true")) {
            strict.portable().createStatement().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");

            assertEquals(
                    Connection.TRANSACTION_REPEATABLE_READ, strict.portable().getTransactionIsolation());
            assertTrue(strict.stub().executed().contains(ALTER + "REPEATABLE READ"));
        }
    }
}
