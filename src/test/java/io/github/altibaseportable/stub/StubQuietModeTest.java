package io.github.altibaseportable.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The stub's quiet mode (for benchmarks): nothing recorded or kept, everything still answered and checked. */
class StubQuietModeTest {
    private final StubConnection stub = new StubConnection("jdbc:Altibase://localhost:20300/mydb", new Properties());

    @Test
    void recordsUntilQuiet() throws SQLException {
        stub.prepareStatement("SELECT 1 FROM DUAL").close();
        assertEquals(List.of("prepare: SELECT 1 FROM DUAL", "close statement"), stub.events());
        assertEquals(1, stub.statements().size());

        stub.quiet();
        PreparedStatement statement = stub.prepareStatement("SELECT a FROM t WHERE b = ?");
        statement.setInt(1, 7);
        statement.executeQuery().close();
        statement.close();
        stub.createStatement().executeUpdate("DELETE FROM t");
        stub.setAutoCommit(false);
        stub.commit();
        assertEquals(List.of(), ((StubStatement) statement).events());
        assertEquals(List.of("prepare: SELECT 1 FROM DUAL", "close statement"), stub.events());
        assertEquals(List.of(), stub.executed());
        assertEquals(1, stub.statements().size());
    }

    @Test
    void stillAnswersAndChecksWhenQuiet() throws SQLException {
        stub.quiet().onQuery("FROM t", StubRows.columns("A").row(42));
        PreparedStatement statement = stub.prepareStatement("SELECT a FROM t WHERE b = ?");
        SQLException unbound = assertThrows(SQLException.class, statement::executeQuery);
        assertEquals("07001", unbound.getSQLState());
        assertEquals(
                "07009",
                assertThrows(SQLException.class, () -> statement.setInt(2, 1)).getSQLState());

        statement.setInt(1, 7);
        assertEquals(7, ((StubPreparedStatement) statement).value(1));
        try (ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            assertEquals(42, rows.getInt(1));
        }
        statement.close();
        assertTrue(statement.isClosed());
        assertFalse(stub.events().iterator().hasNext());
    }
}
