package io.github.altibaseportable.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.time.temporal.Temporal;

/** The {@code java.sql.Types} code a bound Java value stands for, as JDBC's {@code setObject} maps it. */
final class SqlTypes {
    private SqlTypes() {}

    /** The type of {@code value}; {@code Types.OTHER} for {@code null} and classes JDBC has no type for. */
    static int of(Object value) {
        if (value instanceof String || value instanceof Character) {
            return Types.VARCHAR;
        }
        if (value instanceof Integer) {
            return Types.INTEGER;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return value instanceof Long ? Types.BIGINT : Types.NUMERIC;
        }
        if (value instanceof Short || value instanceof Byte) {
            return Types.SMALLINT;
        }
        if (value instanceof BigDecimal) {
            return Types.NUMERIC;
        }
        if (value instanceof Double) {
            return Types.DOUBLE;
        }
        if (value instanceof Float) {
            return Types.REAL;
        }
        if (value instanceof Boolean) {
            return Types.BOOLEAN;
        }
        if (value instanceof java.util.Date || value instanceof Temporal) {
            return Types.TIMESTAMP;
        }
        if (value instanceof byte[]) {
            return Types.VARBINARY;
        }
        return Types.OTHER;
    }
}
