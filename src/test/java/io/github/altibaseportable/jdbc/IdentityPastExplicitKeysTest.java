package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubSequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Identities after explicit keys: a data script inserts rows with explicit ids into a table whose ID
 * defaults to its implicit sequence VETS_ID_SEQ, then the application inserts with the identity. The
 * stub keeps the table's keys as the server would: a key inserted twice is a unique violation (69720),
 * a row left to its default takes the sequence's next value, and the sequence is drawn by
 * {@code CONNECT BY LEVEL <= ?} only.
 */
class IdentityPastExplicitKeysTest {
    private static final String DRAW = "\"VETS_ID_SEQ\".NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?";

    private final List<Harness> opened = new ArrayList<>();
    private final Set<Long> stored = new TreeSet<>();
    private StubSequence sequence;
    private StubConnection stub;

    /** A connection with {@code options}, whose catalog holds VETS (ID defaulting to {@code idDefault}, NAME). */
    private Connection open(String idDefault, String... options) throws SQLException {
        String user = ("past_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
        String[] all = new String[options.length + 2];
        System.arraycopy(options, 0, all, 0, options.length);
        all[options.length] = "user";
        all[options.length + 1] = user;
        Harness harness = Harness.open(all);
        opened.add(harness);
        stub = harness.stub();
        stub.onQuery(
                KeysHarness.COLUMNS_QUERY,
                binds -> "VETS".equals(binds.get(1))
                        ? StubRows.columns("USER_NAME", "COLUMN_NAME", "DATA_TYPE", "PRECISION", "SCALE", "DEFAULT_VAL")
                                .row(user, "ID", 4, 10, 0, idDefault)
                                .row(user, "NAME", 12, 30, 0, null)
                        : StubRows.columns(
                                "USER_NAME", "COLUMN_NAME", "DATA_TYPE", "PRECISION", "SCALE", "DEFAULT_VAL"));
        sequence = new StubSequence(idDefault.substring(0, idDefault.indexOf('.')), 1).on(stub, "^$");
        // The table: an explicit key is stored as given, a row without one takes the sequence's next value.
        stub.onExecute("^INSERT INTO vets \\(name\\) VALUES", binds -> store(sequence.drawElsewhere()));
        stub.onExecute(
                "^INSERT INTO vets \\(id, name\\) VALUES \\(\\?", binds -> store(((Number) binds.get(1)).longValue()));
        for (long id = 1; id <= 3; id++) {
            long key = id;
            stub.onExecute("^INSERT INTO vets VALUES \\(" + id + ",", binds -> store(key));
        }
        stub.onExecute("^INSERT INTO vets \\(id, name\\) VALUES \\(2 \\+ 5,", binds -> store(7));
        stub.onQuery(
                "^SELECT MAX\\(\"ID\"\\) FROM \"VETS\"$",
                binds -> StubRows.single("MAX", stored.isEmpty() ? null : ((TreeSet<Long>) stored).last()));
        stub.onUpdate("^INSERT INTO vets", 1);
        return harness.portable();
    }

    private void store(long key) throws SQLException {
        if (!stored.add(key)) {
            throw new SQLException("The row already exists in a unique index.", "23000", 69720);
        }
    }

    private long draws() {
        return stub.executed().stream().filter(sql -> sql.endsWith(DRAW)).count();
    }

    @AfterEach
    void close() throws SQLException {
        for (Harness harness : opened) {
            harness.close();
        }
    }

    private static void dataScript(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO vets VALUES (1, 'James Carter')");
            statement.executeUpdate("INSERT INTO vets VALUES (2, 'Helen Leary')");
            statement.executeUpdate("INSERT INTO vets VALUES (3, 'Linda Douglas')");
        }
    }

    private static void insertWithIdentity(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vets (name) VALUES (?)")) {
            insert.setString(1, "Rafael Ortega");
            insert.executeUpdate();
        }
    }

    @Test
    void mysqlDialectMovesTheSequencePastExplicitKeysAsAutoIncrementDoes() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        dataScript(connection);
        insertWithIdentity(connection);
        assertEquals(Set.of(1L, 2L, 3L, 4L), stored, "MySQL would give the new row 4");
        assertEquals(3, draws(), "one draw after each statement that wrote a key");
        assertTrue(stub.executed().contains("INSERT INTO vets VALUES (1, 'James Carter')"), "sent as written");
    }

    @Test
    void portableDialectLeavesTheSequenceAsPostgresqlDoes() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL");
        dataScript(connection);
        SQLException collision = assertThrows(SQLException.class, () -> insertWithIdentity(connection));
        assertEquals(69720, collision.getErrorCode());
        assertEquals(0, draws());
    }

    @Test
    void theOptionSwitchesItOnForOtherDialects() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.identitiesPastExplicitKeys", "true");
        dataScript(connection);
        insertWithIdentity(connection);
        assertTrue(stored.contains(4L), String.valueOf(stored));
    }

    @Test
    void theOptionSwitchesItOffForMysql() throws SQLException {
        Connection connection = open(
                "VETS_ID_SEQ.NEXTVAL",
                "portable.sourceDialect",
                "mysql",
                "portable.identitiesPastExplicitKeys",
                "false");
        dataScript(connection);
        assertThrows(SQLException.class, () -> insertWithIdentity(connection));
        assertEquals(0, draws());
    }

    @Test
    void aBatchMovesTheSequenceOnceAfterItRan() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vets (id, name) VALUES (?, ?)")) {
            for (long id : new long[] {10, 20, 5}) {
                insert.setLong(1, id);
                insert.setString(2, "vet " + id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // one value (1, behind), a second to learn the increment (2), then the 18 up to 20, in one round trip
        assertEquals(3, draws());
        insertWithIdentity(connection);
        assertEquals(Set.of(5L, 10L, 20L, 21L), stored);
    }

    @Test
    void aStatementBatchRunsAsOneAltibaseBatchAndMovesTheSequenceOnce() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        try (Statement statement = connection.createStatement()) {
            statement.addBatch("INSERT INTO vets VALUES (1, 'James Carter')");
            statement.addBatch("INSERT INTO vets VALUES (3, 'Linda Douglas')");
            statement.addBatch("INSERT INTO vets VALUES (2, 'Helen Leary')");
            statement.executeBatch();
        }
        assertEquals(
                1,
                stub.events().stream()
                        .filter(event -> event.contains("executeBatch"))
                        .count(),
                stub.events().toString());
        assertEquals(3, draws(), "1 (behind 3), 2 (the increment), 3");
        insertWithIdentity(connection);
        assertEquals(Set.of(1L, 2L, 3L, 4L), stored);
    }

    @Test
    void anInsertWithoutExplicitKeysDrawsNothing() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        insertWithIdentity(connection);
        insertWithIdentity(connection);
        assertEquals(Set.of(1L, 2L), stored);
        assertEquals(0, draws());
    }

    @Test
    void aKeyTheStatementComputesIsReadFromTheTable() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO vets (id, name) VALUES (2 + 5, 'x')");
        }
        assertTrue(stub.executed().contains("SELECT MAX(\"ID\") FROM \"VETS\""), String.valueOf(stub.executed()));
        insertWithIdentity(connection);
        assertEquals(Set.of(7L, 8L), stored);
    }

    @Test
    void aSequenceTheDriverDidNotGiveIsLeftAlone() throws SQLException {
        Connection connection = open("MY_OWN_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        dataScript(connection);
        assertEquals(
                0,
                stub.executed().stream()
                        .filter(sql -> sql.contains("NEXTVAL FROM DUAL"))
                        .count());
    }

    @Test
    void aFailedInsertMovesNothing() throws SQLException {
        Connection connection = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql");
        dataScript(connection);
        long before = draws();
        assertThrows(SQLException.class, () -> dataScript(connection));
        assertEquals(before, draws());
    }

    @Test
    void anInsertIsReadOnlyWhenIdentitiesFollowExplicitKeysAndIsSentAsWritten() throws SQLException {
        String sql = "INSERT INTO vets (id, name) VALUES (?, ?)";
        StatementPlan read = open("VETS_ID_SEQ.NEXTVAL", "portable.sourceDialect", "mysql")
                .unwrap(PortableConnection.class)
                .rewriter()
                .plan(sql, KeysRequest.NONE);
        assertInstanceOf(KeyedInsert.class, read.keys());
        assertSame(sql, read.sql());
        assertNull(read.variant(KeyedInsert.APPEND_KEYS), "no other form is needed for it");
        StatementPlan passed = open("VETS_ID_SEQ.NEXTVAL")
                .unwrap(PortableConnection.class)
                .rewriter()
                .plan(sql, KeysRequest.NONE);
        assertEquals(PlanOutcome.UNCHANGED_BY_PRECHECK, passed.outcome());
    }

    @Test
    void aBadOptionValueIsRefusedBeforeConnecting() {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> open("VETS_ID_SEQ.NEXTVAL", "portable.identitiesPastExplicitKeys", "sometimes"));
        assertEquals("08001", refused.getSQLState());
    }
}
