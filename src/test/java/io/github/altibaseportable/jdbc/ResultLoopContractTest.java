package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDBC result loop, as Spring reads every result ({@code execute}, then {@code getResultSet} or
 * {@code getUpdateCount}, then {@code getMoreResults} until there is no result set and the update count
 * is -1), for every shape of plan, through {@code Statement} and {@code PreparedStatement}, with each way
 * of moving on: one result, then {@code getMoreResults} false, no result set and -1, never an exception;
 * the result set closed unless kept. Each statement runs twice on the same statement object.
 */
class ResultLoopContractTest extends StubbedKeysTest {

    /** One shape of plan: the SQL, whether keys are asked for, whether it answers rows, its update count. */
    record Shape(String label, String sql, boolean keys, boolean query, long count, boolean rewritten) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** How the loop moves past the first result: {@code getMoreResults()} or {@code getMoreResults(mode)}. */
    enum Move {
        PLAIN(-1),
        CLOSE_CURRENT_RESULT(Statement.CLOSE_CURRENT_RESULT),
        KEEP_CURRENT_RESULT(Statement.KEEP_CURRENT_RESULT),
        CLOSE_ALL_RESULTS(Statement.CLOSE_ALL_RESULTS);

        final int mode;

        Move(int mode) {
            this.mode = mode;
        }

        boolean next(Statement statement) throws SQLException {
            return this == PLAIN ? statement.getMoreResults() : statement.getMoreResults(mode);
        }
    }

    /** A way of running a shape: through a {@code Statement}, or a {@code PreparedStatement}; the statement and execute's answer. */
    interface Way {
        boolean execute(Statement statement, Shape shape) throws SQLException;

        Statement create(Connection connection, Shape shape) throws SQLException;
    }

    private static final Way STATEMENT = new Way() {
        @Override
        public boolean execute(Statement statement, Shape shape) throws SQLException {
            return shape.keys()
                    ? statement.execute(shape.sql(), Statement.RETURN_GENERATED_KEYS)
                    : statement.execute(shape.sql());
        }

        @Override
        public Statement create(Connection connection, Shape shape) throws SQLException {
            return connection.createStatement();
        }

        @Override
        public String toString() {
            return "Statement";
        }
    };

    private static final Way PREPARED = new Way() {
        @Override
        public boolean execute(Statement statement, Shape shape) throws SQLException {
            return ((java.sql.PreparedStatement) statement).execute();
        }

        @Override
        public Statement create(Connection connection, Shape shape) throws SQLException {
            return shape.keys()
                    ? connection.prepareStatement(shape.sql(), Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(shape.sql());
        }

        @Override
        public String toString() {
            return "PreparedStatement";
        }
    };

    static List<Shape> shapes() {
        return List.of(
                new Shape("pass-through query", "SELECT id FROM plain", false, true, -1, false),
                new Shape("pass-through update", "UPDATE plain SET name = 'x'", false, false, 2, false),
                new Shape(
                        "rewritten query", "SELECT id FROM plain ORDER BY id LIMIT 5 OFFSET 10", false, true, -1, true),
                new Shape("rewritten DDL", "CREATE TABLE flags (on_off BOOLEAN)", false, false, 0, true),
                new Shape(
                        "skipped CREATE TABLE IF NOT EXISTS",
                        "CREATE TABLE IF NOT EXISTS plain (id INT)",
                        false,
                        false,
                        0,
                        true),
                new Shape("skipped DROP TABLE IF EXISTS", "DROP TABLE IF EXISTS gone", false, false, 0, true),
                new Shape("guarded DROP that runs", "DROP TABLE IF EXISTS plain", false, false, 0, true),
                new Shape(
                        "several steps",
                        "CREATE TABLE novel (id BIGINT GENERATED BY DEFAULT AS IDENTITY, t VARCHAR(9))",
                        false,
                        false,
                        0,
                        true),
                new Shape("generated keys", "INSERT INTO book (title) VALUES ('k')", true, false, 1, false),
                new Shape(
                        "several rows in another form",
                        "INSERT INTO book (title) VALUES ('a'), ('b')",
                        false,
                        false,
                        2,
                        false),
                new Shape("RETURNING", "INSERT INTO book (title) VALUES ('r') RETURNING id", false, true, -1, true),
                new Shape("session command", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", false, false, 0, true));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Way way : List.of(STATEMENT, PREPARED)) {
            for (Shape shape : shapes()) {
                for (Move move : Move.values()) {
                    cases.add(Arguments.of(way, shape, move));
                }
            }
        }
        return cases.stream();
    }

    /** The stub's catalog and counts: PLAIN exists, GONE does not; updates of PLAIN count 2, inserts into BOOK 1 per row. */
    private void script() {
        stub.onQuery(
                "^SELECT COUNT\\(\\*\\) FROM SYSTEM_\\.SYS_TABLES_",
                binds -> StubRows.single("COUNT(*)", "PLAIN".equals(binds.get(1)) ? 1L : 0L));
        stub.onQuery("^SELECT id FROM plain", StubRows.columns("ID").row(1).row(2));
        stub.onUpdate("^UPDATE plain", 2);
        stub.onUpdate("^INSERT INTO book", 1);
        stub.onUpdate("^INSERT INTO book .* UNION ALL ", 2);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("cases")
    void oneResultThenNoMore(Way way, Shape shape, Move move) throws SQLException {
        script();
        if (shape.rewritten()) {
            StatementPlan plan =
                    connection.unwrap(PortableConnection.class).rewriter().plan(shape.sql(), KeysRequest.NONE);
            assertEquals(PlanOutcome.REWRITTEN, plan.outcome(), "a shape the driver rewrites");
        }
        Statement statement = way.create(connection, shape);
        for (int run = 1; run <= 2; run++) {
            String at = shape + ", run " + run;
            assertEquals(shape.query(), way.execute(statement, shape), at);
            ResultSet rows = statement.getResultSet();
            if (shape.query()) {
                assertNotNull(rows, at);
                assertSame(rows, statement.getResultSet(), at);
                assertEquals(-1, statement.getUpdateCount(), at);
                assertEquals(-1L, statement.getLargeUpdateCount(), at);
            } else {
                assertNull(rows, at);
                assertEquals(shape.count(), statement.getUpdateCount(), at);
                assertEquals(shape.count(), statement.getLargeUpdateCount(), at);
            }
            assertFalse(move.next(statement), at);
            assertNull(statement.getResultSet(), at);
            assertEquals(-1, statement.getUpdateCount(), at);
            assertEquals(-1L, statement.getLargeUpdateCount(), at);
            if (rows != null) {
                assertEquals(
                        move != Move.KEEP_CURRENT_RESULT, rows.isClosed(), at + ": the result set closed unless kept");
            }
            assertFalse(statement.getMoreResults(), at);
            assertEquals(-1, statement.getUpdateCount(), at);
            assertNull(statement.getResultSet(), at);
        }
    }
}
