package io.github.altibaseportable.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Adds a rewrite's shift (such as the +1 that turns a 0-based offset into Altibase's 1-based LIMIT
 * start) to a bound value, keeping its type where it fits. Long arithmetic saturates: an offset of
 * {@code Long.MAX_VALUE} stays there, which still selects no rows.
 */
final class Shifts {
    private Shifts() {}

    static long add(long value, long shift) {
        long sum = value + shift;
        if (((value ^ sum) & (shift ^ sum)) < 0) {
            return shift > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return sum;
    }

    /** {@code value} plus {@code shift}, for numbers and numeric text; anything else unchanged. */
    static Object add(Object value, long shift) {
        if (shift == 0 || value == null) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long sum = ((Number) value).longValue() + shift;
            return sum == (int) sum ? (Object) (int) sum : (Object) sum;
        }
        if (value instanceof Long l) {
            return add((long) l, shift);
        }
        if (value instanceof BigInteger bigInteger) {
            return bigInteger.add(BigInteger.valueOf(shift));
        }
        if (value instanceof BigDecimal bigDecimal) {
            return bigDecimal.add(BigDecimal.valueOf(shift));
        }
        if (value instanceof Double d) {
            return d + shift;
        }
        if (value instanceof Float f) {
            return f + shift;
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString()).add(BigDecimal.valueOf(shift));
        }
        if (value instanceof String string) {
            return add(string, shift);
        }
        return value;
    }

    /** Numeric text plus {@code shift}, as text; other text unchanged. */
    static String add(String text, long shift) {
        if (shift == 0 || text == null) {
            return text;
        }
        String trimmed = text.trim();
        try {
            return new BigInteger(trimmed).add(BigInteger.valueOf(shift)).toString();
        } catch (NumberFormatException notInteger) {
            try {
                return new BigDecimal(trimmed).add(BigDecimal.valueOf(shift)).toPlainString();
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }
}
