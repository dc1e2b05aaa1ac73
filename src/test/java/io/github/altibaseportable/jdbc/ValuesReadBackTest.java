package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubCallableStatement;
import io.github.altibaseportable.stub.StubPreparedStatement;
import io.github.altibaseportable.stub.StubResultSet;
import io.github.altibaseportable.stub.StubRows;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values through the driver on a stub that answers as the server's driver does: it refuses
 * {@code java.time} binds (334371) and returns {@code NUMERIC} values without their scale's zeros.
 */
class ValuesReadBackTest extends StubbedConnectionTest {
    private static final String INSERT = "INSERT INTO event (id, at) VALUES (?, ?)";
    private static final LocalDateTime WALL = LocalDateTime.of(2010, 9, 7, 10, 11, 12, 123_456_000);

    private StubRows prices() {
        return StubRows.columns("ID", "PRICE", "RATE", "ACTIVE", "AT", "NAME", "DATA")
                .declare("PRICE", Types.NUMERIC, 10, 2)
                .declare("RATE", Types.DECIMAL, 10, 1)
                .declare("ACTIVE", Types.SMALLINT, 5, 0)
                .row(
                        1,
                        new BigDecimal("16.50"),
                        new BigDecimal("16.55"),
                        (short) 1,
                        Timestamp.valueOf(WALL),
                        "a",
                        new byte[] {1, 2})
                .row(2, new BigDecimal("100.00"), new BigDecimal("-3"), (short) 0, null, null, null);
    }

    private ResultSet query() throws SQLException {
        stub.onQuery("FROM price", prices());
        ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM price");
        assertTrue(rows.next());
        return rows;
    }

    @Test
    void theStubRefusesJavaTimeAsTheServersDriverDoes() throws SQLException {
        PreparedStatement direct = stub.prepareStatement(INSERT);
        SQLException refused = assertThrows(SQLException.class, () -> direct.setObject(2, WALL));
        assertEquals(334371, refused.getErrorCode());
        assertEquals("0A000", refused.getSQLState());
    }

    @Test
    void javaTimeBindsReachAltibaseAsJavaSqlValues() throws SQLException {
        PreparedStatement insert = connection.prepareStatement(INSERT);
        StubPreparedStatement sent = stub.lastPrepared();
        insert.setInt(1, 1);
        insert.setObject(2, WALL);
        assertEquals(Timestamp.valueOf(WALL), sent.value(2));
        insert.setObject(2, LocalDate.of(2010, 9, 7));
        assertEquals(Date.valueOf("2010-09-07"), sent.value(2));
        insert.setObject(2, LocalTime.of(10, 11, 12));
        assertEquals(Time.valueOf("10:11:12").toLocalTime(), ((Time) sent.value(2)).toLocalTime());
        Instant instant = WALL.atZone(ZoneId.systemDefault()).toInstant();
        insert.setObject(2, instant);
        assertEquals(Timestamp.from(instant), sent.value(2));
        insert.setObject(2, OffsetDateTime.ofInstant(instant, ZoneId.of("UTC")), Types.TIMESTAMP_WITH_TIMEZONE);
        assertEquals(Timestamp.from(instant), sent.value(2));
        insert.setObject(2, WALL, JDBCType.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(2, WALL, Types.TIMESTAMP, 6);
        insert.setObject(2, WALL, JDBCType.TIMESTAMP, 6);
        insert.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
        insert.executeUpdate();
        assertEquals(
                List.of(
                        "setInt(1, 1)",
                        "setObject(2, 2010-09-07 10:11:12.123456)",
                        "setObject(2, 2010-09-07)",
                        "setObject(2, 10:11:12)",
                        "setObject(2, " + Timestamp.from(instant) + ")",
                        "setObject(2, " + Timestamp.from(instant) + ", 93)",
                        "setObject(2, 2010-09-07 10:11:12.123456, TIMESTAMP)",
                        "setObject(2, 2010-09-07 10:11:12.123456, 93, 6)",
                        "setObject(2, 2010-09-07 10:11:12.123456, TIMESTAMP, 6)",
                        "setNull(2, 93)"),
                sent.binds());
    }

    @Test
    void aStatementThatRunsInAnotherFormReplaysTheConvertedValues() throws SQLException {
        PreparedStatement select = connection.prepareStatement("SELECT ? FROM DUAL");
        select.setObject(1, WALL, Types.TIMESTAMP_WITH_TIMEZONE);
        select.executeQuery();
        StubPreparedStatement typed = stub.lastPrepared();
        assertEquals("SELECT CAST(? AS DATE) FROM DUAL", typed.sql());
        assertEquals(Map.of(1, Timestamp.valueOf(WALL)), typed.parameters());
        assertEquals(List.of("clearParameters", "setObject(1, 2010-09-07 10:11:12.123456, 93)"), typed.binds());
    }

    @Test
    void decimalsComeBackWithTheirColumnsScale() throws SQLException {
        ResultSet rows = query();
        assertEquals(new BigDecimal("16.5"), rows.unwrap(StubResultSet.class).getBigDecimal(2), "the server's driver");
        assertEquals(new BigDecimal("16.50"), rows.getBigDecimal(2));
        assertEquals(new BigDecimal("16.50"), rows.getBigDecimal("PRICE"));
        assertEquals(new BigDecimal("16.50"), rows.getObject(2));
        assertEquals(new BigDecimal("16.50"), rows.getObject("price"));
        assertEquals(new BigDecimal("16.50"), rows.getObject(2, BigDecimal.class));
        assertEquals(new BigDecimal("16.50"), rows.getObject("PRICE", BigDecimal.class));
        assertEquals(new BigDecimal("16.55"), rows.getBigDecimal(3), "more digits than the scale: never rounded");
        assertTrue(rows.next());
        assertEquals(new BigDecimal("100.00"), rows.getBigDecimal(2));
        assertEquals(new BigDecimal("100.00"), rows.getObject(2));
        assertEquals(new BigDecimal("-3.0"), rows.getBigDecimal(3));
        assertEquals("100.00", rows.getObject(2, BigDecimal.class).toString());
    }

    @Test
    void theScalesAreReadOncePerResultSetWhenTheFirstDecimalIs() throws SQLException {
        ResultSet rows = query();
        StubResultSet altibase = rows.unwrap(StubResultSet.class);
        rows.getObject(1);
        rows.getString(2);
        assertEquals(0, altibase.metaDataRequests(), "no decimal read yet");
        rows.getBigDecimal(2);
        rows.getObject(3);
        assertTrue(rows.next());
        rows.getBigDecimal(2);
        rows.getObject(2, BigDecimal.class);
        assertEquals(1, altibase.metaDataRequests());
    }

    @Test
    void otherColumnsAreNotTouched() throws SQLException {
        ResultSet rows = query();
        assertEquals(1, rows.getObject(1));
        assertEquals((short) 1, rows.getObject(4), "a BOOLEAN column is SMALLINT on Altibase");
        assertEquals("a", rows.getObject(6));
    }

    @Test
    void getObjectWithATypeCoversTheJdbc42Targets() throws SQLException {
        ResultSet rows = query();
        assertEquals(WALL, rows.getObject(5, LocalDateTime.class));
        assertEquals(WALL.toLocalDate(), rows.getObject("AT", LocalDate.class));
        assertEquals(WALL.toLocalTime(), rows.getObject(5, LocalTime.class));
        assertEquals(WALL.atZone(ZoneId.systemDefault()).toOffsetDateTime(), rows.getObject(5, OffsetDateTime.class));
        assertEquals(WALL.atZone(ZoneId.systemDefault()).toInstant(), rows.getObject(5, Instant.class));
        assertEquals(Timestamp.valueOf(WALL), rows.getObject(5, Timestamp.class));
        assertEquals(Date.valueOf("2010-09-07"), rows.getObject(5, Date.class));
        assertEquals(true, rows.getObject(4, Boolean.class));
        assertEquals(1, rows.getObject(4, Integer.class));
        assertEquals(1L, rows.getObject(1, Long.class));
        assertEquals((short) 1, rows.getObject(1, Short.class));
        assertEquals(16.5d, rows.getObject(2, Double.class));
        assertEquals(16.5f, rows.getObject(2, Float.class));
        assertEquals(16, rows.getObject(2, Integer.class));
        assertEquals("a", rows.getObject(6, String.class));
        assertEquals("16.5", rows.getObject(2, String.class), "getString, as the server's driver gives it");
        assertArrayEquals(new byte[] {1, 2}, rows.getObject(7, byte[].class));
        assertTrue(rows.next());
        assertEquals(false, rows.getObject("ACTIVE", Boolean.class));
        assertNull(rows.getObject(5, LocalDateTime.class));
        assertTrue(rows.wasNull());
        assertNull(rows.getObject(6, Integer.class));
        SQLException failure = assertThrows(SQLException.class, () -> rows.getObject(2, LocalDate.class));
        assertEquals("22018", failure.getSQLState());
    }

    @Test
    void outParametersComeBackWithTheirScale() throws SQLException {
        CallableStatement call = connection.prepareCall("{call price_of(?, ?, ?)}");
        StubCallableStatement sent = (StubCallableStatement) stub.lastPrepared();
        sent.declareParameterTypes(Types.INTEGER, Types.NUMERIC, Types.NUMERIC).declareParameterScales(0, 3, 2);
        call.setInt(1, 1);
        call.registerOutParameter(2, Types.NUMERIC, 2);
        call.registerOutParameter(3, Types.NUMERIC);
        call.execute();
        sent.outValue(2, new BigDecimal("16.50")).outValue(3, new BigDecimal("100.00"));
        assertEquals(new BigDecimal("16.5"), sent.getBigDecimal(2), "the server's driver");
        assertEquals(new BigDecimal("16.50"), call.getBigDecimal(2), "the scale registered");
        assertEquals(new BigDecimal("16.50"), call.getObject(2));
        assertEquals(new BigDecimal("16.50"), call.getObject(2, BigDecimal.class));
        assertEquals(new BigDecimal("100.00"), call.getBigDecimal(3), "the scale declared");
        assertEquals(100L, call.getObject(3, Long.class));
    }

    @Test
    void outDatesAsJavaTime() throws SQLException {
        CallableStatement call = connection.prepareCall("{call next_event(?)}");
        StubCallableStatement sent = (StubCallableStatement) stub.lastPrepared();
        call.registerOutParameter(1, Types.TIMESTAMP);
        call.execute();
        sent.outValue(1, Timestamp.valueOf(WALL));
        assertEquals(WALL, call.getObject(1, LocalDateTime.class));
        assertEquals(WALL.toLocalDate(), call.getObject(1, LocalDate.class));
        assertInstanceOf(Timestamp.class, call.getObject(1));
    }
}
