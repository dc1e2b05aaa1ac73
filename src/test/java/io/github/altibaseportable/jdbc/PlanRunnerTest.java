package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.Guard;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.Step;
import io.github.altibaseportable.stub.StubRows;
import io.github.altibaseportable.stub.StubStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PlanRunner} with plans built by hand, run directly and through the driver's prepared
 * statement: steps in order, undo in reverse order on failure with the original exception thrown,
 * guards checked against the (stubbed) catalog, and what a statement reports when its main step was
 * skipped.
 */
class PlanRunnerTest extends StubbedConnectionTest {
    private static final String MAIN = "INSERT INTO t (id) VALUES (T_ID_SEQ.NEXTVAL)";
    private static final int MAIN_COUNT = 7;
    private static final String CATALOG_OF_USER =
            "SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_ T WHERE T.USER_ID = USER_ID()";

    /** These tests are about order and undo: the stub's server already has the sequence the main step draws from. */
    @BeforeEach
    void scriptTheMainStep() {
        stub.onUpdate("^" + Pattern.quote(MAIN) + "$", MAIN_COUNT);
        stub.rules().given("CREATE SEQUENCE T_ID_SEQ");
    }

    /** A plan of {@code steps}, the one whose SQL is {@link #MAIN} being the main step. */
    private static StatementPlan plan(Step... steps) {
        int main = 0;
        while (!steps[main].sql().equals(MAIN)) {
            main++;
        }
        return StatementPlan.rewritten(MAIN, List.of(steps), main, null, "test");
    }

    private static Step step(String sql, String undo) {
        return Step.of(sql).withUndo(undo);
    }

    /** Runs {@code plan} on the runner, the main step executed on a statement of the stub connection. */
    private long run(StatementPlan plan) throws SQLException {
        Statement main = stub.createStatement();
        return new PlanRunner(stub, stub, ran -> {}).run(plan, () -> (long) main.executeUpdate(plan.sql()), () -> -1L);
    }

    /** A prepared statement of the driver running {@code plan}. */
    private PortablePreparedStatement prepared(StatementPlan plan) throws SQLException {
        return new PortablePreparedStatement(harness.connection(), stub.prepareStatement(plan.sql()), plan);
    }

    /** One way of running a plan and getting the main step's update count. */
    interface Way {
        long run(PlanRunnerTest test, StatementPlan plan) throws SQLException;
    }

    static Stream<Arguments> ways() {
        return Stream.of(
                Arguments.of("PlanRunner.run", (Way) PlanRunnerTest::run),
                Arguments.of("PreparedStatement.executeUpdate", (Way)
                        (test, plan) -> test.prepared(plan).executeUpdate()),
                Arguments.of("PreparedStatement.executeLargeUpdate", (Way)
                        (test, plan) -> test.prepared(plan).executeLargeUpdate()));
    }

    /** Runs {@code plan} the given way, expecting it to fail; returns the exception. */
    private <E extends Throwable> E failure(Way way, StatementPlan plan, Class<E> type) {
        return assertThrows(type, () -> way.run(this, plan));
    }

    /** The catalog answers that the object a guard asks about exists ({@code true}) or not. */
    private void catalogSays(boolean exists) {
        catalogCounts(exists ? 1 : 0);
    }

    /** The catalog query answers {@code count} objects, as {@code SELECT COUNT(*)} does. */
    private void catalogCounts(long count) {
        stub.onQuery("SYSTEM_\\.SYS_(TABLES|INDICES)_", StubRows.single("COUNT(*)", count));
    }

    // ---- order and undo -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void stepsRunInOrderAndTheMainCountIsReturned(String label, Way way) throws SQLException {
        StatementPlan plan =
                plan(Step.of("CREATE SEQUENCE T_ID_SEQ"), Step.of(MAIN), Step.of("COMMENT ON TABLE t IS 'x'"));
        assertEquals(MAIN_COUNT, way.run(this, plan));
        assertEquals(List.of("CREATE SEQUENCE T_ID_SEQ", MAIN, "COMMENT ON TABLE t IS 'x'"), stub.executed());
        List<StubStatement> companions =
                stub.statements().subList(1, stub.statements().size());
        assertFalse(companions.isEmpty());
        for (StubStatement companion : companions) {
            assertTrue(companion.isClosed(), "the companion statement is closed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void aFailingStepUndoesTheCompletedStepsInReverseAndThrowsTheOriginal(String label, Way way) {
        SQLException failure = new SQLException("no space", "HY000", 4242);
        stub.failOn("^STEP 3$", failure);
        StatementPlan plan = plan(
                step("STEP 1", "UNDO 1"),
                Step.of("STEP 2"),
                step(MAIN, "UNDO MAIN"),
                step("STEP 3", "UNDO 3"),
                Step.of("STEP 4"));
        SQLException thrown = failure(way, plan, SQLException.class);
        assertSame(failure, thrown);
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(List.of("STEP 1", "STEP 2", MAIN, "STEP 3", "UNDO MAIN", "UNDO 1"), stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void aFailingMainStepUndoesTheStepsBeforeIt(String label, Way way) {
        SQLException failure = new SQLException("unique constraint violated", "23000", 69720);
        stub.failOn("^INSERT INTO t", failure);
        StatementPlan plan =
                plan(step("CREATE SEQUENCE T_ID_SEQ", "DROP SEQUENCE T_ID_SEQ"), step(MAIN, "never"), Step.of("AFTER"));
        assertSame(failure, failure(way, plan, SQLException.class));
        assertEquals(List.of("CREATE SEQUENCE T_ID_SEQ", MAIN, "DROP SEQUENCE T_ID_SEQ"), stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ways")
    void anUndoFailureIsSuppressedAndTheOtherUndoStepsStillRun(String label, Way way) {
        SQLException failure = new SQLException("step failed", "42000", 1);
        SQLException undoFailure = new SQLException("cannot drop", "42S02", 2);
        stub.failOn("^STEP 3$", failure);
        stub.failOn("^UNDO 2$", undoFailure);
        StatementPlan plan = plan(step("STEP 1", "UNDO 1"), step("STEP 2", "UNDO 2"), Step.of(MAIN), Step.of("STEP 3"));
        SQLException thrown = failure(way, plan, SQLException.class);
        assertSame(failure, thrown);
        assertEquals(List.of("STEP 1", "STEP 2", MAIN, "STEP 3", "UNDO 2", "UNDO 1"), stub.executed());
        assertEquals(1, thrown.getSuppressed().length);
        SQLException suppressed = (SQLException) thrown.getSuppressed()[0];
        assertTrue(suppressed.getMessage().contains("undo failed: UNDO 2"), suppressed.getMessage());
        assertEquals("42S02", suppressed.getSQLState());
        assertEquals(2, suppressed.getErrorCode());
        assertSame(undoFailure, suppressed.getCause());
    }

    @Test
    void aRuntimeFailureOfTheMainStepAlsoUndoes() {
        StatementPlan plan = plan(step("STEP 1", "UNDO 1"), Step.of(MAIN));
        IllegalStateException bug = new IllegalStateException("bug");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> new PlanRunner(stub, stub, ran -> {})
                        .run(
                                plan,
                                () -> {
                                    throw bug;
                                },
                                () -> null));
        assertSame(bug, thrown);
        assertEquals(List.of("STEP 1", "UNDO 1"), stub.executed());
    }

    @Test
    void thePreparedStatementRunsTheMainStepOnItself() throws SQLException {
        prepared(plan(Step.of("CREATE SEQUENCE T_ID_SEQ"), Step.of(MAIN))).executeUpdate();
        assertEquals(List.of("executeUpdate: " + MAIN), stub.lastPrepared().events());
    }

    // ---- guards -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "must exist {0}, catalog count {1}: runs {2}")
    @CsvSource({"false, 0, true", "false, 1, false", "true, 1, true", "true, 2, true", "true, 0, false"})
    void aGuardedStepRunsOnlyWhenTheCatalogSaysSo(boolean mustExist, long count, boolean runs) throws SQLException {
        catalogCounts(count);
        Guard guard = new Guard(Guard.ObjectType.SEQUENCE, null, "T_ID_SEQ", mustExist);
        run(plan(Step.of("CREATE SEQUENCE T_ID_SEQ").withGuard(guard), Step.of(MAIN)));
        List<String> expected = runs ? List.of("CREATE SEQUENCE T_ID_SEQ", MAIN) : List.of(MAIN);
        assertEquals(expected, executedBesidesTheCatalog());
    }

    @Test
    void theGuardAsksTheCatalogOfTheConnectedUser() throws SQLException {
        catalogSays(false);
        run(plan(
                Step.of("CREATE SEQUENCE T_ID_SEQ")
                        .withGuard(Guard.ifNotExists(Guard.ObjectType.SEQUENCE, null, "T_ID_SEQ")),
                Step.of(MAIN)));
        assertTrue(
                stub.executed().get(0).startsWith(CATALOG_OF_USER),
                stub.executed().get(0));
        assertEquals(Map.of(1, "T_ID_SEQ", 2, "S"), stub.lastPrepared().parameters());
        assertTrue(stub.lastPrepared().isClosed(), "the catalog query is closed");
    }

    @Test
    void aGuardWithASchemaAsksThatSchema() throws SQLException {
        catalogSays(true);
        run(plan(
                Step.of("DROP TABLE APP.T").withGuard(Guard.ifExists(Guard.ObjectType.TABLE, "APP", "T")),
                Step.of(MAIN)));
        assertEquals(List.of("DROP TABLE APP.T", MAIN), executedBesidesTheCatalog());
        assertEquals(Map.of(1, "APP", 2, "T", 3, "T"), stub.lastPrepared().parameters());
    }

    @Test
    void anIndexGuardAsksTheIndexCatalog() throws SQLException {
        catalogSays(false);
        run(plan(
                Step.of("CREATE INDEX T_IX ON t (id)")
                        .withGuard(Guard.ifNotExists(Guard.ObjectType.INDEX, null, "T_IX")),
                Step.of(MAIN)));
        assertTrue(
                stub.lastPrepared().sql().contains("SYSTEM_.SYS_INDICES_"),
                stub.lastPrepared().sql());
        assertEquals(Map.of(1, "T_IX"), stub.lastPrepared().parameters());
        assertEquals(List.of("CREATE INDEX T_IX ON t (id)", MAIN), executedBesidesTheCatalog());
    }

    @Test
    void aConstraintGuardAsksTheConstraintCatalogOfItsSchema() throws SQLException {
        catalogSays(false);
        run(plan(
                Step.of("ALTER TABLE APP.T DROP CONSTRAINT FK1")
                        .withGuard(Guard.ifExists(Guard.ObjectType.CONSTRAINT, "APP", "FK1")),
                Step.of(MAIN)));
        assertTrue(
                stub.lastPrepared().sql().contains("SYSTEM_.SYS_CONSTRAINTS_"),
                stub.lastPrepared().sql());
        assertTrue(
                stub.lastPrepared().sql().contains("CONSTRAINT_NAME = ?"),
                stub.lastPrepared().sql());
        assertEquals(Map.of(1, "APP", 2, "FK1"), stub.lastPrepared().parameters());
        assertEquals(List.of(MAIN), executedBesidesTheCatalog());
    }

    @Test
    void aFailingCatalogQueryUndoesLikeAFailingStep() {
        SQLException failure = new SQLException("catalog unavailable", "08S01", 3);
        stub.failOn("SYSTEM_\\.SYS_TABLES_", failure);
        StatementPlan plan = plan(
                step("STEP 1", "UNDO 1"),
                Step.of(MAIN),
                Step.of("STEP 2").withGuard(Guard.ifExists(Guard.ObjectType.TABLE, null, "T")));
        assertSame(failure, assertThrows(SQLException.class, () -> run(plan)));
        assertEquals(List.of("STEP 1", MAIN, "UNDO 1"), executedBesidesTheCatalog());
    }

    @Test
    void aFailingCatalogQueryForTheMainStepRunsNothing() {
        SQLException failure = new SQLException("catalog unavailable", "08S01", 3);
        stub.failOn("SYSTEM_\\.SYS_TABLES_", failure);
        StatementPlan plan = plan(
                step("STEP 1", "UNDO 1"), Step.of(MAIN).withGuard(Guard.ifExists(Guard.ObjectType.TABLE, null, "T")));
        assertSame(failure, assertThrows(SQLException.class, () -> run(plan)));
        assertEquals(List.of(), executedBesidesTheCatalog());
    }

    @ParameterizedTest(name = "main step runs: {0}")
    @CsvSource({"true", "false"})
    void theCompanionsOfAMainStepRunOnlyWithIt(boolean mainRuns) throws SQLException {
        catalogSays(!mainRuns);
        StatementPlan plan = plan(
                step("CREATE SEQUENCE T_ID_SEQ", "DROP SEQUENCE T_ID_SEQ"),
                Step.of(MAIN).withGuard(Guard.ifNotExists(Guard.ObjectType.TABLE, null, "T")),
                Step.of("COMMENT ON TABLE t IS 'x'"));
        long count = run(plan);
        List<String> expected =
                mainRuns ? List.of("CREATE SEQUENCE T_ID_SEQ", MAIN, "COMMENT ON TABLE t IS 'x'") : List.of();
        assertEquals(expected, executedBesidesTheCatalog());
        assertEquals(mainRuns ? MAIN_COUNT : -1L, count);
        assertEquals(
                1,
                stub.events("prepare: SELECT COUNT(*) FROM SYSTEM_").size(),
                "the main guard is checked once: " + stub.events());
    }

    // ---- a skipped main step ------------------------------------------------------------------------

    private PortablePreparedStatement guardedMain() throws SQLException {
        return prepared(plan(Step.of(MAIN).withGuard(Guard.ifExists(Guard.ObjectType.TABLE, null, "T"))));
    }

    @Test
    void aSkippedMainStepCountsAsNoRowsAndNoResult() throws SQLException {
        catalogSays(false);
        PortablePreparedStatement statement = guardedMain();
        assertEquals(0, statement.executeUpdate());
        assertEquals(0, statement.getUpdateCount());
        assertEquals(0, statement.getLargeUpdateCount());
        assertNull(statement.getResultSet());
        assertFalse(statement.execute());
        assertEquals(0L, statement.executeLargeUpdate());
        assertEquals(List.of(), executedBesidesTheCatalog());
    }

    @Test
    void aMainStepThatRunsAgainReportsItsCountAgain() throws SQLException {
        catalogSays(false);
        PortablePreparedStatement statement = guardedMain();
        statement.executeUpdate();
        catalogSays(true);
        assertEquals(MAIN_COUNT, statement.executeUpdate());
        assertEquals(MAIN_COUNT, statement.getUpdateCount());
        assertEquals(List.of(MAIN), executedBesidesTheCatalog());
    }

    @Test
    void aQueryCannotBeSkipped() {
        catalogSays(false);
        SQLException e = assertThrows(SQLException.class, () -> guardedMain().executeQuery());
        assertEquals("HY000", e.getSQLState());
    }

    // ---- batches ------------------------------------------------------------------------------------

    @Test
    void aPlanOfSeveralStepsCannotBeBatched() throws SQLException {
        PreparedStatement statement = prepared(plan(Step.of("CREATE SEQUENCE T_ID_SEQ"), Step.of(MAIN)));
        SQLException e = assertThrows(SQLFeatureNotSupportedException.class, statement::addBatch);
        assertEquals("HYC00", e.getSQLState());
        assertTrue(e.getMessage().contains(MAIN), e.getMessage());
        assertEquals(List.of(), stub.events("addBatch"));
    }

    @Test
    void aGuardedSingleStepCannotBeBatchedEither() throws SQLException {
        PreparedStatement statement = guardedMain();
        assertEquals(
                "HYC00",
                assertThrows(SQLFeatureNotSupportedException.class, statement::addBatch)
                        .getSQLState());
    }
}
