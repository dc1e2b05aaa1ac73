package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Savepoints: set and rolled back with SQL, released without any (Altibase has no RELEASE SAVEPOINT),
 * refused in autocommit mode, and valid only in the transaction that set them and until released or
 * rolled back past.
 */
class SavepointTest extends StubbedConnectionTest {

    @BeforeEach
    void startTransaction() throws SQLException {
        connection.setAutoCommit(false);
        stub.clearEvents();
    }

    private void assertRefused(String sqlState, Executable call) {
        SQLException refused = assertThrows(SQLException.class, call);
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
    }

    @Test
    void namedSavepointsAreSetAndRolledBackToWithQuotedNames() throws SQLException {
        Savepoint savepoint = connection.setSavepoint("before_update");
        connection.rollback(savepoint);

        assertEquals(
                List.of("SAVEPOINT \"before_update\"", "ROLLBACK TO SAVEPOINT \"before_update\""), stub.executed());
        assertEquals("before_update", savepoint.getSavepointName());
        assertRefused("HY024", savepoint::getSavepointId);
    }

    @Test
    void unnamedSavepointsGetNumbersAndNamesOfTheirOwn() throws SQLException {
        Savepoint first = connection.setSavepoint();
        Savepoint second = connection.setSavepoint();

        assertEquals(
                List.of(
                        "SAVEPOINT \"PORTABLE_SP_" + first.getSavepointId() + "\"",
                        "SAVEPOINT \"PORTABLE_SP_" + second.getSavepointId() + "\""),
                stub.executed());
        assertEquals(first.getSavepointId() + 1, second.getSavepointId());
        assertRefused("HY024", first::getSavepointName);
    }

    @Test
    void releasingSendsNothingAndInvalidatesTheSavepointAndLaterOnes() throws SQLException {
        Savepoint first = connection.setSavepoint("a");
        Savepoint second = connection.setSavepoint("b");
        stub.clearEvents();

        connection.releaseSavepoint(first);

        assertEquals(List.of(), stub.events());
        assertRefused("3B001", () -> connection.rollback(first));
        assertRefused("3B001", () -> connection.rollback(second));
        assertRefused("3B001", () -> connection.releaseSavepoint(second));
        assertEquals(List.of(), stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "COMMIT",
                "commit work",
                "ROLLBACK",
                "/* end */ rollback work",
                "CREATE TABLE t2 (a INT)",
                "DROP TABLE t2",
                "TRUNCATE TABLE t"
            })
    void aStatementThatEndsTheTransactionInvalidatesItsSavepoints(String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint("a");
        connection.createStatement().execute(sql);
        stub.clearEvents();
        assertRefused("3B001", () -> connection.rollback(savepoint));
        assertEquals(List.of(), stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ROLLBACK TO SAVEPOINT \"a\"",
                "rollback work to savepoint \"a\"",
                "UPDATE t SET a = 1",
                "SELECT 1 FROM DUAL"
            })
    void otherStatementsKeepThem(String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint("a");
        connection.createStatement().execute(sql);
        connection.rollback(savepoint);
        assertEquals(
                "ROLLBACK TO SAVEPOINT \"a\"",
                stub.executed().get(stub.executed().size() - 1));
    }

    @Test
    void nativeSqlEndsNothing() throws SQLException {
        Savepoint savepoint = connection.setSavepoint("a");
        assertEquals("COMMIT", connection.nativeSQL("COMMIT"));
        connection.rollback(savepoint);
        assertEquals(List.of("SAVEPOINT \"a\"", "ROLLBACK TO SAVEPOINT \"a\""), stub.executed());
    }

    @Test
    void rollingBackInvalidatesLaterSavepointsButKeepsTheTarget() throws SQLException {
        Savepoint first = connection.setSavepoint("a");
        Savepoint second = connection.setSavepoint("b");

        connection.rollback(first);
        connection.rollback(first);

        assertRefused("3B001", () -> connection.releaseSavepoint(second));
        connection.releaseSavepoint(first);
        assertEquals(
                List.of(
                        "SAVEPOINT \"a\"",
                        "SAVEPOINT \"b\"",
                        "ROLLBACK TO SAVEPOINT \"a\"",
                        "ROLLBACK TO SAVEPOINT \"a\""),
                stub.executed());
    }

    @Test
    void commitRollbackAndAutocommitEndEverySavepoint() throws SQLException {
        Savepoint committed = connection.setSavepoint("c");
        connection.commit();
        Savepoint rolledBack = connection.setSavepoint("r");
        connection.rollback();
        Savepoint autoCommitted = connection.setSavepoint("s");
        connection.setAutoCommit(true);
        connection.setAutoCommit(false);
        stub.clearEvents();

        assertRefused("3B001", () -> connection.rollback(committed));
        assertRefused("3B001", () -> connection.rollback(rolledBack));
        assertRefused("3B001", () -> connection.releaseSavepoint(autoCommitted));
        assertEquals(List.of(), stub.executed());
    }

    @Test
    void inAutocommitModeNothingIsSent() throws SQLException {
        Savepoint savepoint = connection.setSavepoint("a");
        connection.setAutoCommit(true);
        stub.clearEvents();

        assertRefused("25000", connection::setSavepoint);
        assertRefused("25000", () -> connection.setSavepoint("b"));
        assertRefused("25000", () -> connection.rollback(savepoint));
        assertEquals(List.of(), stub.executed());
    }

    @Test
    void savepointsOfAnotherConnectionOrBadNamesAreRefused() throws SQLException {
        try (Harness other = Harness.open()) {
            other.portable().setAutoCommit(false);
            Savepoint foreign = other.portable().setSavepoint("f");
            stub.clearEvents();

            assertRefused("3B001", () -> connection.rollback(foreign));
            assertRefused("3B001", () -> connection.releaseSavepoint(foreign));
            assertRefused("3B001", () -> connection.setSavepoint("bad name\" --"));
            assertRefused("3B001", () -> connection.setSavepoint(null));
            assertRefused("3B001", () -> connection.rollback(null));
            assertEquals(List.of(), stub.executed());
        }
    }

    @Test
    void aFailedSavepointIsNotValid() throws SQLException {
        SQLException failure = new SQLException("no", "HY000");
        stub.failOn("^SAVEPOINT", failure);

        assertEquals(failure, assertThrows(SQLException.class, () -> connection.setSavepoint("x")));
    }
}
