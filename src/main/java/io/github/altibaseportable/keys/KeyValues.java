package io.github.altibaseportable.keys;

import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;

/** What a row's value of a key column is, when the statement itself says it. */
final class KeyValues {
    /** What {@link #explicit} answers for a value the statement does not give. */
    static final Object NOT_GIVEN = new Object();

    private KeyValues() {}

    /** The value the statement gives ({@code null} included), or {@link #NOT_GIVEN}. */
    static Object explicit(KeyedInsert.Value value, BoundRow binds) {
        if (value instanceof KeyedInsert.Value.Literal literal) {
            return literal.value();
        }
        if (value instanceof KeyedInsert.Value.Parameter parameter && binds != null) {
            return binds.value(parameter.number());
        }
        return NOT_GIVEN;
    }

    /** Whether the statement gives the value itself: a literal or a bind parameter. */
    static boolean isGiven(KeyedInsert.Value value) {
        return value instanceof KeyedInsert.Value.Literal || value instanceof KeyedInsert.Value.Parameter;
    }

    /**
     * The sequence whose next value {@code column} takes when a row gives it {@code value} (no value,
     * {@code DEFAULT} or {@code seq.NEXTVAL}), or {@code null}.
     */
    static QualifiedName sequence(KnownTable table, String column, KeyedInsert.Value value) {
        if (value == null || value instanceof KeyedInsert.Value.Default) {
            return table.sequences().get(column);
        }
        return value instanceof KeyedInsert.Value.NextValue next ? next.sequence() : null;
    }

    /** Why a key value cannot be known. */
    static String whyUnknown(KeyedInsert.Value value) {
        return value == null || value instanceof KeyedInsert.Value.Default
                ? "the INSERT gives it no value and its default is not a sequence's NEXTVAL"
                : "its value is an expression";
    }

    /** The result set type of a key column: the column's, or else what the value is. */
    static int type(KnownTable table, String column, Object value) {
        int type = table.jdbcType(column);
        if (type != Types.OTHER) {
            return type;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return Types.BIGINT;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Types.INTEGER;
        }
        if (value instanceof BigDecimal) {
            return Types.NUMERIC;
        }
        return value instanceof String ? Types.VARCHAR : Types.JAVA_OBJECT;
    }
}
