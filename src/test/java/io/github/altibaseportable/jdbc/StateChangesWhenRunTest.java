package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the connection knows (its savepoints, the key columns of tables) changes when a statement that ends
 * the transaction or changes the schema has run successfully, through any execute path, never when it is
 * only planned (prepared, batched then cleared) or when the server rejects it.
 */
class StateChangesWhenRunTest extends StubbedKeysTest {

    /** Something done with a statement that does not run it successfully. */
    interface NotRun {
        void apply(Connection connection, String sql) throws SQLException;
    }

    static Stream<Arguments> notRun() {
        return Stream.of(
                Arguments.of("prepared, never executed", (NotRun) Connection::prepareStatement),
                Arguments.of("added to a batch, then cleared", (NotRun) (connection, sql) -> {
                    Statement statement = connection.createStatement();
                    statement.addBatch(sql);
                    statement.clearBatch();
                }),
                Arguments.of("rejected by the server", (NotRun) (connection, sql) -> assertThrows(
                        SQLException.class, () -> connection.createStatement().execute(sql))));
    }

    @ParameterizedTest(name = "COMMIT {0}")
    @MethodSource("notRun")
    void aCommitThatDidNotRunKeepsTheSavepoints(String label, NotRun notRun) throws SQLException {
        connection.setAutoCommit(false);
        Savepoint savepoint = connection.setSavepoint("a");
        stub.failOn("^COMMIT$", new SQLException("rejected", "HY000"));
        notRun.apply(connection, "COMMIT");
        connection.rollback(savepoint);
        assertEquals(
                "ROLLBACK TO SAVEPOINT \"a\"",
                stub.executed().get(stub.executed().size() - 1));
    }

    @ParameterizedTest(name = "CREATE TABLE {0}")
    @MethodSource("notRun")
    void ddlThatDidNotRunKeepsWhatIsKnownOfTables(String label, NotRun notRun) throws SQLException {
        insertWithKeys();
        stub.failOn("^CREATE TABLE x", new SQLException("rejected", "HY000"));
        notRun.apply(connection, "CREATE TABLE x (a INT)");
        insertWithKeys();
        assertEquals(1, keys.catalogReads(), "BOOK's key columns are still known");
    }

    private void insertWithKeys() throws SQLException {
        connection
                .createStatement()
                .executeUpdate("INSERT INTO book (title) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
    }

    /** A way of running a statement successfully. */
    interface Run {
        void apply(Connection connection, String sql) throws SQLException;
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("Statement.execute", (Run)
                        (connection, sql) -> connection.createStatement().execute(sql)),
                Arguments.of("Statement.executeUpdate", (Run)
                        (connection, sql) -> connection.createStatement().executeUpdate(sql)),
                Arguments.of("Statement.executeBatch", (Run) (connection, sql) -> {
                    Statement statement = connection.createStatement();
                    statement.addBatch(sql);
                    statement.executeBatch();
                }),
                Arguments.of("PreparedStatement.execute", (Run)
                        (connection, sql) -> connection.prepareStatement(sql).execute()),
                Arguments.of("PreparedStatement.executeLargeUpdate", (Run)
                        (connection, sql) -> connection.prepareStatement(sql).executeLargeUpdate()),
                Arguments.of("PreparedStatement.executeBatch", (Run) (connection, sql) -> {
                    java.sql.PreparedStatement statement = connection.prepareStatement(sql);
                    statement.addBatch();
                    statement.executeBatch();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void aCommitThatRanEndsTheSavepoints(String label, Run run) throws SQLException {
        connection.setAutoCommit(false);
        Savepoint savepoint = connection.setSavepoint("a");
        run.apply(connection, "COMMIT");
        assertEquals(
                "3B001",
                assertThrows(SQLException.class, () -> connection.rollback(savepoint))
                        .getSQLState());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void ddlThatRanMakesTheKeyColumnsBeReadAgain(String label, Run run) throws SQLException {
        insertWithKeys();
        run.apply(connection, "CREATE TABLE x (a INT)");
        insertWithKeys();
        assertEquals(2, keys.catalogReads());
    }

    @Test
    void aSkippedDropKeepsWhatIsKnown() throws SQLException {
        stub.onQuery(
                "^SELECT COUNT\\(\\*\\) FROM SYSTEM_\\.SYS_TABLES_",
                io.github.altibaseportable.stub.StubRows.single("COUNT(*)", 0L));
        insertWithKeys();
        connection.createStatement().execute("DROP TABLE IF EXISTS gone");
        insertWithKeys();
        assertEquals(1, keys.catalogReads());
        assertEquals(
                List.of(),
                stub.executed().stream().filter(sql -> sql.startsWith("DROP")).toList());
    }
}
