package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubRows;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MySQL's {@code INSERT ... ON DUPLICATE KEY UPDATE} through the driver: the table's unique keys are read
 * from the catalog (once, until DDL), and the statement becomes the MERGE on the key the row sets. Each
 * test connects as a user of its own, so that what the driver caches per server and user starts empty.
 * The stub's catalog: ACCOUNT (primary key ID, unique index on EMAIL), GRANTS (primary key USER_ID,
 * ROLE_ID), SHOP.PREFS (primary key K); any other table has no unique key.
 */
class DuplicateKeyUpsertTest {
    private static final String UNIQUE_KEYS_QUERY = "SYSTEM_\\.SYS_INDICES_";
    private static final String UPSERT =
            "INSERT INTO account (id, name) VALUES (?, ?) " + "ON DUPLICATE KEY UPDATE name = VALUES(name)";
    private static final String MERGE = "MERGE INTO account USING DUAL ON (account.id = ?) "
            + "WHEN MATCHED THEN UPDATE SET name = ? WHEN NOT MATCHED THEN INSERT (id, name) VALUES (?, ?)";

    private Harness harness;
    /** The (schema, table) of each catalog read, as bound. */
    private final List<List<Object>> reads = new ArrayList<>();
    /** Whether ACCOUNT still has its unique index on EMAIL. */
    private boolean emailIndex = true;

    @BeforeEach
    void open() throws SQLException {
        harness = open(new String[0]);
    }

    @AfterEach
    void close() throws SQLException {
        harness.close();
    }

    private Harness open(String... options) throws SQLException {
        Harness opened = Harness.openAsNewUser("upsert", options);
        opened.stub().onQuery(UNIQUE_KEYS_QUERY, binds -> {
            reads.add(binds.size() > 1 ? List.of(binds.get(2), binds.get(1)) : List.of(binds.get(1)));
            return keysOf(String.valueOf(binds.get(1)));
        });
        return opened;
    }

    /** The catalog's unique keys of {@code table}, as {@code TableUniqueKeys} reads them. */
    private StubRows keysOf(String table) {
        StubRows rows = StubRows.columns("INDEX_ID", "COLUMN_NAME", "IS_HIDDEN", "CONSTRAINT_TYPE");
        switch (table) {
            case "ACCOUNT":
                rows = rows.row(1001L, "ID", "F", 3);
                if (emailIndex) {
                    rows = rows.row(1002L, "EMAIL", "F", null);
                }
                return rows.row(1003L, "$IDX1", "T", null); // a unique index on an expression
            case "GRANTS":
                return rows.row(2001L, "USER_ID", "F", 3).row(2001L, "ROLE_ID", "F", 3);
            case "PREFS":
                return rows.row(3001L, "K", "F", 3);
            default:
                return rows;
        }
    }

    /** What the stub prepared, without catalog queries. */
    private List<String> prepared() {
        List<String> prepared = new ArrayList<>(harness.stub().prepared());
        prepared.removeIf(sql -> sql.contains("SYSTEM_."));
        return prepared;
    }

    @Test
    void theKeyIsReadFromTheCatalogAndTheMergeBindsEachValueWhereItIsUsed() throws SQLException {
        harness.stub().onUpdate("^MERGE INTO account", 1);
        PreparedStatement statement = harness.portable().prepareStatement(UPSERT);
        statement.setInt(1, 7);
        statement.setString(2, "x");
        assertEquals(1, statement.executeUpdate());
        assertEquals(List.of(MERGE), prepared());
        assertEquals(
                Map.of(1, 7, 2, "x", 3, 7, 4, "x"),
                harness.stub().lastPrepared().parameters());
        assertEquals(List.of(List.of("ACCOUNT")), reads);
    }

    @Test
    void theKeysAreReadOnceUntilDdlRunsThroughTheDriver() throws SQLException {
        harness.portable().prepareStatement(UPSERT).close();
        harness.portable().prepareStatement(UPSERT).close();
        assertEquals(1, reads.size());
        try (Statement ddl = harness.portable().createStatement()) {
            ddl.execute("DROP INDEX account_email");
        }
        harness.portable().prepareStatement(UPSERT).close();
        assertEquals(2, reads.size());
    }

    @Test
    void otherConnectionsOfTheSameUserShareWhatWasRead() throws SQLException {
        String user = harness.stub().properties().getProperty("user");
        harness.portable().prepareStatement(UPSERT).close();
        try (Harness other = Harness.open("user", user)) {
            other.portable().prepareStatement(UPSERT).close();
            assertEquals(List.of(MERGE), other.stub().prepared());
        }
        assertEquals(1, reads.size());
    }

    @Test
    void theRowsUniqueKeyIsTheOneItSetsAndASchemaIsBound() throws SQLException {
        harness.portable()
                .prepareStatement("INSERT INTO account (email, name) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE name = VALUES(name)")
                .close();
        harness.portable()
                .prepareStatement(
                        "INSERT INTO shop.prefs (k, v) VALUES (?, ?) AS new " + "ON DUPLICATE KEY UPDATE v = new.v")
                .close();
        assertEquals(
                List.of(
                        "MERGE INTO account USING DUAL ON (account.email = ?) WHEN MATCHED THEN UPDATE SET "
                                + "name = ? WHEN NOT MATCHED THEN INSERT (email, name) VALUES (?, ?)",
                        "MERGE INTO shop.prefs USING DUAL ON (prefs.k = ?) WHEN MATCHED THEN UPDATE SET v = ? "
                                + "WHEN NOT MATCHED THEN INSERT (k, v) VALUES (?, ?)"),
                prepared());
        assertEquals(List.of(List.of("ACCOUNT"), List.of("SHOP", "PREFS")), reads);
    }

    @Test
    void aRowThatSetsNoKeyIsAPlainInsert() throws SQLException {
        harness.portable()
                .prepareStatement("INSERT INTO log (msg) VALUES (?) ON DUPLICATE KEY UPDATE msg = VALUES(msg)")
                .close();
        assertEquals(List.of("INSERT INTO log (msg) VALUES (?)"), prepared());
    }

    @Test
    void aPlainStatementAndNativeSqlAreRewrittenTheSameWay() throws SQLException {
        String literal =
                "INSERT INTO grants (role_id, user_id) VALUES (2, 1) ON DUPLICATE KEY UPDATE user_id = user_id";
        String merge = "MERGE INTO grants USING DUAL ON (grants.user_id = 1 AND grants.role_id = 2) "
                + "WHEN NOT MATCHED THEN INSERT (role_id, user_id) VALUES (2, 1)";
        assertEquals(merge, harness.portable().nativeSQL(literal));
        try (Statement statement = harness.portable().createStatement()) {
            statement.executeUpdate(literal);
        }
        assertEquals(
                List.of(merge),
                harness.stub().executed().stream()
                        .filter(sql -> !sql.contains("SYSTEM_."))
                        .toList());
    }

    @Test
    void strictModeRefusesARowThatSetsSeveralKeysAndSendsNothing() throws SQLException {
        String both = "INSERT INTO account (id, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE email = VALUES(email)";
        try (Harness strict = open("portable.strict", "true")) {
            SQLException refused = assertThrows(
                    SQLSyntaxErrorException.class, () -> strict.portable().prepareStatement(both));
            assertEquals("42000", refused.getSQLState());
            assertTrue(refused.getMessage().contains("2 unique keys of ACCOUNT"), refused.getMessage());
            assertEquals(
                    List.of(),
                    strict.stub().prepared().stream()
                            .filter(sql -> !sql.contains("SYSTEM_."))
                            .toList());
        }
        harness.portable().prepareStatement(both).close();
        assertEquals(List.of(both), prepared());
    }

    @Test
    void aKeyDroppedThroughTheDriverNoLongerCounts() throws SQLException {
        String both = "INSERT INTO account (id, email) VALUES (?, ?) ON DUPLICATE KEY UPDATE email = VALUES(email)";
        try (Harness strict = open("portable.strict", "true")) {
            assertThrows(SQLSyntaxErrorException.class, () -> strict.portable().prepareStatement(both));
            emailIndex = false;
            try (Statement ddl = strict.portable().createStatement()) {
                ddl.execute("DROP INDEX account_email");
            }
            strict.portable().prepareStatement(both).close();
            assertEquals(
                    "MERGE INTO account USING DUAL ON (account.id = ?) WHEN MATCHED THEN UPDATE SET email = ? "
                            + "WHEN NOT MATCHED THEN INSERT (id, email) VALUES (?, ?)",
                    strict.stub().lastPrepared().sql());
        }
    }

    @Test
    void aFailingCatalogReadFailsThePrepareAndPreparesNothing() throws SQLException {
        harness.stub().failOn(UNIQUE_KEYS_QUERY, new SQLException("catalog unavailable", "08S01"));
        SQLException failure =
                assertThrows(SQLException.class, () -> harness.portable().prepareStatement(UPSERT));
        assertEquals("08S01", failure.getSQLState());
        assertEquals(List.of(), prepared());
    }
}
