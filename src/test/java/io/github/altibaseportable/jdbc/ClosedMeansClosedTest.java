package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A closed statement or connection refuses every execution with SQLState HY010 (08003 for the connection)
 * before planning it: nothing is sent, no catalog is read, no statement is prepared, nothing changes.
 */
class ClosedMeansClosedTest extends StubbedKeysTest {

    private void assertRefusedAndNothingSent(String sqlState, Executable call) {
        stub.clearEvents();
        assertEquals(sqlState, assertThrows(SQLException.class, call).getSQLState());
        assertEquals(List.of(), stub.events());
    }

    private Statement closedStatement() throws SQLException {
        Statement statement = connection.createStatement();
        statement.close();
        return statement;
    }

    private PreparedStatement closedPrepared(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.close();
        return statement;
    }

    @Test
    void aClosedStatementCarriesOutNoSessionCommand() throws SQLException {
        Statement statement = closedStatement();
        assertRefusedAndNothingSent("HY010", () -> statement.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    }

    @Test
    void aClosedStatementChecksNoCatalog() throws SQLException {
        stub.onQuery("^SELECT COUNT\\(\\*\\) FROM SYSTEM_\\.SYS_TABLES_", StubRows.single("COUNT(*)", 1L));
        Statement statement = closedStatement();
        assertRefusedAndNothingSent("HY010", () -> statement.executeUpdate("DROP TABLE IF EXISTS t"));
        assertRefusedAndNothingSent("HY010", closedPrepared("DROP TABLE IF EXISTS t")::execute);
    }

    @Test
    void aClosedStatementTypedByItsBindsPreparesNothing() throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT ? FROM DUAL");
        statement.setInt(1, 1);
        statement.close();
        assertRefusedAndNothingSent("HY010", statement::executeQuery);
        assertTrue(
                stub.prepared().stream().noneMatch(sql -> sql.contains("AS INTEGER")),
                stub.prepared().toString());
    }

    @Test
    void aClosedKeyedStatementReadsNoCatalog() throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
        statement.setString(1, "a");
        statement.close();
        assertRefusedAndNothingSent("HY010", statement::executeUpdate);
        assertRefusedAndNothingSent("HY010", statement::addBatch);
        assertEquals(0, keys.catalogReads());
    }

    @Test
    void batchesAreRefusedAfterClose() throws SQLException {
        Statement statement = closedStatement();
        assertRefusedAndNothingSent("HY010", () -> statement.addBatch("DELETE FROM t"));
        assertRefusedAndNothingSent("HY010", closedPrepared("DELETE FROM t WHERE id = ?")::addBatch);
    }

    @Test
    void theKeysOfAClosedStatementAreClosed() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO book (title) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
        ResultSet keys = statement.getGeneratedKeys();
        statement.close();
        assertTrue(keys.isClosed());
        assertThrows(SQLException.class, keys::next);
    }

    /** Running a statement again closes what its previous execution left, the keys the driver found among it. */
    @Test
    void theNextExecutionClosesTheKeysOfThePrevious() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO book (title) VALUES ('a')", Statement.RETURN_GENERATED_KEYS);
        ResultSet first = statement.getGeneratedKeys();
        statement.executeUpdate("INSERT INTO book (title) VALUES ('b')", Statement.RETURN_GENERATED_KEYS);
        assertTrue(first.isClosed());
        assertFalse(statement.getGeneratedKeys().isClosed());

        PreparedStatement prepared =
                connection.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
        prepared.setString(1, "c");
        prepared.executeUpdate();
        ResultSet keys = prepared.getGeneratedKeys();
        prepared.executeUpdate();
        assertTrue(keys.isClosed());
        assertFalse(prepared.getGeneratedKeys().isClosed());
    }

    @Test
    void aClosedConnectionRefusesNativeSqlAndReleasingASavepoint() throws SQLException {
        connection.setAutoCommit(false);
        Savepoint savepoint = connection.setSavepoint("a");
        connection.close();
        assertRefusedAndNothingSent("08003", () -> connection.nativeSQL("SELECT 1 FROM DUAL"));
        assertRefusedAndNothingSent("08003", () -> connection.releaseSavepoint(savepoint));
    }
}
