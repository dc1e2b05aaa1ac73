package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Isolation levels and savepoints on a live server. The level is read back from {@code V$SESSION}
 * (0 READ COMMITTED, 1 REPEATABLE READ, 2 SERIALIZABLE): it must hold for the session, in and out of
 * autocommit, across commits and rollbacks.
 */
class TransactionsLiveIT {

    private static int sessionLevel(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT ISOLATION_LEVEL FROM V$SESSION WHERE ID = SESSION_ID()")) {
            assertTrue(rows.next());
            return rows.getInt(1);
        }
    }

    @Test
    void theLevelHoldsForTheSessionInAndOutOfAutocommit() throws SQLException {
        try (Connection connection = LiveDatabase.connect()) {
            assertTrue(connection.getAutoCommit());
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertEquals(1, sessionLevel(connection));
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());

            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertEquals(2, sessionLevel(connection));
            connection.commit();
            assertEquals(2, sessionLevel(connection));
            connection.rollback();
            assertEquals(2, sessionLevel(connection));
            connection.setAutoCommit(true);
            assertEquals(2, sessionLevel(connection));
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());

            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertEquals(0, sessionLevel(connection));
        }
    }

    @Test
    void isolationStatementsSetTheSessionLevel() throws SQLException {
        try (Connection connection = LiveDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            assertEquals(2, sessionLevel(connection));
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            assertEquals(0, sessionLevel(connection));
            connection.setAutoCommit(false);
            try (PreparedStatement prepared =
                    connection.prepareStatement("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")) {
                prepared.execute();
            }
            connection.commit();
            assertEquals(1, sessionLevel(connection));
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());
        }
    }

    @Test
    void levelsAltibaseLacksAreRefusedAndChangeNothing() throws SQLException {
        try (Connection connection = LiveDatabase.connect();
                Statement statement = connection.createStatement()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);

            assertEquals(
                    "HYC00",
                    assertThrows(
                                    SQLException.class,
                                    () -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED))
                            .getSQLState());
            assertEquals(
                    "HYC00",
                    assertThrows(
                                    SQLException.class,
                                    () -> statement.execute("SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED"))
                            .getSQLState());
            assertEquals(
                    "HYC00",
                    assertThrows(
                                    SQLException.class,
                                    () -> connection.setTransactionIsolation(Connection.TRANSACTION_NONE))
                            .getSQLState());

            assertEquals(2, sessionLevel(connection));
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
        }
    }

    private static List<Integer> ids(Connection connection, String table) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    @Test
    void savepointsUndoPartOfATransactionAndReleaseIsANoOp() throws SQLException {
        String table = LiveDatabase.uniqueName("SP");
        try (Connection connection = LiveDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
            try {
                connection.setAutoCommit(false);
                statement.executeUpdate("INSERT INTO " + table + " VALUES (1)");
                Savepoint named = connection.setSavepoint("after_one");
                statement.executeUpdate("INSERT INTO " + table + " VALUES (2)");
                Savepoint unnamed = connection.setSavepoint();
                statement.executeUpdate("INSERT INTO " + table + " VALUES (3)");
                connection.rollback(unnamed);
                assertEquals(List.of(1, 2), ids(connection, table));
                connection.rollback(named);
                assertEquals(List.of(1), ids(connection, table));
                statement.executeUpdate("INSERT INTO " + table + " VALUES (4)");
                connection.releaseSavepoint(named);
                assertEquals(
                        "3B001",
                        assertThrows(SQLException.class, () -> connection.rollback(named))
                                .getSQLState());
                connection.commit();
                assertEquals(List.of(1, 4), ids(connection, table));

                connection.setAutoCommit(true);
                assertEquals(
                        "25000",
                        assertThrows(SQLException.class, connection::setSavepoint)
                                .getSQLState());
            } finally {
                connection.setAutoCommit(true);
                LiveDatabase.dropQuietly(connection, table);
            }
        }
    }
}
