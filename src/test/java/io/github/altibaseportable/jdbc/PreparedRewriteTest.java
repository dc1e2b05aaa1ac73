package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.Step;
import io.github.altibaseportable.stub.StubCallableStatement;
import io.github.altibaseportable.stub.StubPreparedStatement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.CallableStatement;
import java.sql.JDBCType;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prepared statements through the paging rewrite: the stub is prepared with Altibase's
 * {@code LIMIT start, count}, and each bind reaches its new position, the 0-based offset plus 1.
 */
class PreparedRewriteTest extends StubbedConnectionTest {
    /** Application parameter 1 (count) goes to position 2; parameter 2 (offset) to position 1, plus 1. */
    private static final String PAGED = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";

    private static final String PAGED_REWRITTEN = "SELECT id FROM t ORDER BY id LIMIT ?, ?";
    private static final int COUNT = 1;
    private static final int OFFSET = 2;

    private PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    private StubPreparedStatement sent() {
        return stub.lastPrepared();
    }

    /** A bind call on the application's statement. */
    interface Bind {
        void apply(PreparedStatement statement, int index) throws SQLException;
    }

    /** Binding the value 20 with {@code bind} sends {@code raw} where not shifted and {@code shifted} (as {@code event}) at the offset. */
    private static Arguments twenty(String label, Bind bind, Object raw, Object shifted, String event) {
        return Arguments.of(label, bind, raw, shifted, event);
    }

    static Stream<Arguments> bindsOfTwenty() {
        return Stream.of(
                twenty("setInt", (s, i) -> s.setInt(i, 20), 20, 21, "setInt(1, 21)"),
                twenty("setLong", (s, i) -> s.setLong(i, 20L), 20L, 21L, "setLong(1, 21)"),
                twenty("setShort", (s, i) -> s.setShort(i, (short) 20), (short) 20, 21, "setInt(1, 21)"),
                twenty("setByte", (s, i) -> s.setByte(i, (byte) 20), (byte) 20, 21, "setInt(1, 21)"),
                twenty("setDouble", (s, i) -> s.setDouble(i, 20.0), 20.0, 21.0, "setDouble(1, 21.0)"),
                twenty("setFloat", (s, i) -> s.setFloat(i, 20f), 20f, 21f, "setFloat(1, 21.0)"),
                twenty(
                        "setBigDecimal",
                        (s, i) -> s.setBigDecimal(i, new BigDecimal("20")),
                        new BigDecimal("20"),
                        new BigDecimal("21"),
                        "setBigDecimal(1, 21)"),
                twenty("setString", (s, i) -> s.setString(i, "20"), "20", "21", "setString(1, \"21\")"),
                twenty("setNString", (s, i) -> s.setNString(i, "20"), "20", "21", "setNString(1, \"21\")"),
                twenty("setObject(Integer)", (s, i) -> s.setObject(i, 20), 20, 21, "setObject(1, 21)"),
                twenty("setObject(Long)", (s, i) -> s.setObject(i, 20L), 20L, 21L, "setObject(1, 21)"),
                twenty(
                        "setObject(BigDecimal)",
                        (s, i) -> s.setObject(i, new BigDecimal("20")),
                        new BigDecimal("20"),
                        new BigDecimal("21"),
                        "setObject(1, 21)"),
                twenty(
                        "setObject(BigInteger)",
                        (s, i) -> s.setObject(i, BigInteger.valueOf(20)),
                        BigInteger.valueOf(20),
                        BigInteger.valueOf(21),
                        "setObject(1, 21)"),
                twenty("setObject(String)", (s, i) -> s.setObject(i, "20"), "20", "21", "setObject(1, \"21\")"),
                twenty(
                        "setObject(x, INTEGER)",
                        (s, i) -> s.setObject(i, 20, Types.INTEGER),
                        20,
                        21,
                        "setObject(1, 21, 4)"),
                twenty(
                        "setObject(x, VARCHAR)",
                        (s, i) -> s.setObject(i, "20", Types.VARCHAR),
                        "20",
                        "21",
                        "setObject(1, \"21\", 12)"),
                twenty(
                        "setObject(x, NUMERIC, 0)",
                        (s, i) -> s.setObject(i, 20L, Types.NUMERIC, 0),
                        20L,
                        21L,
                        "setObject(1, 21, 2, 0)"),
                twenty(
                        "setObject(x, JDBCType.INTEGER)",
                        (s, i) -> s.setObject(i, 20, JDBCType.INTEGER),
                        20,
                        21,
                        "setObject(1, 21, INTEGER)"),
                twenty(
                        "setObject(x, JDBCType.BIGINT, 0)",
                        (s, i) -> s.setObject(i, 20L, JDBCType.BIGINT, 0),
                        20L,
                        21L,
                        "setObject(1, 21, BIGINT, 0)"));
    }

    @Test
    void theStubIsPreparedWithAltibasePaging() throws SQLException {
        prepare(PAGED);
        assertEquals(List.of(PAGED_REWRITTEN), stub.prepared());
    }

    @Test
    void setIntGoesToTheNewPositionsWithTheOffsetPlusOne() throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        statement.setInt(COUNT, 10);
        statement.setInt(OFFSET, 20);
        assertEquals(List.of("setInt(2, 10)", "setInt(1, 21)"), sent().binds());
        statement.executeQuery();
        assertEquals(List.of(PAGED_REWRITTEN), stub.executed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bindsOfTwenty")
    void eachNumericBindIsShiftedAtTheOffsetOnly(String label, Bind bind, Object raw, Object shifted, String event)
            throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        bind.apply(statement, COUNT);
        bind.apply(statement, OFFSET);
        assertEquals(raw, sent().value(2), "the count is bound unchanged, with the same method");
        assertEquals(shifted, sent().value(1));
        assertEquals(event, sent().binds().get(1));
    }

    @Test
    void anIntOffsetThatOverflowsIsBoundAsLong() throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        statement.setInt(OFFSET, Integer.MAX_VALUE);
        statement.setObject(OFFSET, Integer.MAX_VALUE);
        assertEquals(List.of("setLong(1, 2147483648)", "setObject(1, 2147483648)"), sent().binds());
        assertEquals(2147483648L, sent().value(1));
    }

    @Test
    void aLongOffsetSaturates() throws SQLException {
        prepare(PAGED).setLong(OFFSET, Long.MAX_VALUE);
        assertEquals(List.of("setLong(1, 9223372036854775807)"), sent().binds());
    }

    @Test
    void nullAndNonNumericTextPassThroughUnshifted() throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        statement.setNull(OFFSET, Types.INTEGER);
        statement.setNull(COUNT, Types.INTEGER, "INTEGER");
        statement.setString(OFFSET, "many");
        statement.setObject(OFFSET, null);
        assertEquals(
                List.of("setNull(1, 4)", "setNull(2, 4, \"INTEGER\")", "setString(1, \"many\")", "setObject(1, null)"),
                sent().binds());
    }

    @Test
    void parametersBeforeThePagingClauseKeepTheirPlace() throws SQLException {
        PreparedStatement statement = prepare("SELECT id FROM t WHERE a = ? AND b > ? ORDER BY id LIMIT ? OFFSET ?");
        assertEquals("SELECT id FROM t WHERE a = ? AND b > ? ORDER BY id LIMIT ?, ?", sent().sql());
        statement.setString(1, "x");
        statement.setInt(2, 7);
        statement.setInt(3, 10);
        statement.setInt(4, 20);
        assertEquals(Map.of(1, "x", 2, 7, 3, 21, 4, 10), sent().parameters());
    }

    @Test
    void clearParametersThenRebinding() throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        statement.setInt(COUNT, 10);
        statement.setInt(OFFSET, 20);
        statement.clearParameters();
        assertEquals(Map.of(), sent().parameters());
        statement.setInt(COUNT, 5);
        statement.setInt(OFFSET, 0);
        assertEquals(Map.of(1, 1, 2, 5), sent().parameters());
        assertEquals(
                List.of("setInt(2, 10)", "setInt(1, 21)", "clearParameters", "setInt(2, 5)", "setInt(1, 1)"),
                sent().binds());
    }

    @Test
    void batchesCarryTheMappedParameters() throws SQLException {
        String insert = "INSERT INTO archived (id) SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
        String rewritten = "INSERT INTO archived (id) SELECT id FROM t ORDER BY id LIMIT ?, ?";
        stub.onUpdate("^INSERT INTO archived", 3);
        PreparedStatement statement = prepare(insert);
        statement.setInt(COUNT, 10);
        statement.setInt(OFFSET, 0);
        statement.addBatch();
        statement.setLong(COUNT, 5);
        statement.setLong(OFFSET, 100);
        statement.addBatch();
        assertArrayEquals(new int[] {3, 3}, statement.executeBatch());
        assertEquals(List.of(Map.of(1, 1, 2, 10), Map.of(1, 101L, 2, 5L)), sent().batched());
        assertEquals(List.of(rewritten, rewritten), stub.executed());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3})
    void anIndexOutOfRangeIsRefusedBeforeTheStub(int index) throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        List<Bind> binds = List.of(
                (s, i) -> s.setInt(i, 1),
                (s, i) -> s.setLong(i, 1),
                (s, i) -> s.setObject(i, 1),
                (s, i) -> s.setString(i, "1"),
                (s, i) -> s.setNull(i, Types.INTEGER),
                (s, i) -> s.setShort(i, (short) 1),
                (s, i) -> s.setBoolean(i, true));
        for (Bind bind : binds) {
            SQLException e = assertThrows(SQLException.class, () -> bind.apply(statement, index));
            assertEquals("07009", e.getSQLState(), e.getMessage());
        }
        assertEquals(List.of(), sent().binds());
    }

    @Test
    void parameterMetaDataUsesTheApplicationsNumbering() throws SQLException {
        PreparedStatement statement = prepare(PAGED);
        sent().declareParameterTypes(Types.BIGINT, Types.INTEGER);
        ParameterMetaData metaData = statement.getParameterMetaData();
        assertEquals(2, metaData.getParameterCount());
        assertEquals(Types.INTEGER, metaData.getParameterType(COUNT));
        assertEquals(Types.BIGINT, metaData.getParameterType(OFFSET));
        assertEquals("BIGINT", metaData.getParameterTypeName(OFFSET));
        assertEquals(
                "07009",
                assertThrows(SQLException.class, () -> metaData.getParameterType(3))
                        .getSQLState());
    }

    @Test
    void aStatementNeedingNoRewriteIsPassedAsWrittenAndBindsGoStraightThrough() throws SQLException {
        String sql = "select  id /* LIMIT ? OFFSET ? */ from T where A = ?  -- offset\n";
        PreparedStatement statement = prepare(sql);
        assertEquals(sql, sent().sql());
        statement.setInt(1, 5);
        statement.setShort(1, (short) 6);
        statement.setString(1, "20");
        assertEquals(List.of("setInt(1, 5)", "setShort(1, 6)", "setString(1, \"20\")"), sent().binds());
        assertEquals(1, statement.getParameterMetaData().getParameterCount());
    }

    @Test
    void nativeSqlShowsTheRewrite() throws SQLException {
        assertEquals(PAGED_REWRITTEN, connection.nativeSQL(PAGED));
        assertEquals("SELECT id FROM t", connection.nativeSQL("SELECT id FROM t"));
        assertEquals(List.of(), stub.executed());
    }

    @Test
    void callableStatementsMapParametersAndOutParameters() throws SQLException {
        CallableStatement call = connection.prepareCall(PAGED);
        assertEquals(PAGED_REWRITTEN, sent().sql());
        call.setInt(OFFSET, 4);
        call.registerOutParameter(COUNT, Types.INTEGER);
        assertEquals(List.of("setInt(1, 5)", "registerOutParameter(2, 4)"), sent().binds());
        sent().unwrap(StubCallableStatement.class).outValue(2, 42);
        call.execute();
        assertEquals(42, call.getInt(COUNT));
        assertEquals(List.of(PAGED_REWRITTEN), stub.executed());
    }

    // ---- a plan built by hand: a parameter the rewritten statement no longer has --------------------

    /** Application parameters x, y, z; the rewrite keeps x and z, and adds 5 to z. */
    private PreparedStatement preparedWithDroppedParameter() throws SQLException {
        StatementPlan plan = StatementPlan.rewritten(
                "SELECT a FROM t WHERE x = ? AND y = ? AND z = ?",
                List.of(Step.of("SELECT a FROM t WHERE x = ? AND z = ?")),
                0,
                ParameterMapping.of(3, new int[] {1, 3}, new long[] {0, 5}),
                "test");
        return new PortablePreparedStatement(harness.connection(), stub.prepareStatement(plan.sql()), plan);
    }

    @Test
    void aDroppedParameterIsCountedButNotSent() throws SQLException {
        PreparedStatement statement = preparedWithDroppedParameter();
        statement.setInt(1, 1);
        statement.setInt(2, 2);
        statement.setInt(3, 3);
        assertEquals(List.of("setInt(1, 1)", "setInt(2, 8)"), sent().binds());
        ParameterMetaData metaData = statement.getParameterMetaData();
        assertEquals(3, metaData.getParameterCount());
        assertEquals(2, sent().parameterCount());
        assertEquals(
                "07009",
                assertThrows(SQLException.class, () -> metaData.getParameterType(2))
                        .getSQLState());
    }
}
