package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.stub.StubPreparedStatement;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arrays from {@code createArrayOf} bound to {@code = ANY (?)} / {@code <> ALL (?)}, as Hibernate 6's
 * PostgreSQL dialect binds them: sent as one parameter per element, on a stub that refuses arrays as
 * the server's driver does.
 */
class ArrayParametersTest extends StubbedConnectionTest {
    private static final String FETCH =
            "select s1_0.vet_id,s1_0.specialty_id from vet_specialties s1_0 where s1_0.vet_id = any (?)";
    private static final String AS_ONE =
            "select s1_0.vet_id,s1_0.specialty_id from vet_specialties s1_0 where s1_0.vet_id IN (?)";
    private static final String AS_THREE =
            "select s1_0.vet_id,s1_0.specialty_id from vet_specialties s1_0 where s1_0.vet_id IN (?, ?, ?)";

    @Test
    void createArrayOfHoldsTheElements() throws SQLException {
        Array array = connection.createArrayOf("integer", new Object[] {1, 2, 3});
        assertInstanceOf(PortableArray.class, array);
        assertArrayEquals(new Object[] {1, 2, 3}, (Object[]) array.getArray());
        assertArrayEquals(new Object[] {2, 3}, (Object[]) array.getArray(2, 2));
        assertEquals(Types.INTEGER, array.getBaseType());
        assertEquals("integer", array.getBaseTypeName());
        assertEquals(
                "07009",
                assertThrows(SQLException.class, () -> array.getArray(3, 2)).getSQLState());
        array.free();
        assertEquals("HY010", assertThrows(SQLException.class, array::getArray).getSQLState());
        assertEquals(
                "HY009",
                assertThrows(SQLException.class, () -> connection.createArrayOf("integer", null))
                        .getSQLState());
    }

    @Test
    void theStubRefusesArraysAsTheServersDriverDoes() throws SQLException {
        PreparedStatement direct = stub.prepareStatement(AS_ONE);
        Array array = connection.createArrayOf("integer", new Object[] {1});
        assertEquals(
                334371,
                assertThrows(SQLException.class, () -> direct.setArray(1, array))
                        .getErrorCode());
    }

    @Test
    void eachElementIsOneParameter() throws SQLException {
        PreparedStatement fetch = connection.prepareStatement(FETCH);
        assertEquals(List.of(AS_ONE), stub.prepared());
        fetch.setArray(1, connection.createArrayOf("integer", new Object[] {1, 2, 3}));
        fetch.executeQuery();
        assertEquals(List.of(AS_ONE, AS_THREE), stub.prepared());
        assertEquals(Map.of(1, 1, 2, 2, 3, 3), stub.lastPrepared().parameters());
        assertEquals(List.of("executeQuery: " + AS_THREE), stub.events("executeQuery"));
    }

    @Test
    void oneElementRunsOnTheStatementPrepared() throws SQLException {
        PreparedStatement fetch = connection.prepareStatement(FETCH);
        fetch.setObject(1, connection.createArrayOf("integer", new Object[] {7}));
        fetch.executeQuery();
        assertEquals(List.of(AS_ONE), stub.prepared());
        assertEquals(Map.of(1, 7), stub.lastPrepared().parameters());
    }

    @Test
    void parametersAroundTheArrayKeepTheirValues() throws SQLException {
        PreparedStatement query =
                connection.prepareStatement("SELECT id FROM visit WHERE pet_id = ? AND vet_id <> ALL (?) AND day = ?");
        query.setInt(1, 5);
        query.setObject(2, connection.createArrayOf("bigint", new Object[] {10L, 11L}), Types.ARRAY);
        query.setObject(3, LocalDate.of(2010, 9, 7));
        query.executeQuery();
        StubPreparedStatement sent = stub.lastPrepared();
        assertEquals("SELECT id FROM visit WHERE pet_id = ? AND vet_id NOT IN (?, ?) AND day = ?", sent.sql());
        assertEquals(Map.of(1, 5, 2, 10L, 3, 11L, 4, Date.valueOf("2010-09-07")), sent.parameters());
    }

    @Test
    void anEmptyArrayIsFalseForAnyAndTrueForAll() throws SQLException {
        PreparedStatement any = connection.prepareStatement("SELECT id FROM vet WHERE id = ANY (?) AND name = ?");
        any.setArray(1, connection.createArrayOf("integer", new Object[0]));
        any.setString(2, "x");
        any.executeQuery();
        assertEquals(
                "SELECT id FROM vet WHERE 1=0 AND name = ?", stub.lastPrepared().sql());
        assertEquals(Map.of(1, "x"), stub.lastPrepared().parameters());
        PreparedStatement all = connection.prepareStatement("SELECT id FROM vet WHERE id <> ALL (?)");
        all.setArray(1, connection.createArrayOf("integer", new Object[0]));
        all.executeQuery();
        assertEquals("SELECT id FROM vet WHERE 1=1", stub.lastPrepared().sql());
    }

    @Test
    void aChangedLengthPlansAgainAndNullElementsAreNull() throws SQLException {
        PreparedStatement fetch = connection.prepareStatement(FETCH);
        fetch.setArray(1, connection.createArrayOf("integer", new Object[] {1, null, 3}));
        fetch.executeQuery();
        assertEquals(
                List.of("clearParameters", "setObject(1, 1)", "setNull(2, 4)", "setObject(3, 3)"),
                stub.lastPrepared().binds());
        fetch.setArray(1, connection.createArrayOf("integer", new Object[] {4, 5}));
        fetch.executeQuery();
        assertEquals(
                "select s1_0.vet_id,s1_0.specialty_id from vet_specialties s1_0 where s1_0.vet_id IN (?, ?)",
                stub.lastPrepared().sql());
        assertEquals(Map.of(1, 4, 2, 5), stub.lastPrepared().parameters());
    }

    @Test
    void aBatchOfArraysOfDifferentLengthsIsRefused() throws SQLException {
        PreparedStatement delete = connection.prepareStatement("DELETE FROM visit WHERE id = ANY (?)");
        delete.setArray(1, connection.createArrayOf("integer", new Object[] {1, 2}));
        delete.addBatch();
        delete.setArray(1, connection.createArrayOf("integer", new Object[] {3}));
        delete.addBatch();
        SQLException refused = assertThrows(SQLException.class, delete::executeBatch);
        assertEquals("HYC00", refused.getSQLState());
        assertEquals(List.of(), stub.events("executeBatch"));
        delete.setArray(1, connection.createArrayOf("integer", new Object[] {1, 2}));
        delete.addBatch();
        delete.setArray(1, connection.createArrayOf("integer", new Object[] {3, 4}));
        delete.addBatch();
        delete.executeBatch();
        assertEquals(
                List.of(Map.of(1, 1, 2, 2), Map.of(1, 3, 2, 4)),
                stub.lastPrepared().batched());
    }

    @Test
    void anArrayElsewhereIsRefused() throws SQLException {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO vet (id) VALUES (?)");
        Array array = connection.createArrayOf("integer", new Object[] {1, 2});
        assertEquals(
                "HYC00",
                assertThrows(SQLException.class, () -> insert.setArray(1, array))
                        .getSQLState());
        assertEquals(List.of(), stub.lastPrepared().binds());
    }
}
