package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubDatabaseMetaData;
import io.github.altibaseportable.stub.StubRows;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver on an older Altibase driver, written to the JDBC 3 API (the stub in its JDBC 3 mode): the
 * {@code Large} methods run their {@code int} forms, {@code isValid} runs a query with its timeout,
 * {@code getColumns} has the JDBC 4.1 columns, and the other JDBC 4 methods pools and ORMs call fall back
 * or fail with an {@link SQLFeatureNotSupportedException}; no {@link Error} escapes.
 */
class OlderDriversTest extends StubbedConnectionTest {
    private static final String DELETE = "DELETE FROM t WHERE id > 3";

    @BeforeEach
    void olderDriver() {
        stub.jdbc3();
        stub.onUpdate("^DELETE FROM t", 5);
    }

    @Test
    void largeUpdatesRunTheirIntForms() throws SQLException {
        Statement statement = connection.createStatement();
        assertEquals(5L, statement.executeLargeUpdate(DELETE));
        assertEquals(5L, statement.getLargeUpdateCount());
        assertEquals(5L, statement.executeLargeUpdate(DELETE, Statement.NO_GENERATED_KEYS));
        statement.setLargeMaxRows(7);
        assertEquals(7L, statement.getLargeMaxRows());
        statement.addBatch(DELETE);
        statement.addBatch(DELETE);
        assertArrayEquals(new long[] {5, 5}, statement.executeLargeBatch());

        PreparedStatement prepared = connection.prepareStatement("DELETE FROM t WHERE id > ?");
        prepared.setInt(1, 3);
        assertEquals(5L, prepared.executeLargeUpdate());
        assertEquals(5L, prepared.getLargeUpdateCount());
        prepared.addBatch();
        assertArrayEquals(new long[] {5}, prepared.executeLargeBatch());

        assertEquals(List.of(), stub.events("executeLarge"));
        assertEquals(3, stub.events("executeUpdate").size());
    }

    @Test
    void aDriverWithTheLargeMethodsRunsThem() throws SQLException {
        try (Harness current = Harness.open()) {
            current.stub().onUpdate("^DELETE FROM t", 5);
            assertEquals(5L, current.portable().createStatement().executeLargeUpdate(DELETE));
            assertEquals(
                    List.of("executeLargeUpdate: " + DELETE), current.stub().events("executeLarge"));
        }
    }

    @Test
    void isValidRunsAQueryWithItsTimeout() throws SQLException {
        stub.onQuery("^SELECT 1 FROM DUAL$", StubRows.single("1", 1));
        assertTrue(connection.isValid(3));
        assertEquals(List.of("SELECT 1 FROM DUAL"), stub.executed());
        assertEquals(3, stub.lastStatement().queryTimeout());
        assertTrue(stub.lastStatement().isClosed());

        stub.failOn("^SELECT 1 FROM DUAL$", new SQLException("Communication link failure", "08S01"));
        assertFalse(connection.isValid(0));
        assertEquals(
                "HY024",
                assertThrows(SQLException.class, () -> connection.isValid(-1)).getSQLState());
        stub.close();
        assertFalse(connection.isValid(1));
    }

    @Test
    void theSchemaIsTheConnectedUser() throws SQLException {
        stub.onQuery("^SELECT USER_NAME\\(\\) FROM DUAL$", StubRows.single("USER_NAME", "APP"));
        assertEquals("APP", connection.getSchema());
    }

    @Test
    void whatCannotBeEmulatedIsAFeatureNotSupported() {
        assertEquals(
                "HYC00",
                assertThrows(SQLFeatureNotSupportedException.class, () -> connection.setSchema("APP"))
                        .getSQLState());
        assertEquals(
                "HYC00",
                assertThrows(
                                SQLFeatureNotSupportedException.class,
                                () -> connection.setNetworkTimeout(Runnable::run, 1000))
                        .getSQLState());
    }

    @Test
    void networkTimeoutAndClientInfoHaveTheirDefaults() throws SQLException {
        assertEquals(0, connection.getNetworkTimeout());
        assertNull(connection.getClientInfo("ApplicationName"));
        assertTrue(connection.getClientInfo().isEmpty());
    }

    @Test
    void abortClosesTheAltibaseConnectionOnTheExecutor() throws SQLException {
        List<Runnable> queued = new ArrayList<>();
        connection.abort(queued::add);
        assertFalse(stub.isClosed(), "closed on the executor, not on the caller's thread");
        queued.forEach(Runnable::run);
        assertTrue(stub.isClosed());
        assertTrue(connection.isClosed());
        assertThrows(SQLException.class, () -> connection.abort(null));
    }

    @Test
    void getColumnsHasTheJdbc41Columns() throws SQLException {
        String[] jdbc3 = StubDatabaseMetaData.COLUMNS_COLUMNS.subList(0, 18).toArray(new String[0]);
        ((StubDatabaseMetaData) stub.getMetaData())
                .onGetColumns(StubRows.columns(jdbc3)
                        .row(
                                null,
                                "APP",
                                "BOOK",
                                "ID",
                                -5,
                                "BIGINT",
                                19,
                                null,
                                0,
                                10,
                                0,
                                null,
                                "BOOK_ID_SEQ.NEXTVAL",
                                null,
                                null,
                                null,
                                1,
                                "NO")
                        .row(
                                null, "APP", "BOOK", "TITLE", 12, "VARCHAR", 20, null, 0, 10, 1, null, null, null, null,
                                20, 2, "YES"));
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet columns = metaData.getColumns(null, "APP", "BOOK", null)) {
            assertEquals(24, columns.getMetaData().getColumnCount());
            assertEquals(23, columns.findColumn("IS_AUTOINCREMENT"));
            assertTrue(columns.next());
            assertEquals("ID", columns.getString("COLUMN_NAME"));
            assertEquals(-5, columns.getInt("DATA_TYPE"));
            assertEquals("YES", columns.getString("IS_AUTOINCREMENT"));
            assertEquals("", columns.getString("IS_GENERATEDCOLUMN"));
            assertNull(columns.getString("SCOPE_TABLE"));
            assertEquals(0, columns.getShort("SOURCE_DATA_TYPE"));
            assertTrue(columns.wasNull());
            assertTrue(columns.next());
            assertEquals("TITLE", columns.getString("COLUMN_NAME"));
            assertEquals("NO", columns.getString("IS_AUTOINCREMENT"));
            assertFalse(columns.next());
        }
    }

    @Test
    void getColumnsOfACurrentDriverIsItsOwn() throws SQLException {
        try (Harness current = Harness.open()) {
            ((StubDatabaseMetaData) current.stub().getMetaData())
                    .onGetColumns(StubRows.columns(StubDatabaseMetaData.COLUMNS_COLUMNS.toArray(new String[0]))
                            .row(
                                    null, "APP", "BOOK", "ID", -5, "BIGINT", 19, null, 0, 10, 0, null, null, null, null,
                                    null, 1, "NO", null, null, null, null, "NO", "YES"));
            try (ResultSet columns = current.portable().getMetaData().getColumns(null, "APP", "BOOK", null)) {
                assertTrue(columns.next());
                assertEquals("YES", columns.getString("IS_GENERATEDCOLUMN"));
                assertEquals(24, columns.getMetaData().getColumnCount());
            }
        }
    }
}
