package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.SQLType;
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
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;

/**
 * The one table of conversions between the values applications use (JDBC 4.2) and those every
 * Altibase JDBC driver takes and gives, in both directions. Altibase drivers refuse {@code java.time}
 * values in {@code setObject} (334371, "Unsupported feature") and older ones have no
 * {@code getObject(int, Class)} at all (docs/altibase.md, "Values read back"); Altibase has one
 * datetime type, {@code DATE}, without a time zone.
 *
 * <table>
 * <caption>Binds</caption>
 * <tr><th>bound</th><th>sent to Altibase</th></tr>
 * <tr><td>{@code LocalDateTime}</td><td>{@code Timestamp} of the same wall-clock time</td></tr>
 * <tr><td>{@code LocalDate}</td><td>{@code java.sql.Date}</td></tr>
 * <tr><td>{@code LocalTime}, {@code OffsetTime}</td><td>{@code java.sql.Time} (milliseconds kept; an
 *   offset's time moved to the JVM's zone)</td></tr>
 * <tr><td>{@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant}</td><td>{@code Timestamp} of the
 *   same instant, in the JVM's zone</td></tr>
 * <tr><td>type {@code TIMESTAMP_WITH_TIMEZONE}, {@code TIME_WITH_TIMEZONE}</td><td>{@code TIMESTAMP},
 *   {@code TIME}</td></tr>
 * </table>
 *
 * <p>Reads ({@link #read}): {@code getObject(i, type)} for {@link #covers covered} targets (and
 * {@code String}, which is {@code getString}) is computed
 * from the driver's {@code getObject(i)}: datetimes from its {@code Timestamp} (an instant in the JVM's
 * zone), numbers exactly (a fraction cut off toward zero for whole-number targets, out of range:
 * 22003), booleans from numbers (non-zero is true) and from {@code 1}/{@code 0}/{@code true}/{@code false}
 * text, {@code byte[]} from a {@code Blob} too. What cannot be converted: 22018.
 */
final class ValueConversions {
    /** The day {@code java.sql.Time} values fall on. */
    private static final LocalDate TIME_DAY = LocalDate.of(1970, 1, 1);

    private static final Set<Class<?>> READ_TARGETS = Set.of(
            BigDecimal.class,
            Boolean.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            byte[].class,
            Date.class,
            Time.class,
            Timestamp.class,
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            ZonedDateTime.class,
            Instant.class);

    private ValueConversions() {}

    // ---- binds ------------------------------------------------------------------------------------

    /** {@code value} as Altibase drivers take it: a {@code java.time} value converted, anything else as it is. */
    static Object toAltibase(Object value) {
        if (!(value instanceof Temporal) && !(value instanceof OffsetTime)) {
            return value;
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local);
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof LocalTime time) {
            return time(time);
        }
        if (value instanceof OffsetTime time) {
            return time(
                    time.withOffsetSameInstant(ZoneId.systemDefault().getRules().getOffset(Instant.now()))
                            .toLocalTime());
        }
        if (value instanceof OffsetDateTime offset) {
            return Timestamp.from(offset.toInstant());
        }
        if (value instanceof ZonedDateTime zoned) {
            return Timestamp.from(zoned.toInstant());
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value;
    }

    /** {@code sqlType} as Altibase drivers take it: the zoned datetime types become the plain ones. */
    static int toAltibase(int sqlType) {
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return Types.TIMESTAMP;
        }
        return sqlType == Types.TIME_WITH_TIMEZONE ? Types.TIME : sqlType;
    }

    /** {@code sqlType} as Altibase drivers take it (see {@link #toAltibase(int)}); {@code null} stays {@code null}. */
    static SQLType toAltibase(SQLType sqlType) {
        if (sqlType == java.sql.JDBCType.TIMESTAMP_WITH_TIMEZONE) {
            return java.sql.JDBCType.TIMESTAMP;
        }
        return sqlType == java.sql.JDBCType.TIME_WITH_TIMEZONE ? java.sql.JDBCType.TIME : sqlType;
    }

    private static Time time(LocalTime time) {
        return new Time(Timestamp.valueOf(LocalDateTime.of(TIME_DAY, time)).getTime());
    }

    // ---- reads ------------------------------------------------------------------------------------

    /** Whether {@link #read} converts to {@code type}; other types are the Altibase driver's to answer. */
    static boolean covers(Class<?> type) {
        return READ_TARGETS.contains(type);
    }

    /**
     * {@code value}, what the Altibase driver's {@code getObject} gave for column or parameter
     * {@code index}, as a {@code type} ({@link #covers covered}); {@code null} stays {@code null}.
     */
    static <T> T read(Object value, Class<T> type, int index) throws SQLException {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        return type.cast(convert(value, type, index));
    }

    private static Object convert(Object value, Class<?> type, int index) throws SQLException {
        if (type == Boolean.class) {
            return bool(value, index);
        }
        if (Number.class.isAssignableFrom(type)) {
            return number(decimal(value, type, index), type, index);
        }
        if (type == byte[].class) {
            if (value instanceof Blob blob) {
                return blob.getBytes(1, Math.toIntExact(blob.length()));
            }
            throw cannot(value, type, index);
        }
        LocalDateTime local = localDateTime(value, type, index);
        if (type == LocalDateTime.class) {
            return local;
        }
        if (type == LocalDate.class) {
            return local.toLocalDate();
        }
        if (type == LocalTime.class) {
            return local.toLocalTime();
        }
        if (type == Date.class) {
            return Date.valueOf(local.toLocalDate());
        }
        if (type == Time.class) {
            return time(local.toLocalTime());
        }
        if (type == Timestamp.class) {
            return Timestamp.valueOf(local);
        }
        ZonedDateTime zoned = local.atZone(ZoneId.systemDefault());
        if (type == Instant.class) {
            return zoned.toInstant();
        }
        if (type == OffsetDateTime.class) {
            return zoned.toOffsetDateTime();
        }
        if (type == OffsetTime.class) {
            return zoned.toOffsetDateTime().toOffsetTime();
        }
        return zoned;
    }

    private static Boolean bool(Object value, int index) throws SQLException {
        if (value instanceof Number) {
            return decimal(value, Boolean.class, index).signum() != 0;
        }
        if (value instanceof String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "1", "true", "t", "y", "yes":
                    return true;
                case "0", "false", "f", "n", "no":
                    return false;
                default:
                    break;
            }
        }
        throw cannot(value, Boolean.class, index);
    }

    private static BigDecimal decimal(Object value, Class<?> type, int index) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        try {
            if (value instanceof Double || value instanceof Float) {
                return new BigDecimal(value.toString());
            }
            if (value instanceof String text) {
                return new BigDecimal(text.trim());
            }
        } catch (NumberFormatException notANumber) {
            throw cannot(value, type, index);
        }
        if (value instanceof Boolean bool) {
            return bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        throw cannot(value, type, index);
    }

    private static Number number(BigDecimal decimal, Class<?> type, int index) throws SQLException {
        if (type == BigDecimal.class) {
            return decimal;
        }
        if (type == Double.class) {
            return decimal.doubleValue();
        }
        if (type == Float.class) {
            return decimal.floatValue();
        }
        BigInteger whole = decimal.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        try {
            if (type == Long.class) {
                return whole.longValueExact();
            }
            if (type == Integer.class) {
                return whole.intValueExact();
            }
            if (type == Short.class) {
                return whole.shortValueExact();
            }
            return whole.byteValueExact();
        } catch (ArithmeticException outOfRange) {
            throw SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception(
                    "value " + decimal + " of column or parameter " + index + " is out of the range of "
                            + type.getSimpleName(),
                    outOfRange);
        }
    }

    @SuppressWarnings("JavaUtilDate") // what JDBC hands over is converted to java.time here
    private static LocalDateTime localDateTime(Object value, Class<?> type, int index) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.util.Date date) {
            return new Timestamp(date.getTime()).toLocalDateTime();
        }
        if (value instanceof String text) {
            try {
                String trimmed = text.trim();
                return trimmed.length() == 10
                        ? LocalDate.parse(trimmed).atStartOfDay()
                        : Timestamp.valueOf(trimmed).toLocalDateTime();
            } catch (IllegalArgumentException | java.time.DateTimeException notADate) {
                throw cannot(value, type, index);
            }
        }
        throw cannot(value, type, index);
    }

    private static SQLException cannot(Object value, Class<?> type, int index) {
        return SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception(
                "the " + value.getClass().getSimpleName() + " of column or parameter " + index + " cannot be read as "
                        + type.getName());
    }
}
