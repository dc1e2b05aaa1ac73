package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.RewriteStatistics;
import io.github.altibaseportable.stub.StubServerRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every SQL-taking call sends the rewritten text; the connection options (strict, rewrite off, disabled
 * rules, source dialect) and the skip marker decide what that text is.
 */
class StatementRewriteTest {
    private static final String QUERY = "SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 20";
    private static final String QUERY_REWRITTEN = "SELECT id FROM t ORDER BY id LIMIT 21, 10";
    private static final String UPDATE = "INSERT INTO archived (id) SELECT id FROM t ORDER BY id LIMIT 100 OFFSET 200";
    private static final String UPDATE_REWRITTEN =
            "INSERT INTO archived (id) SELECT id FROM t ORDER BY id LIMIT 201, 100";
    private static final String PAGED = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
    private static final String UNPARSABLE = "SELECT id FROM t LIMIT 5 OFFSET 3 SOME GARBAGE (";
    private static final String INEXPRESSIBLE = "SELECT id FROM t ORDER BY id FETCH FIRST 5 ROWS WITH TIES";
    /** A cache size no other test class uses, so the statistics count this class's statements only. */
    private static final String CACHE_SIZE = "4097";

    /** An SQL-taking call of {@link Statement} or {@link Connection}. */
    interface Send {
        void send(Connection connection, String sql) throws SQLException;
    }

    private static Arguments send(String label, Send send, String sql, String expected) {
        return Arguments.of(label, send, sql, expected);
    }

    static Stream<Arguments> directCalls() {
        return Stream.of(
                send("execute", (c, sql) -> c.createStatement().execute(sql), QUERY, QUERY_REWRITTEN),
                send("executeQuery", (c, sql) -> c.createStatement().executeQuery(sql), QUERY, QUERY_REWRITTEN),
                send("executeUpdate", (c, sql) -> c.createStatement().executeUpdate(sql), UPDATE, UPDATE_REWRITTEN),
                send(
                        "executeUpdate(keys)",
                        (c, sql) -> c.createStatement().executeUpdate(sql, Statement.NO_GENERATED_KEYS),
                        UPDATE,
                        UPDATE_REWRITTEN),
                send(
                        "executeLargeUpdate",
                        (c, sql) -> c.createStatement().executeLargeUpdate(sql),
                        UPDATE,
                        UPDATE_REWRITTEN),
                send(
                        "execute(columns)",
                        (c, sql) -> c.createStatement().execute(sql, new String[] {"ID"}),
                        UPDATE,
                        UPDATE_REWRITTEN),
                send("addBatch + executeBatch", StatementRewriteTest::batchOfOne, UPDATE, UPDATE_REWRITTEN),
                send(
                        "prepareStatement + execute",
                        (c, sql) -> c.prepareStatement(sql).execute(),
                        QUERY,
                        QUERY_REWRITTEN),
                send("prepareCall + execute", (c, sql) -> c.prepareCall(sql).execute(), QUERY, QUERY_REWRITTEN));
    }

    private static void batchOfOne(Connection connection, String sql) throws SQLException {
        Statement statement = connection.createStatement();
        statement.addBatch(sql);
        statement.executeBatch();
    }

    /** Sends {@code sql} with {@code send} on a connection with {@code options}; returns what the stub executed. */
    private static List<String> executed(Send send, String sql, String... options) throws SQLException {
        try (Harness harness = Harness.open(options)) {
            send.send(harness.portable(), sql);
            return harness.stub().executed();
        }
    }

    /**
     * Runs the query {@code sql} on a connection with {@code options}; returns what the stub executed. The
     * stub's server accepts any row-limiting form here: these tests assert what reaches it as written.
     */
    private static List<String> executedQuery(String sql, String... options) throws SQLException {
        try (Harness harness = Harness.open(options)) {
            harness.stub().rules().permit(StubServerRules.Rule.ROW_LIMITING);
            harness.portable().createStatement().executeQuery(sql);
            return harness.stub().executed();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directCalls")
    void everyCallSendsTheRewrittenText(String label, Send send, String sql, String expected) throws SQLException {
        assertEquals(List.of(expected), executed(send, sql));
    }

    @Test
    void eachBatchEntryIsRewritten() throws SQLException {
        try (Harness harness = Harness.open()) {
            Statement statement = harness.portable().createStatement();
            statement.addBatch(UPDATE);
            statement.addBatch("DELETE FROM t");
            statement.executeBatch();
            assertEquals(
                    List.of("addBatch: " + UPDATE_REWRITTEN, "addBatch: DELETE FROM t", "executeBatch"),
                    harness.stub().lastStatement().events());
        }
    }

    @Test
    void aBatchIsEmptyAfterItRunsOrIsCleared() throws SQLException {
        try (Harness harness = Harness.open()) {
            Statement statement = harness.portable().createStatement();
            assertEquals(0, statement.executeBatch().length);
            statement.addBatch("DELETE FROM a");
            statement.clearBatch();
            statement.addBatch("DELETE FROM b");
            assertEquals(1, statement.executeBatch().length);
            assertEquals(0, statement.executeBatch().length);
            statement.addBatch(UPDATE);
            assertEquals(1, statement.executeLargeBatch().length);
            assertEquals(
                    List.of(
                            "executeBatch",
                            "clearBatch",
                            "addBatch: DELETE FROM b",
                            "executeBatch",
                            "executeBatch",
                            "addBatch: " + UPDATE_REWRITTEN,
                            "executeBatch"),
                    harness.stub().lastStatement().events());
        }
    }

    @Test
    void aStatementNeedingNoRewriteIsSentByteIdentical() throws SQLException {
        String sql = "select /*+ hint */  id, 'LIMIT 1 OFFSET 2' from \"T\" -- OFFSET\n order by 1";
        assertEquals(List.of(sql), executedQuery(sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {UNPARSABLE, INEXPRESSIBLE})
    void strictModeRefusesWhatItCannotRewriteBeforeTheStub(String sql) throws SQLException {
        List<Send> sends = List.of(
                (c, text) -> c.prepareStatement(text),
                (c, text) -> c.prepareCall(text),
                (c, text) -> c.createStatement().execute(text),
                (c, text) -> c.createStatement().executeQuery(text),
                (c, text) -> c.createStatement().executeUpdate(text),
                (c, text) -> c.createStatement().addBatch(text),
                Connection::nativeSQL);
        try (Harness harness = Harness.open("portable.strict", "true")) {
            for (Send send : sends) {
                SQLException e = assertThrows(SQLSyntaxErrorException.class, () -> send.send(harness.portable(), sql));
                assertEquals("42000", e.getSQLState());
                assertTrue(e.getMessage().contains(sql), e.getMessage());
            }
            assertEquals(List.of(), harness.stub().prepared());
            assertEquals(List.of(), harness.stub().executed());
        }
    }

    private static Arguments sends(String sql, String expected, String... options) {
        return Arguments.of(sql, options, expected);
    }

    static Stream<Arguments> optionsAndMarkers() {
        String marked = "SELECT /* portable:skip */ id FROM t ORDER BY id LIMIT 10 OFFSET 20";
        return Stream.of(
                sends(UNPARSABLE, UNPARSABLE),
                sends(INEXPRESSIBLE, INEXPRESSIBLE),
                sends(QUERY, QUERY_REWRITTEN, "portable.strict", "true"),
                sends(QUERY, QUERY, "portable.rewrite", "false"),
                sends(UNPARSABLE, UNPARSABLE, "portable.rewrite", "false", "portable.strict", "true"),
                sends(marked, marked),
                sends(QUERY, QUERY, "portable.disabledRules", "paging"),
                sends(QUERY, QUERY_REWRITTEN, "portable.disabledRules", " , "),
                sends("SELECT id FROM t ORDER BY id LIMIT 20, 10", "SELECT id FROM t ORDER BY id LIMIT 20, 10"),
                sends(
                        "SELECT id FROM t ORDER BY id LIMIT 20, 10",
                        "SELECT id FROM t ORDER BY id LIMIT 21, 10",
                        "portable.sourceDialect",
                        "mysql"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("optionsAndMarkers")
    void optionsAndTheSkipMarkerDecideWhatIsSent(String sql, String[] options, String expected) throws SQLException {
        assertEquals(List.of(expected), executedQuery(sql, options));
    }

    @Test
    void theMysqlDialectShiftsABoundLimitStart() throws SQLException {
        String mysql = "SELECT id FROM t ORDER BY id LIMIT ?, ?";
        try (Harness portable = Harness.open();
                Harness fromMysql = Harness.open("portable.sourceDialect", "mysql")) {
            portable.portable().prepareStatement(mysql).setInt(1, 20);
            fromMysql.portable().prepareStatement(mysql).setInt(1, 20);
            assertEquals(
                    List.of("setInt(1, 20)"), portable.stub().lastPrepared().binds());
            assertEquals(
                    List.of("setInt(1, 21)"), fromMysql.stub().lastPrepared().binds());
        }
    }

    @Test
    void theCacheHoldsTwoThousandPlansUnlessToldOtherwise() throws SQLException {
        try (Harness harness = Harness.open()) {
            assertEquals(2000, harness.connection().rewriteStatistics().maximumSize());
        }
    }

    @Test
    void rewriteStatisticsCountHitsAndMisses() throws SQLException {
        try (Harness harness = Harness.open("portable.cacheSize", CACHE_SIZE)) {
            PortableConnection connection = harness.connection();
            RewriteStatistics before = connection.rewriteStatistics();
            String sql = PAGED + " -- statistics " + System.nanoTime();
            connection.prepareStatement(sql);
            connection.prepareStatement(sql);
            connection.prepareStatement(sql);
            RewriteStatistics after = connection.rewriteStatistics();
            assertEquals(1, after.misses() - before.misses());
            assertEquals(2, after.hits() - before.hits());
            assertEquals(Long.parseLong(CACHE_SIZE), after.maximumSize());
            assertTrue(after.size() >= 1);
        }
    }

    @Test
    void aStatementIsPlannedOnceWhateverEntryPointItComesThrough() throws SQLException {
        try (Harness harness = Harness.open("portable.cacheSize", CACHE_SIZE)) {
            PortableConnection connection = harness.connection();
            RewriteStatistics before = connection.rewriteStatistics();
            String sql = PAGED + " -- entry points " + System.nanoTime();
            connection.prepareStatement(sql);
            connection.prepareCall(sql);
            connection.createStatement().executeQuery(sql);
            connection.nativeSQL(sql);
            RewriteStatistics after = connection.rewriteStatistics();
            assertEquals(1, after.misses() - before.misses());
            assertEquals(3, after.hits() - before.hits());
        }
    }
}
