package io.github.altibaseportable.jdbc;

import static io.github.altibaseportable.jdbc.KeysHarness.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated keys of one-row INSERTs through every JDBC form, on the stub: the key read with CURRVAL on
 * the same session right after the insert equals the one the column default stored; keys the statement
 * gives are returned as given, never a stale CURRVAL; nothing extra runs when no keys are asked for; the
 * key columns are learned from the catalog once per table, or from a CREATE TABLE the driver ran.
 */
class GeneratedKeysTest extends StubbedKeysTest {
    private static final String INSERT = "INSERT INTO book (title) VALUES ('a')";
    private static final String PREPARED_INSERT = "INSERT INTO book (title) VALUES (?)";
    private static final String CURRVAL = "\"BOOK_ID_SEQ\".CURRVAL FROM DUAL";

    /** One JDBC way of running an INSERT with keys asked for; returns the statement to ask for them. */
    interface Form {
        Statement run(Connection connection) throws SQLException;
    }

    private static Arguments direct(String label, Form form) {
        return Arguments.of(label, form, INSERT);
    }

    private static Arguments prepared(String label, Form form) {
        return Arguments.of(label, form, PREPARED_INSERT);
    }

    private static PreparedStatement bound(PreparedStatement statement) throws SQLException {
        statement.setString(1, "a");
        return statement;
    }

    static Stream<Arguments> forms() {
        String[] names = {"id"};
        int[] indexes = {1};
        int flag = Statement.RETURN_GENERATED_KEYS;
        return Stream.of(
                direct("Statement.executeUpdate(flag)", c -> run(c, s -> s.executeUpdate(INSERT, flag))),
                direct("Statement.execute(flag)", c -> run(c, s -> s.execute(INSERT, flag))),
                direct("Statement.executeLargeUpdate(flag)", c -> run(c, s -> s.executeLargeUpdate(INSERT, flag))),
                direct("Statement.executeUpdate(names)", c -> run(c, s -> s.executeUpdate(INSERT, names))),
                direct("Statement.execute(names)", c -> run(c, s -> s.execute(INSERT, new String[] {"ID"}))),
                direct("Statement.executeLargeUpdate(names)", c -> run(c, s -> s.executeLargeUpdate(INSERT, names))),
                direct("Statement.executeUpdate(indexes)", c -> run(c, s -> s.executeUpdate(INSERT, indexes))),
                direct("Statement.execute(indexes)", c -> run(c, s -> s.execute(INSERT, indexes))),
                direct(
                        "Statement.executeLargeUpdate(indexes)",
                        c -> run(c, s -> s.executeLargeUpdate(INSERT, indexes))),
                prepared(
                        "prepareStatement(flag).executeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, flag)), 0)),
                prepared(
                        "prepareStatement(flag).execute",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, flag)), 1)),
                prepared(
                        "prepareStatement(flag).executeLargeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, flag)), 2)),
                prepared(
                        "prepareStatement(names).executeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, names)), 0)),
                prepared(
                        "prepareStatement(names).execute",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, names)), 1)),
                prepared(
                        "prepareStatement(names).executeLargeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, names)), 2)),
                prepared(
                        "prepareStatement(indexes).executeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, indexes)), 0)),
                prepared(
                        "prepareStatement(indexes).execute",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, indexes)), 1)),
                prepared(
                        "prepareStatement(indexes).executeLargeUpdate",
                        c -> executed(bound(c.prepareStatement(PREPARED_INSERT, indexes)), 2)));
    }

    /** A statement call. */
    interface Call {
        Object call(Statement statement) throws SQLException;
    }

    private static Statement run(Connection connection, Call call) throws SQLException {
        Statement statement = connection.createStatement();
        call.call(statement);
        return statement;
    }

    /** Runs {@code statement}: 0 executeUpdate, 1 execute, 2 executeLargeUpdate. */
    private static Statement executed(PreparedStatement statement, int how) throws SQLException {
        if (how == 0) {
            assertEquals(1, statement.executeUpdate());
        } else if (how == 1) {
            assertFalse(statement.execute());
        } else {
            assertEquals(1L, statement.executeLargeUpdate());
        }
        return statement;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theKeyIsTheOneStoredReadByCurrvalOnTheSameSession(String label, Form form, String sql) throws SQLException {
        stub.onUpdate("^INSERT INTO book", 1);
        Statement statement = form.run(connection);
        ResultSet generated = statement.getGeneratedKeys();
        assertInstanceOf(PortableResultSet.class, generated);
        assertSame(statement, generated.getStatement());
        assertEquals("ID", generated.getMetaData().getColumnLabel(1));
        assertEquals(1, generated.getMetaData().getColumnCount());
        assertEquals(List.of(101L), longs(generated, "ID"));
        assertEquals(keys.sequence.storedByDefaults(), List.of(101L));
        List<String> executed = keys.executed();
        assertEquals(2, executed.size(), executed.toString());
        assertEquals(sql, executed.get(0));
        assertTrue(executed.get(1).endsWith(CURRVAL), executed.get(1));
    }

    @Test
    void withoutKeysAskedForNothingElseRuns() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(PREPARED_INSERT);
        bound(statement).executeUpdate();
        connection.createStatement().executeUpdate(INSERT);
        assertEquals(List.of(PREPARED_INSERT, INSERT), stub.executed());
        assertFalse(statement.unwrap(PortablePreparedStatement.class) instanceof KeyedPreparedStatement);
    }

    @Test
    void keysTheStatementGivesAreReturnedAsGivenNeverAStaleCurrval() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO book (title) VALUES ('first')", Statement.RETURN_GENERATED_KEYS);
        assertEquals(List.of(101L), longs(statement.getGeneratedKeys(), "ID"));
        statement.executeUpdate("INSERT INTO book (id, title) VALUES (7, 'given')", Statement.RETURN_GENERATED_KEYS);
        assertEquals(List.of(7L), longs(statement.getGeneratedKeys(), "ID"));
        PreparedStatement prepared = connection.prepareStatement(
                "INSERT INTO book (title, id) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        prepared.setString(1, "bound");
        prepared.setLong(2, 4242);
        prepared.executeUpdate();
        assertEquals(List.of(4242L), longs(prepared.getGeneratedKeys(), "ID"));
        assertEquals(
                1,
                keys.executed().stream().filter(sql -> sql.contains("CURRVAL")).count(),
                "CURRVAL read only for the key the default stored: " + keys.executed());
    }

    @Test
    void aKeyBoundAsNullIsReturnedAsNullNotAsTheTypeCode() throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(
                "INSERT INTO book (title, id) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
        prepared.setString(1, "no key");
        prepared.setNull(2, Types.BIGINT);
        prepared.executeUpdate();
        ResultSet keys = prepared.getGeneratedKeys();
        assertTrue(keys.next());
        assertEquals(0L, keys.getLong("ID"));
        assertTrue(keys.wasNull(), "the key bound was NULL");
    }

    @Test
    void anInsertWithoutAColumnListGivesTheKeyAtTheTablesPosition() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO book VALUES (55, 'x', 1.5)", Statement.RETURN_GENERATED_KEYS);
        assertEquals(List.of(55L), longs(statement.getGeneratedKeys(), "ID"));
        statement.executeUpdate("INSERT INTO book VALUES (DEFAULT, 'y', 2)", Statement.RETURN_GENERATED_KEYS);
        assertEquals(keys.sequence.storedByDefaults(), longs(statement.getGeneratedKeys(), "ID"));
    }

    @Test
    void columnNamesSelectTheColumnsReturnedInTheirOrder() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO book (title, price) VALUES (?, ?)", new String[] {"price", "ID", "title"});
        statement.setString(1, "t");
        statement.setBigDecimal(2, new java.math.BigDecimal("9.50"));
        statement.executeUpdate();
        ResultSet generated = statement.getGeneratedKeys();
        assertEquals(3, generated.getMetaData().getColumnCount());
        assertEquals("PRICE", generated.getMetaData().getColumnName(1));
        assertTrue(generated.next());
        assertEquals(new java.math.BigDecimal("9.50"), generated.getBigDecimal("PRICE"));
        assertEquals(101L, generated.getLong("ID"));
        assertEquals("t", generated.getString(3));
        assertFalse(generated.next());
    }

    @Test
    void columnIndexesCountTheTablesColumns() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO book (title, price) VALUES ('t', 3)", new int[] {3, 1});
        ResultSet generated = statement.getGeneratedKeys();
        assertEquals("PRICE", generated.getMetaData().getColumnName(1));
        assertEquals("ID", generated.getMetaData().getColumnName(2));
        assertTrue(generated.next());
        assertEquals(3L, generated.getLong(1));
        assertEquals(101L, generated.getLong(2));
        SQLException outOfRange = assertThrows(
                SQLException.class,
                () -> statement.executeUpdate("INSERT INTO book (title) VALUES ('t')", new int[] {9}));
        assertEquals("07009", outOfRange.getSQLState());
    }

    @Test
    void aKeyTheDriverCannotKnowIsRefusedBeforeAnythingRuns() throws SQLException {
        Statement statement = connection.createStatement();
        SQLException expression = assertThrows(
                SQLFeatureNotSupportedException.class,
                () -> statement.executeUpdate(
                        "INSERT INTO book (id, title) VALUES (5 + 1, 'x')", Statement.RETURN_GENERATED_KEYS));
        assertEquals("HYC00", expression.getSQLState());
        SQLException noDefault = assertThrows(
                SQLFeatureNotSupportedException.class,
                () -> statement.executeUpdate("INSERT INTO book (id) VALUES (1)", new String[] {"title"}));
        assertEquals("HYC00", noDefault.getSQLState());
        assertEquals(List.of(), keys.executed());
    }

    @Test
    void aTableWithoutSequenceDefaultsLeavesTheKeysToAltibase() throws SQLException {
        stub.onGeneratedKeys("^INSERT INTO plain", io.github.altibaseportable.stub.StubRows.single("ID", 9L));
        Statement statement = connection.createStatement();
        statement.executeUpdate("INSERT INTO plain (id, name) VALUES (9, 'n')", Statement.RETURN_GENERATED_KEYS);
        ResultSet generated = statement.getGeneratedKeys();
        assertEquals(List.of(9L), longs(generated, "ID"));
        assertSame(statement, generated.getStatement());
        assertEquals(List.of("INSERT INTO plain (id, name) VALUES (9, 'n')"), keys.executed());
    }

    @Test
    void theKeyColumnsOfATableAreReadOnceAndForgottenOnDdl() throws SQLException {
        Statement statement = connection.createStatement();
        statement.executeUpdate(INSERT, Statement.RETURN_GENERATED_KEYS);
        statement.executeUpdate(INSERT, Statement.RETURN_GENERATED_KEYS);
        assertEquals(1, keys.catalogReads());
        try (Harness other = Harness.open("user", keys.user)) {
            other.portable().createStatement().execute("ALTER TABLE book RENAME TO book2");
        }
        statement.executeUpdate(INSERT, Statement.RETURN_GENERATED_KEYS);
        assertEquals(2, keys.catalogReads(), "DDL on another connection of the same user and server");
    }

    @Test
    void aCreateTableTheDriverRanTellsTheKeyColumnWithoutTheCatalog() throws SQLException {
        Statement statement = connection.createStatement();
        statement.execute("CREATE TABLE novel (id BIGINT GENERATED BY DEFAULT AS IDENTITY, title VARCHAR(20))");
        stub.onQuery("\"NOVEL_ID_SEQ\"\\.CURRVAL", io.github.altibaseportable.stub.StubRows.single("CURRVAL", 31L));
        statement.executeUpdate("INSERT INTO novel (title) VALUES ('n')", Statement.RETURN_GENERATED_KEYS);
        assertEquals(List.of(31L), longs(statement.getGeneratedKeys(), "ID"));
        assertEquals(0, keys.catalogReads());
        assertEquals(
                "SELECT \"NOVEL_ID_SEQ\".CURRVAL FROM DUAL",
                keys.executed().get(keys.executed().size() - 1));
    }

    @Test
    void aCreateTableThatFailedTellsNothing() throws SQLException {
        stub.failOn("^CREATE TABLE", new SQLException("exists", "42S01", 200738));
        Statement statement = connection.createStatement();
        assertThrows(
                SQLException.class,
                () -> statement.execute(
                        "CREATE TABLE novel (id BIGINT GENERATED BY DEFAULT AS IDENTITY, title VARCHAR(20))"));
        statement.executeUpdate("INSERT INTO book (title) VALUES ('n')", Statement.RETURN_GENERATED_KEYS);
        assertEquals(1, keys.catalogReads());
    }

    @Test
    void returningIsAnsweredAsAResultSet() throws SQLException {
        stub.onUpdate("^INSERT INTO book", 1);
        PreparedStatement statement =
                connection.prepareStatement("INSERT INTO book (title) VALUES (?) RETURNING id, title");
        statement.setString(1, "r");
        ResultSet returned = statement.executeQuery();
        assertSame(statement, returned.getStatement());
        assertTrue(returned.next());
        assertEquals(101L, returned.getLong("ID"));
        assertEquals("r", returned.getString("TITLE"));
        statement.setString(1, "s");
        assertTrue(statement.execute());
        assertEquals(List.of(102L), longs(statement.getResultSet(), "ID"));
        assertEquals(-1, statement.getUpdateCount());
        assertEquals(PREPARED_INSERT, keys.executed().get(0), "RETURNING is not sent: " + keys.executed());

        Statement plain = connection.createStatement();
        assertEquals(
                List.of(103L), longs(plain.executeQuery("INSERT INTO book (title) VALUES ('t') RETURNING id"), "ID"));
        assertTrue(plain.execute("INSERT INTO book (title) VALUES ('u') RETURNING id"));
        assertEquals(-1, plain.getUpdateCount());
        assertEquals(List.of(104L), longs(plain.getResultSet(), "ID"));
        assertEquals(1, plain.executeUpdate("INSERT INTO book (title) VALUES ('v') RETURNING id"));
        assertEquals(List.of(105L), longs(plain.getGeneratedKeys(), "ID"));
        assertEquals(keys.sequence.storedByDefaults(), List.of(101L, 102L, 103L, 104L, 105L));
    }

    @Test
    void nativeReturningIntoIsLeftToAltibase() throws SQLException {
        String sql = "INSERT INTO book (title) VALUES (?) RETURNING id INTO ?";
        assertEquals(sql, connection.nativeSQL(sql));
    }
}
