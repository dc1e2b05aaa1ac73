package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubRows;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code ?} in a select list that the statement gives no type is cast to the type of the value
 * bound: the statement is prepared in its VARCHAR form, and runs in the form for the types bound.
 */
class BindTypedPreparedStatementTest extends StubbedConnectionTest {
    private static final String SELECT = "SELECT ? FROM DUAL";
    private static final String AS_TEXT = "SELECT CAST(? AS VARCHAR(32000)) FROM DUAL";
    private static final String AS_INTEGER = "SELECT CAST(? AS INTEGER) FROM DUAL";

    /** The stub statements prepared with {@code sql}, in order. */
    private List<StubPreparedStatement> preparedWith(String sql) {
        return stub.statements().stream()
                .filter(s -> s instanceof StubPreparedStatement)
                .map(s -> (StubPreparedStatement) s)
                .filter(s -> s.sql().equals(sql))
                .toList();
    }

    @Test
    void preparesTheTextFormAndRunsTheFormOfTheTypeBound() throws SQLException {
        stub.onQuery("CAST\\(\\? AS INTEGER\\)", StubRows.columns("V").row(5));
        PreparedStatement statement = connection.prepareStatement(SELECT);
        assertEquals(List.of(AS_TEXT), stub.prepared());
        statement.setInt(1, 5);
        ResultSet rows = statement.executeQuery();
        assertEquals(List.of(AS_TEXT, AS_INTEGER), stub.prepared());
        StubPreparedStatement typed = preparedWith(AS_INTEGER).get(0);
        assertEquals(Map.of(1, 5), typed.parameters());
        assertEquals(List.of("executeQuery: " + AS_INTEGER), stub.events("executeQuery"));
        assertSame(statement, rows.getStatement());
        assertTrue(rows.next());
        assertEquals(5, rows.getInt(1));
        assertSame(rows, statement.getResultSet());
    }

    @Test
    void theTypedFormIsPreparedOncePerForm() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SELECT);
        for (int i = 0; i < 3; i++) {
            statement.setInt(1, i);
            statement.executeQuery().close();
        }
        assertEquals(1, preparedWith(AS_INTEGER).size());
        assertEquals(List.of(AS_TEXT, AS_INTEGER), stub.prepared());
    }

    @Test
    void aStringRunsOnTheStatementPrepared() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SELECT);
        statement.setString(1, "x");
        statement.executeQuery();
        assertEquals(List.of(AS_TEXT), stub.prepared());
        assertEquals(List.of("executeQuery: " + AS_TEXT), stub.events("executeQuery"));
    }

    @Test
    void eachTypeHasItsForm() throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT ?, ?, ?, ? FROM DUAL");
        statement.setBigDecimal(1, new BigDecimal("1.5"));
        statement.setTimestamp(2, new Timestamp(0));
        statement.setNull(3, Types.BIGINT);
        statement.setObject(4, 7L);
        statement.executeQuery();
        assertEquals(
                "SELECT CAST(? AS FLOAT), CAST(? AS DATE), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM DUAL",
                stub.lastPrepared().sql());
        assertEquals(new BigDecimal("1.5"), stub.lastPrepared().value(1));
        assertEquals(7L, stub.lastPrepared().value(4));
    }

    @Test
    void anotherTypeLaterRunsItsOwnForm() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SELECT);
        statement.setInt(1, 1);
        statement.executeQuery();
        statement.setDouble(1, 2.5);
        statement.executeQuery();
        assertEquals(List.of(AS_TEXT, AS_INTEGER, "SELECT CAST(? AS DOUBLE) FROM DUAL"), stub.prepared());
        assertEquals(2.5, stub.lastPrepared().value(1));
    }

    @Test
    void pagedParametersKeepTheirPlaceAndShiftInTheTypedForm() throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT ?, id FROM t ORDER BY id LIMIT ? OFFSET ?");
        assertEquals(
                "SELECT CAST(? AS VARCHAR(32000)), id FROM t ORDER BY id LIMIT ?, ?",
                stub.lastPrepared().sql());
        statement.setInt(1, 7);
        statement.setInt(2, 10);
        statement.setInt(3, 20);
        statement.executeQuery();
        StubPreparedStatement typed = stub.lastPrepared();
        assertEquals("SELECT CAST(? AS INTEGER), id FROM t ORDER BY id LIMIT ?, ?", typed.sql());
        assertEquals(Map.of(1, 7, 2, 21, 3, 10), typed.parameters());
    }

    @Test
    void aBatchRunsInTheFormOfItsFirstRow() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO account (id, name) SELECT ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = ?)");
        for (long id = 1; id <= 2; id++) {
            statement.setLong(1, id);
            statement.setString(2, "n" + id);
            statement.setLong(3, id);
            statement.addBatch();
        }
        assertArrayEquals(new int[] {0, 0}, statement.executeBatch());
        StubPreparedStatement typed = stub.lastPrepared();
        assertEquals(
                "INSERT INTO account (id, name) SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(32000)) FROM DUAL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = ?)",
                typed.sql());
        assertEquals(List.of(Map.of(1, 1L, 2, "n1", 3, 1L), Map.of(1, 2L, 2, "n2", 3, 2L)), typed.batched());
        assertEquals(1, stub.events("executeBatch").size(), "only the typed form runs the batch");
    }

    @Test
    void closingTheStatementClosesBothForms() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SELECT);
        statement.setInt(1, 1);
        statement.executeQuery();
        statement.close();
        assertTrue(preparedWith(AS_TEXT).get(0).isClosed());
        assertTrue(preparedWith(AS_INTEGER).get(0).isClosed());
    }
}
