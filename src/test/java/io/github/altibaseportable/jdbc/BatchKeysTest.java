package io.github.altibaseportable.jdbc;

import static io.github.altibaseportable.jdbc.KeysHarness.longs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubSequence;
import io.github.altibaseportable.stub.StubStatement;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every key of a batch and of a multi-row VALUES, in row order, equal to the key stored, on the stub:
 * keys drawn beforehand in one query per sequence and bound into the rows (two round trips per batch),
 * multi-row VALUES into a table with a sequence default sent as INSERT ... SELECT (Altibase rejects the
 * multi-row VALUES there), and the same from 8 threads on separate connections sharing the sequence.
 */
class BatchKeysTest extends StubbedKeysTest {
    private static final String DRAW = "\"BOOK_ID_SEQ\".NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?";

    @BeforeEach
    void scriptInserts() {
        stub.onUpdate("^INSERT INTO book", 1);
    }

    /** The stub's prepared statement for {@code sql}, the last one prepared with it. */
    private StubPreparedStatement preparedAs(String sql) {
        StubPreparedStatement found = null;
        for (StubStatement statement : stub.statements()) {
            if (statement instanceof StubPreparedStatement prepared
                    && prepared.sql().equals(sql)) {
                found = prepared;
            }
        }
        assertTrue(found != null, "nothing prepared as " + sql + " in " + stub.prepared());
        return found;
    }

    /** The values bound at {@code index} in each batched row of {@code statement}, as longs. */
    private static List<Long> batchedLongs(StubPreparedStatement statement, int index) {
        List<Long> values = new ArrayList<>();
        for (Map<Integer, Object> row : statement.batched()) {
            values.add(((Number) row.get(index)).longValue());
        }
        return values;
    }

    private PreparedStatement batchOfTitles(PreparedStatement statement, String... titles) throws SQLException {
        for (String title : titles) {
            statement.setString(1, title);
            statement.addBatch();
        }
        return statement;
    }

    @Test
    void aBatchDrawsItsKeysInOneQueryAndBindsThemIntoTheRows() throws SQLException {
        PreparedStatement statement = batchOfTitles(
                connection.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS),
                "a",
                "b",
                "c");
        assertArrayEquals(new int[] {1, 1, 1}, statement.executeBatch());
        List<Long> returned = longs(statement.getGeneratedKeys(), "ID");
        StubPreparedStatement variant = preparedAs("INSERT INTO book (title, \"ID\") VALUES (?, ?)");
        assertEquals(List.of(101L, 102L, 103L), returned);
        assertEquals(returned, batchedLongs(variant, 2), "the keys returned are the keys stored, in row order");
        assertEquals(
                List.of("a", "b", "c"),
                variant.batched().stream().map(row -> row.get(1)).toList());
        List<String> executed = keys.executed();
        assertTrue(executed.get(0).endsWith(DRAW), executed.get(0));
        assertEquals(
                List.of(
                        "INSERT INTO book (title, \"ID\") VALUES (?, ?)",
                        "INSERT INTO book (title, \"ID\") VALUES (?, ?)",
                        "INSERT INTO book (title, \"ID\") VALUES (?, ?)"),
                executed.subList(1, 4));
    }

    @Test
    void aBatchTakesTwoRoundTripsAndLeavesOthersKeysAlone() throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement("INSERT INTO book (title) VALUES (?)", new String[] {"id"});
        batchOfTitles(statement, "a", "b").executeBatch();
        long elsewhere = keys.sequence.drawElsewhere();
        stub.clearEvents();
        batchOfTitles(statement, "c", "d", "e").executeBatch();
        List<String> roundTrips = stub.events().stream()
                .filter(event -> event.startsWith("executeQuery")
                        || event.startsWith("executeBatch")
                        || event.startsWith("prepare")
                        || event.startsWith("execute:")
                        || event.startsWith("executeUpdate"))
                .toList();
        assertEquals(2, roundTrips.size(), "a draw and a batch: " + roundTrips);
        List<Long> returned = longs(statement.getGeneratedKeys(), "ID");
        assertEquals(List.of(104L, 105L, 106L), returned);
        assertEquals(103L, elsewhere);
        StubPreparedStatement variant = preparedAs("INSERT INTO book (title, \"ID\") VALUES (?, ?)");
        assertEquals(List.of(101L, 102L, 104L, 105L, 106L), batchedLongs(variant, 2));
    }

    @Test
    void keysTheRowsGiveAreReturnedAndTheBatchRunsAsOne() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO book (id, title) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        for (long id : new long[] {7, 3, 9}) {
            statement.setLong(1, id);
            statement.setString(2, "t" + id);
            statement.addBatch();
        }
        assertArrayEquals(new int[] {1, 1, 1}, statement.executeBatch());
        assertEquals(List.of(7L, 3L, 9L), longs(statement.getGeneratedKeys(), "ID"));
        StubPreparedStatement original = preparedAs("INSERT INTO book (id, title) VALUES (?, ?)");
        assertEquals(List.of(7L, 3L, 9L), batchedLongs(original, 1));
        assertFalse(keys.executed().stream().anyMatch(sql -> sql.contains("NEXTVAL") || sql.contains("CURRVAL")));
    }

    @Test
    void rowsThatTakeNextvalThemselvesRunOneByOneWithTheirCurrval() throws SQLException {
        PreparedStatement statement = batchOfTitles(
                connection.prepareStatement(
                        "INSERT INTO book (id, title) VALUES (BOOK_ID_SEQ.NEXTVAL, ?)",
                        Statement.RETURN_GENERATED_KEYS),
                "a",
                "b");
        assertArrayEquals(new int[] {1, 1}, statement.executeBatch());
        assertEquals(keys.sequence.storedByDefaults(), longs(statement.getGeneratedKeys(), "ID"));
        assertEquals(List.of(101L, 102L), keys.sequence.storedByDefaults());
    }

    @Test
    void aBatchWithoutKeysAskedForIsAnAltibaseBatch() throws SQLException {
        PreparedStatement statement =
                batchOfTitles(connection.prepareStatement("INSERT INTO book (title) VALUES (?)"), "a", "b");
        assertArrayEquals(new int[] {1, 1}, statement.executeBatch());
        assertEquals(
                List.of("INSERT INTO book (title) VALUES (?)", "INSERT INTO book (title) VALUES (?)"), stub.executed());
        assertEquals(0, keys.catalogReads());
    }

    @Test
    void aFailingBatchIsReportedAndReturnsNoKeys() throws SQLException {
        PreparedStatement statement = batchOfTitles(
                connection.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS),
                "a",
                "b");
        stub.failOn("^INSERT INTO book \\(title, \"ID\"\\)", new SQLException("unique violation", "23000", 69720));
        BatchUpdateException failure = assertThrows(BatchUpdateException.class, statement::executeBatch);
        assertEquals("23000", failure.getSQLState());
        assertEquals(0, longs(statement.getGeneratedKeys(), "ID").size());
    }

    // ---- multi-row VALUES ---------------------------------------------------------------------------

    @Test
    void severalRowsBecomeInsertSelectWithTheirKeysDrawnBeforehand() throws SQLException {
        Statement statement = connection.createStatement();
        assertEquals(
                1,
                statement.executeUpdate(
                        "INSERT INTO book (title) VALUES ('a'), ('b'), ('c')", Statement.RETURN_GENERATED_KEYS));
        assertEquals(List.of(101L, 102L, 103L), longs(statement.getGeneratedKeys(), "ID"));
        List<String> executed = keys.executed();
        assertTrue(executed.get(0).endsWith(DRAW), executed.toString());
        assertEquals(
                "INSERT INTO book (title, \"ID\") SELECT 'a', 101 FROM DUAL UNION ALL SELECT 'b', 102 FROM DUAL"
                        + " UNION ALL SELECT 'c', 103 FROM DUAL",
                executed.get(1));
        assertEquals(2, executed.size());
    }

    @Test
    void boundValuesOfSeveralRowsAreCastToTheirColumnsTypes() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO book (title, price) VALUES (?, 1), ('x', ?)", Statement.RETURN_GENERATED_KEYS);
        statement.setString(1, "t");
        statement.setBigDecimal(2, new BigDecimal("9.5"));
        statement.executeUpdate();
        assertEquals(List.of(101L, 102L), longs(statement.getGeneratedKeys(), "ID"));
        String sql = "INSERT INTO book (title, price, \"ID\") SELECT CAST(? AS VARCHAR(20)), 1, 101 FROM DUAL"
                + " UNION ALL SELECT 'x', CAST(? AS NUMERIC(10, 2)), 102 FROM DUAL";
        StubPreparedStatement sent = preparedAs(sql);
        assertEquals(Map.of(1, "t", 2, new BigDecimal("9.5")), sent.parameters());
        assertTrue(sent.isClosed());
    }

    @Test
    void severalRowsWithoutKeysAskedForLetTheDefaultsFire() throws SQLException {
        PreparedStatement statement = connection.prepareStatement("INSERT INTO book (title) VALUES (?), (?)");
        statement.setString(1, "a");
        statement.setString(2, "b");
        statement.executeUpdate();
        connection.createStatement().execute("INSERT INTO book (title) VALUES ('c'), ('d')");
        assertEquals(
                List.of(
                        "INSERT INTO book (title) SELECT CAST(? AS VARCHAR(20)) FROM DUAL UNION ALL SELECT CAST(? AS VARCHAR(20)) FROM DUAL",
                        "INSERT INTO book (title) SELECT 'c' FROM DUAL UNION ALL SELECT 'd' FROM DUAL"),
                keys.executed());
    }

    @Test
    void defaultAndNextvalInSeveralRowsTakeDrawnValues() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate(
                "INSERT INTO book (id, title) VALUES (DEFAULT, 'a'), (7, 'b'), (BOOK_ID_SEQ.NEXTVAL, 'c')",
                new String[] {"ID"});
        assertEquals(List.of(101L, 7L, 102L), longs(statement.getGeneratedKeys(), "ID"));
        assertEquals(
                "INSERT INTO book (id, title) SELECT 101, 'a' FROM DUAL UNION ALL SELECT 7, 'b' FROM DUAL"
                        + " UNION ALL SELECT 102, 'c' FROM DUAL",
                keys.executed().get(keys.executed().size() - 1));
    }

    @Test
    void aKeyOfSeveralRowsTheDriverCannotKnowIsRefusedBeforeAnyValueIsDrawn() throws SQLException {
        Statement statement = connection.createStatement();
        SQLException noDefault = assertThrows(
                SQLException.class,
                () -> statement.executeUpdate(
                        "INSERT INTO book (title) VALUES ('a'), ('b')", new String[] {"ID", "PRICE"}));
        assertEquals("HYC00", noDefault.getSQLState());
        PreparedStatement shapes = connection.prepareStatement(
                "INSERT INTO shape (area) VALUES (?), (?)", Statement.RETURN_GENERATED_KEYS);
        shapes.setObject(1, "POINT(1 1)");
        shapes.setObject(2, "POINT(2 2)");
        SQLException noCast = assertThrows(SQLException.class, shapes::executeUpdate);
        assertEquals("HYC00", noCast.getSQLState());
        assertTrue(noCast.getMessage().contains("AREA"), noCast.getMessage());
        assertEquals(List.of(), keys.executed(), "nothing drawn, nothing inserted");
    }

    @Test
    void severalRowsIntoATableWithoutSequenceDefaultsAreSentAsWritten() throws SQLException {
        String sql = "INSERT INTO plain (id, name) VALUES (1, 'a'), (2, 'b')";
        connection.createStatement().execute(sql);
        assertEquals(List.of(sql), keys.executed());
    }

    @Test
    void aBatchOfMultiRowStatementsReturnsEveryKeyInOrder() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO book (title) VALUES (?), (?)", Statement.RETURN_GENERATED_KEYS);
        for (String[] pair : new String[][] {{"a", "b"}, {"c", "d"}}) {
            statement.setString(1, pair[0]);
            statement.setString(2, pair[1]);
            statement.addBatch();
        }
        assertArrayEquals(new int[] {1, 1}, statement.executeBatch());
        assertEquals(List.of(101L, 102L, 103L, 104L), longs(statement.getGeneratedKeys(), "ID"));
    }

    @Test
    void aBatchOfMultiRowStatementsIntoATableWithoutSequenceDefaultsIsOneAltibaseBatch() throws SQLException {
        String sql = "INSERT INTO plain (id, name) VALUES (?, ?), (?, ?)";
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int set = 0; set < 3; set++) {
            for (int p = 1; p <= 4; p++) {
                statement.setObject(p, set * 10 + p);
            }
            statement.addBatch();
        }
        statement.executeBatch();
        assertEquals(List.of(sql, sql, sql), keys.executed());
        assertEquals(1, stub.events("executeBatch").size());
        assertEquals(
                List.of(
                        Map.of(1, 1, 2, 2, 3, 3, 4, 4),
                        Map.of(1, 11, 2, 12, 3, 13, 4, 14),
                        Map.of(1, 21, 2, 22, 3, 23, 4, 24)),
                preparedAs(sql).batched());
    }

    @Test
    void statementBatchesOfSeveralRowsRunOneByOneAsInsertSelect() throws SQLException {
        Statement statement = connection.createStatement();
        statement.addBatch("INSERT INTO book (title) VALUES ('a'), ('b')");
        statement.addBatch("INSERT INTO plain (id, name) VALUES (1, 'a'), (2, 'b')");
        statement.addBatch("DELETE FROM plain");
        statement.executeBatch();
        assertEquals(
                List.of(
                        "INSERT INTO book (title) SELECT 'a' FROM DUAL UNION ALL SELECT 'b' FROM DUAL",
                        "INSERT INTO plain (id, name) VALUES (1, 'a'), (2, 'b')",
                        "DELETE FROM plain"),
                keys.executed());
        assertEquals(List.of(), stub.events("addBatch"));
    }

    // ---- concurrency ----------------------------------------------------------------------------------

    @Test
    void eightConnectionsSharingTheSequenceEachGetTheKeysTheyStored() throws Exception {
        StubSequence shared = new StubSequence("BOOK_ID_SEQ", 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                results.add(pool.submit(() -> insertFromOwnConnection(shared)));
            }
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> result : results) {
                List<Long> mine = result.get();
                assertEquals(5 + 3 + 1, mine.size());
                all.addAll(mine);
            }
            assertEquals(8 * 9, all.size(), "every key distinct across connections");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A batch of 5, a 3-row VALUES and a single row; checks each key against what this connection stored. */
    private static List<Long> insertFromOwnConnection(StubSequence shared) throws SQLException {
        KeysHarness mine = KeysHarness.open(shared);
        try {
            Connection own = mine.harness.portable();
            mine.harness.stub().onUpdate("^INSERT INTO book", 1);
            List<Long> returned = new ArrayList<>();
            PreparedStatement batch =
                    own.prepareStatement("INSERT INTO book (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < 5; i++) {
                batch.setString(1, "b" + i);
                batch.addBatch();
                if (i == 2) {
                    shared.drawElsewhere();
                }
            }
            batch.executeBatch();
            List<Long> batchKeys = longs(batch.getGeneratedKeys(), "ID");
            StubPreparedStatement variant = null;
            for (StubStatement statement : mine.harness.stub().statements()) {
                if (statement instanceof StubPreparedStatement prepared
                        && prepared.sql().contains("\"ID\") VALUES")) {
                    variant = prepared;
                }
            }
            assertEquals(batchKeys, batchedLongs(variant, 2));
            returned.addAll(batchKeys);
            Statement statement = own.createStatement();
            statement.executeUpdate(
                    "INSERT INTO book (title) VALUES ('x'), ('y'), ('z')", Statement.RETURN_GENERATED_KEYS);
            List<Long> rowKeys = longs(statement.getGeneratedKeys(), "ID");
            String sent = mine.executed().get(mine.executed().size() - 1);
            for (Long key : rowKeys) {
                assertTrue(sent.contains(", " + key + " FROM DUAL"), key + " stored by " + sent);
            }
            returned.addAll(rowKeys);
            statement.executeUpdate("INSERT INTO book (title) VALUES ('single')", Statement.RETURN_GENERATED_KEYS);
            List<Long> single = longs(statement.getGeneratedKeys(), "ID");
            List<Long> stored = shared.storedByDefaults();
            assertTrue(stored.contains(single.get(0)), single + " was stored by a default: " + stored);
            assertNotEquals(-1L, single.get(0));
            returned.addAll(single);
            return returned;
        } finally {
            mine.harness.close();
        }
    }
}
