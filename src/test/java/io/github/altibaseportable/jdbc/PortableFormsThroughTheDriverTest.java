package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubServerRules;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The booleans, set-operation, join, select-parameter and upsert rules through the driver: what the
 * stub is prepared or executed with, and where each application parameter is bound when a rewrite
 * repeats it.
 */
class PortableFormsThroughTheDriverTest extends StubbedConnectionTest {
    private static final String UPSERT =
            "INSERT INTO account (id, name) VALUES (?, ?) " + "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name";
    private static final String MERGE = "MERGE INTO account USING DUAL ON (account.id = ?) "
            + "WHEN MATCHED THEN UPDATE SET name = ? WHEN NOT MATCHED THEN INSERT (id, name) VALUES (?, ?)";

    private StubPreparedStatement sent() {
        return stub.lastPrepared();
    }

    @Test
    void anUpsertBindsEachValueWhereverTheMergeUsesIt() throws SQLException {
        stub.onUpdate("^MERGE INTO account", 1);
        PreparedStatement statement = connection.prepareStatement(UPSERT);
        statement.setInt(1, 7);
        statement.setString(2, "x");
        assertEquals(MERGE, sent().sql());
        assertEquals(Map.of(1, 7, 2, "x", 3, 7, 4, "x"), sent().parameters());
        assertEquals(1, statement.executeUpdate());
        assertEquals(List.of(MERGE), stub.executed());
    }

    @Test
    void anUpsertBatchCarriesEveryRowToEveryPosition() throws SQLException {
        stub.onUpdate("^MERGE INTO account", 1);
        PreparedStatement statement = connection.prepareStatement(UPSERT);
        statement.setInt(1, 1);
        statement.setString(2, "a");
        statement.addBatch();
        statement.setInt(1, 2);
        statement.setString(2, "b");
        statement.addBatch();
        assertArrayEquals(new int[] {1, 1}, statement.executeBatch());
        assertEquals(List.of(Map.of(1, 1, 2, "a", 3, 1, 4, "a"), Map.of(1, 2, 2, "b", 3, 2, 4, "b")), sent().batched());
    }

    @Test
    void aPredicateInTheSelectListTakesItsParameterTwice() throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT id = ? AS mine FROM account");
        assertEquals(
                "SELECT CASE WHEN id = CAST(? AS VARCHAR(32000)) THEN 1 WHEN NOT (id = CAST(? AS VARCHAR(32000))) "
                        + "THEN 0 END AS mine FROM account",
                sent().sql());
        statement.setLong(1, 42L);
        assertEquals(Map.of(1, 42L, 2, 42L), sent().parameters());
        statement.executeQuery();
        assertEquals(
                "SELECT CASE WHEN id = CAST(? AS BIGINT) THEN 1 WHEN NOT (id = CAST(? AS BIGINT)) THEN 0 END AS mine "
                        + "FROM account",
                stub.executed().get(stub.executed().size() - 1));
        assertEquals(Map.of(1, 42L, 2, 42L), sent().parameters());
    }

    @Test
    void aSelectListParameterIsCastAndKeepsItsNumber() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO account (id, name) SELECT ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = ?)");
        assertEquals(
                "INSERT INTO account (id, name) SELECT CAST(? AS VARCHAR(32000)), CAST(? AS VARCHAR(32000)) "
                        + "FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = ?)",
                sent().sql());
        statement.setInt(1, 5);
        statement.setString(2, "e");
        statement.setInt(3, 5);
        assertEquals(Map.of(1, 5, 2, "e", 3, 5), sent().parameters());
    }

    @Test
    void statementsAreRewrittenOnEveryEntryPoint() throws SQLException {
        connection.createStatement().executeUpdate("UPDATE account SET active = TRUE WHERE locked = FALSE");
        connection.createStatement().executeQuery("SELECT a.id FROM a CROSS JOIN b EXCEPT SELECT id FROM c");
        assertEquals(
                List.of(
                        "UPDATE account SET active = 1 WHERE locked = 0",
                        "SELECT a.id FROM a JOIN b ON 1=1 MINUS SELECT id FROM c"),
                stub.executed());
        assertEquals(
                "SELECT a.v FROM a JOIN b ON a.id = b.id", connection.nativeSQL("SELECT a.v FROM a JOIN b USING (id)"));
    }

    @Test
    void strictModeRefusesAnUpsertWithoutAMergeFormAndSendsNothing() throws SQLException {
        String rows = "INSERT INTO account (id, name) VALUES (?, ?), (?, ?) ON CONFLICT (id) DO NOTHING";
        try (Harness strict = Harness.open("portable.strict", "true")) {
            SQLException refused = assertThrows(
                    SQLSyntaxErrorException.class, () -> strict.portable().prepareStatement(rows));
            assertEquals("42000", refused.getSQLState());
            assertEquals(List.of(), strict.stub().prepared());
        }
        connection.prepareStatement(rows);
        assertEquals(rows, sent().sql());
    }

    @Test
    void eachRuleCanBeSwitchedOff() throws SQLException {
        try (Harness off =
                Harness.open("portable.disabledRules", "booleans,upserts,joins,setoperations,selectparameters")) {
            off.stub().rules().permit(StubServerRules.Rule.SELECT_LIST_PARAMETER);
            for (String sql : List.of(
                    "SELECT ? FROM t WHERE flag = TRUE",
                    UPSERT,
                    "SELECT a.v FROM a CROSS JOIN b",
                    "SELECT id FROM a EXCEPT SELECT id FROM b")) {
                off.portable().prepareStatement(sql);
            }
            assertEquals(
                    List.of(
                            "SELECT ? FROM t WHERE flag = TRUE",
                            UPSERT,
                            "SELECT a.v FROM a CROSS JOIN b",
                            "SELECT id FROM a EXCEPT SELECT id FROM b"),
                    off.stub().prepared());
        }
    }

    @Test
    void formerRuleNamesStillSwitchTheirRulesOff() throws SQLException {
        try (Harness off = Harness.open("portable.disabledRules", "set_operations,select_parameters")) {
            off.stub().rules().permit(StubServerRules.Rule.SELECT_LIST_PARAMETER);
            for (String sql : List.of("SELECT ? FROM t", "SELECT id FROM a EXCEPT SELECT id FROM b")) {
                off.portable().prepareStatement(sql);
            }
            assertEquals(
                    List.of("SELECT ? FROM t", "SELECT id FROM a EXCEPT SELECT id FROM b"),
                    off.stub().prepared());
        }
    }
}
