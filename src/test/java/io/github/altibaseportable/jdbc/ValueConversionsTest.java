package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import javax.sql.rowset.serial.SerialBlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversion table, row by row: what a bound value becomes for Altibase, and what a value the
 * Altibase driver returns becomes for each {@code getObject(i, type)} target.
 */
class ValueConversionsTest {
    private static final LocalDateTime WALL = LocalDateTime.of(2010, 9, 7, 10, 11, 12, 123_456_000);
    private static final Timestamp STAMP = Timestamp.valueOf(WALL);
    private static final ZonedDateTime HERE = WALL.atZone(ZoneId.systemDefault());

    /** bound value | what goes to Altibase. */
    static Stream<Arguments> binds() {
        return Stream.of(
                Arguments.of(WALL, STAMP),
                Arguments.of(LocalDate.of(2010, 9, 7), Date.valueOf("2010-09-07")),
                Arguments.of(
                        LocalTime.of(10, 11, 12, 345_000_000),
                        new Time(Timestamp.valueOf("1970-01-01 10:11:12.345").getTime())),
                Arguments.of(HERE.toOffsetDateTime(), STAMP),
                Arguments.of(HERE.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(-11)), STAMP),
                Arguments.of(HERE.withZoneSameInstant(ZoneId.of("Asia/Seoul")), STAMP),
                Arguments.of(HERE.toInstant(), STAMP),
                Arguments.of("2010-09-07", "2010-09-07"),
                Arguments.of(STAMP, STAMP),
                Arguments.of(new BigDecimal("16.50"), new BigDecimal("16.50")));
    }

    @ParameterizedTest
    @MethodSource("binds")
    void bind(Object bound, Object sent) {
        Object converted = ValueConversions.toAltibase(bound);
        assertEquals(sent, converted);
        assertEquals(sent.getClass(), converted.getClass());
    }

    @Test
    void anOffsetTimeIsTheSameInstantInTheJvmsZone() {
        ZoneOffset here = ZoneId.systemDefault().getRules().getOffset(Instant.now());
        OffsetTime time = OffsetTime.of(10, 11, 12, 0, ZoneOffset.ofHours(3));
        Time sent = (Time) ValueConversions.toAltibase(time);
        assertEquals(time.withOffsetSameInstant(here).toLocalTime(), sent.toLocalTime());
    }

    @Test
    void zonedTypesBecomePlainOnes() {
        assertEquals(Types.TIMESTAMP, ValueConversions.toAltibase(Types.TIMESTAMP_WITH_TIMEZONE));
        assertEquals(Types.TIME, ValueConversions.toAltibase(Types.TIME_WITH_TIMEZONE));
        assertEquals(Types.DATE, ValueConversions.toAltibase(Types.DATE));
        assertEquals(JDBCType.TIMESTAMP, ValueConversions.toAltibase(JDBCType.TIMESTAMP_WITH_TIMEZONE));
        assertEquals(JDBCType.TIME, ValueConversions.toAltibase(JDBCType.TIME_WITH_TIMEZONE));
        assertSame(JDBCType.NUMERIC, ValueConversions.toAltibase(JDBCType.NUMERIC));
    }

    /** what the Altibase driver returned | target | what the application gets. */
    static Stream<Arguments> reads() {
        return Stream.of(
                // DATE columns come back as Timestamp
                Arguments.of(STAMP, LocalDateTime.class, WALL),
                Arguments.of(STAMP, LocalDate.class, LocalDate.of(2010, 9, 7)),
                Arguments.of(STAMP, LocalTime.class, LocalTime.of(10, 11, 12, 123_456_000)),
                Arguments.of(STAMP, OffsetDateTime.class, HERE.toOffsetDateTime()),
                Arguments.of(STAMP, OffsetTime.class, HERE.toOffsetDateTime().toOffsetTime()),
                Arguments.of(STAMP, ZonedDateTime.class, HERE),
                Arguments.of(STAMP, Instant.class, HERE.toInstant()),
                Arguments.of(STAMP, Date.class, Date.valueOf("2010-09-07")),
                Arguments.of(
                        STAMP,
                        Time.class,
                        new Time(Timestamp.valueOf("1970-01-01 10:11:12.123").getTime())),
                Arguments.of(STAMP, Timestamp.class, STAMP),
                Arguments.of(Date.valueOf("2010-09-07"), LocalDate.class, LocalDate.of(2010, 9, 7)),
                Arguments.of(Date.valueOf("2010-09-07"), LocalDateTime.class, LocalDateTime.of(2010, 9, 7, 0, 0)),
                Arguments.of(Date.valueOf("2010-09-07"), Timestamp.class, Timestamp.valueOf("2010-09-07 00:00:00")),
                Arguments.of("2010-09-07", LocalDate.class, LocalDate.of(2010, 9, 7)),
                Arguments.of("2010-09-07 10:11:12.123456", LocalDateTime.class, WALL),
                // numbers
                Arguments.of(new BigDecimal("16.50"), BigDecimal.class, new BigDecimal("16.50")),
                Arguments.of(new BigDecimal("42"), Integer.class, 42),
                Arguments.of(new BigDecimal("42.9"), Integer.class, 42),
                Arguments.of(new BigDecimal("-42.9"), Long.class, -42L),
                Arguments.of(new BigDecimal("9000000000"), Long.class, 9_000_000_000L),
                Arguments.of((short) 7, Integer.class, 7),
                Arguments.of(7, Long.class, 7L),
                Arguments.of(7L, Short.class, (short) 7),
                Arguments.of(7, Byte.class, (byte) 7),
                Arguments.of(7, BigDecimal.class, new BigDecimal("7")),
                Arguments.of(2.5d, BigDecimal.class, new BigDecimal("2.5")),
                Arguments.of(new BigDecimal("2.5"), Double.class, 2.5d),
                Arguments.of(new BigDecimal("2.5"), Float.class, 2.5f),
                Arguments.of(2.5f, Double.class, 2.5d),
                Arguments.of(" 12 ", Integer.class, 12),
                Arguments.of("12.75", BigDecimal.class, new BigDecimal("12.75")),
                // booleans stored as SMALLINT 1/0
                Arguments.of((short) 1, Boolean.class, true),
                Arguments.of((short) 0, Boolean.class, false),
                Arguments.of(new BigDecimal("0.0"), Boolean.class, false),
                Arguments.of(2, Boolean.class, true),
                Arguments.of("1", Boolean.class, true),
                Arguments.of("false", Boolean.class, false),
                Arguments.of("T", Boolean.class, true),
                Arguments.of(true, Integer.class, 1),
                Arguments.of(false, Short.class, (short) 0));
    }

    @ParameterizedTest
    @MethodSource("reads")
    void read(Object returned, Class<?> target, Object expected) throws SQLException {
        assertTrue(ValueConversions.covers(target));
        Object read = ValueConversions.read(returned, target, 1);
        assertEquals(expected, read);
        assertEquals(expected.getClass(), read.getClass());
    }

    @Test
    void nullStaysNull() throws SQLException {
        assertEquals(null, ValueConversions.read(null, LocalDate.class, 1));
        assertEquals(null, ValueConversions.toAltibase(null));
    }

    @Test
    void bytesFromBlobsAndBytes() throws SQLException {
        byte[] bytes = {1, 2, 3};
        assertArrayEquals(bytes, ValueConversions.read(new SerialBlob(bytes), byte[].class, 1));
        assertSame(bytes, ValueConversions.read(bytes, byte[].class, 1));
    }

    @Test
    void whatIsNotCoveredIsTheAltibaseDriversToAnswer() {
        assertFalse(ValueConversions.covers(java.sql.Blob.class));
        assertFalse(ValueConversions.covers(Object.class));
        assertFalse(ValueConversions.covers(String.class));
    }

    /** what the Altibase driver returned | target | SQLState. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("abc", Integer.class, "22018"),
                Arguments.of("maybe", Boolean.class, "22018"),
                Arguments.of("not a date", LocalDate.class, "22018"),
                Arguments.of(42, LocalDate.class, "22018"),
                Arguments.of("x", byte[].class, "22018"),
                Arguments.of(STAMP, Integer.class, "22018"),
                Arguments.of(new BigDecimal("3000000000"), Integer.class, "22003"),
                Arguments.of(40_000, Short.class, "22003"),
                Arguments.of(300, Byte.class, "22003"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failure(Object returned, Class<?> target, String sqlState) {
        SQLException failure = assertThrows(SQLException.class, () -> ValueConversions.read(returned, target, 3));
        assertEquals(sqlState, failure.getSQLState());
        assertTrue(failure.getMessage().contains(" 3 "), failure.getMessage());
    }
}
