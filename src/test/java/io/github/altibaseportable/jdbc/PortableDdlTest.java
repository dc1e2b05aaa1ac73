package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Portable DDL through the driver on the stub: {@code IF [NOT] EXISTS} answered by the (stubbed)
 * catalog, with an update count of 0 when the statement is skipped; MySQL comments and indexes run after the
 * statement as one unit with it; the two together; unnamed indexes named.
 */
class PortableDdlTest extends StubbedConnectionTest {

    /** The catalog query answers {@code count} objects, as {@code SELECT COUNT(*)} does. */
    private void catalogCounts(long count) {
        stub.onQuery("^SELECT COUNT\\(\\*\\) FROM SYSTEM_\\.SYS_(TABLES|INDICES)_", StubRows.single("COUNT(*)", count));
    }

    @ParameterizedTest(name = "catalog count {0}")
    @CsvSource({"0, 0", "1, 5"})
    void dropIfExistsRunsOnlyWhenTheTableExists(long count, int expectedUpdateCount) throws SQLException {
        catalogCounts(count);
        stub.onUpdate("^DROP TABLE app\\.orders$", 5);
        Statement statement = connection.createStatement();
        assertEquals(expectedUpdateCount, statement.executeUpdate("DROP TABLE IF EXISTS app.orders"));
        assertEquals(count == 0 ? List.of() : List.of("DROP TABLE app.orders"), executedBesidesTheCatalog());
        assertEquals(Map.of(1, "APP", 2, "ORDERS", 3, "T"), lastCatalogCount().parameters());
    }

    /** The last existence check (the DROP TABLE rewrite also reads the table's columns). */
    private StubPreparedStatement lastCatalogCount() {
        StubPreparedStatement found = null;
        for (StubStatement statement : stub.statements()) {
            if (statement instanceof StubPreparedStatement prepared
                    && prepared.sql().startsWith("SELECT COUNT(*)")) {
                found = prepared;
            }
        }
        return found;
    }

    @Test
    void aSkippedCreateIfNotExistsReportsNoRowsAndNoResult() throws SQLException {
        catalogCounts(1);
        PreparedStatement statement = connection.prepareStatement("CREATE TABLE IF NOT EXISTS `Users` (id INT)");
        assertFalse(statement.execute());
        assertEquals(0, statement.getUpdateCount());
        assertEquals(List.of(), executedBesidesTheCatalog());
        assertEquals(Map.of(1, "USERS", 2, "T"), stub.lastPrepared().parameters());
    }

    @Test
    void anIndexGuardAsksTheIndexCatalog() throws SQLException {
        catalogCounts(0);
        connection.createStatement().execute("CREATE INDEX IF NOT EXISTS ix_t ON t (v)");
        assertEquals(List.of("CREATE INDEX ix_t ON t (v)"), executedBesidesTheCatalog());
        assertEquals(Map.of(1, "IX_T"), stub.lastPrepared().parameters());
    }

    @Test
    void mysqlCommentsRunAfterTheTable() throws SQLException {
        connection.createStatement().execute("CREATE TABLE `t` (`id` INT COMMENT 'key') ENGINE=InnoDB COMMENT='tab'");
        assertEquals(
                List.of("CREATE TABLE t (id INT)", "COMMENT ON TABLE t IS 'tab'", "COMMENT ON COLUMN t.id IS 'key'"),
                stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "CREATE TABLE t (id INT COMMENT 'key')      | CREATE TABLE t (id INT)         | COMMENT ON COLUMN t.id IS 'key' | DROP TABLE t",
                "ALTER TABLE t ADD COLUMN c INT COMMENT 'x' | ALTER TABLE t ADD COLUMN (c INT) | COMMENT ON COLUMN t.c IS 'x'    | ALTER TABLE t DROP COLUMN c",
            })
    void aFailingCommentUndoesTheStatementAndThrowsTheOriginalError(
            String sql, String main, String comment, String undo) {
        SQLException failure = new SQLException("comment too long", "HY000", 200000);
        stub.failOn("^COMMENT ON COLUMN", failure);
        assertSame(
                failure,
                assertThrows(
                        SQLException.class, () -> connection.createStatement().execute(sql)));
        assertEquals(List.of(main, comment, undo), stub.executed());
    }

    @Test
    void anUnnamedIndexGetsItsGeneratedName() throws SQLException {
        stub.failOn("^CREATE (UNIQUE )?INDEX ON", new SQLSyntaxErrorException("Syntax error", "42000", 200705));
        connection.createStatement().execute("CREATE INDEX ON vets (last_name)");
        connection.createStatement().execute("CREATE UNIQUE INDEX ON vet_specialties (vet_id, specialty_id)");
        assertEquals(
                List.of(
                        "CREATE INDEX VETS_LAST_NAME_IDX ON vets (last_name)",
                        "CREATE UNIQUE INDEX VET_SPECIALTIES_VET_ID_SPECIALTY_ID_IDX ON vet_specialties (vet_id, specialty_id)"),
                stub.executed());
    }

    @Test
    void mysqlIndexesRunAfterTheTableAndAFailingOneDropsTheTableAgain() {
        SQLException failure = new SQLException("Duplicate index name", "42000", 200000);
        stub.failOn("^CREATE INDEX owners_city", failure);
        String create = "CREATE TABLE owners (id INT, last_name VARCHAR(30), city VARCHAR(80), INDEX(last_name), "
                + "KEY owners_city (city))";
        assertSame(
                failure,
                assertThrows(
                        SQLException.class, () -> connection.createStatement().execute(create)));
        assertEquals(
                List.of(
                        "CREATE TABLE owners (id INT, last_name VARCHAR(30), city VARCHAR(80))",
                        "CREATE INDEX OWNERS_LAST_NAME_IDX ON owners (last_name)",
                        "CREATE INDEX owners_city ON owners (city)",
                        "DROP TABLE owners"),
                stub.executed());
    }

    @Test
    void strictModeRefusesIndexesWithoutAltibaseFormAndSendsNothing() throws SQLException {
        try (Harness strict = Harness.open("portable.strict", "true");
                Statement statement = strict.portable().createStatement()) {
            for (String sql : List.of(
                    "CREATE INDEX ON vets (lower(last_name))",
                    "CREATE TABLE posts (id INT, body VARCHAR(4000), FULLTEXT (body))")) {
                SQLException refused = assertThrows(SQLSyntaxErrorException.class, () -> statement.execute(sql));
                assertEquals("42000", refused.getSQLState());
            }
            assertEquals(List.of(), strict.stub().executed());
        }
    }

    @ParameterizedTest(name = "table exists: {0}")
    @CsvSource({"true", "false"})
    void theCommentsOfASkippedCreateAreSkippedToo(boolean exists) throws SQLException {
        catalogCounts(exists ? 1 : 0);
        connection.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id INT) COMMENT 'x'");
        List<String> expected = exists ? List.of() : List.of("CREATE TABLE t (id INT)", "COMMENT ON TABLE t IS 'x'");
        assertEquals(expected, executedBesidesTheCatalog());
    }

    @Test
    void nativeSqlOfAGuardedStatementWithCompanionsIsTheApplicationsText() throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS t (id INT) COMMENT 'x'";
        assertEquals(sql, connection.nativeSQL(sql));
        assertEquals("CREATE TABLE t (id INT)", connection.nativeSQL("CREATE TABLE t (id INT)"));
        assertEquals(List.of(), stub.executed());
    }

    @Test
    void eachRuleCanBeSwitchedOff() throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS `t` (a BOOLEAN NOT NULL DEFAULT 1 COMMENT 'x') ENGINE=InnoDB";
        String[][] cases = {
            {"types", "CREATE TABLE t (a BOOLEAN DEFAULT 1 NOT NULL)"},
            {"ifexists", "CREATE TABLE IF NOT EXISTS t (a SMALLINT DEFAULT 1 NOT NULL)"},
            {"backticks", "CREATE TABLE `t` (a SMALLINT DEFAULT 1 NOT NULL)"},
            {"defaultorder", "CREATE TABLE t (a SMALLINT NOT NULL DEFAULT 1)"},
            {"comments", "CREATE TABLE t (a SMALLINT DEFAULT 1 NOT NULL COMMENT 'x')"},
            {"tableoptions", "CREATE TABLE t (a SMALLINT DEFAULT 1 NOT NULL) ENGINE=InnoDB"},
        };
        for (String[] disabled : cases) {
            try (Harness harness = Harness.open("portable.disabledRules", disabled[0])) {
                String script = harness.connection()
                        .rewriter()
                        .plan(sql, KeysRequest.NONE)
                        .script();
                String main = script.lines()
                        .filter(line -> line.startsWith("CREATE TABLE"))
                        .findFirst()
                        .orElse(script);
                assertEquals(
                        disabled[1], main.endsWith(";") ? main.substring(0, main.length() - 1) : main, disabled[0]);
            }
        }
    }
}
