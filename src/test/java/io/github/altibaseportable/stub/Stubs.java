package io.github.altibaseportable.stub;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers shared by the stub classes. */
final class Stubs {
    private static final Pattern LEADING_NOISE =
            Pattern.compile("^(\\s+|\\(|--[^\\n]*(\\n|$)|/\\*.*?\\*/)+", Pattern.DOTALL);

    private Stubs() {}

    /** The error of a method the stub does not implement. */
    static SQLFeatureNotSupportedException unsupported(String method) {
        return new SQLFeatureNotSupportedException("the stub driver does not implement " + method, "0A000");
    }

    /** A bound value as the event log shows it: text in double quotes, numbers plain, types by name. */
    static String render(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value instanceof BigDecimal bigDecimal) {
            return bigDecimal.toPlainString();
        }
        if (value instanceof SQLType sQLType) {
            return sQLType.getName();
        }
        if (value instanceof byte[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(value);
    }

    /** The number of {@code ?} parameter markers, outside literals, quoted names and comments. */
    static int countParameters(String sql) {
        int count = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                i = close < 0 ? sql.length() : close + 1;
            } else if (sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? sql.length() : newline + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                if (c == '?') {
                    count++;
                }
                i++;
            }
        }
        return count;
    }

    /**
     * Refuses what the server's driver refuses in {@code setObject} and {@code setArray}: a
     * {@code java.time} value, with 334371 (0A000) "Unsupported feature" (docs/altibase.md, "Values read
     * back"), and an array (Altibase has no array type; that its driver refuses one is assumed, not checked
     * on a server).
     */
    static void refuseUnsupportedBind(Object value) throws SQLException {
        if (value instanceof Temporal || value instanceof OffsetTime || value instanceof java.sql.Array) {
            throw new SQLException("Unsupported feature: " + value.getClass().getName(), "0A000", 334371);
        }
    }

    /**
     * A {@code NUMERIC}/{@code DECIMAL} value as the server's driver returns it: without its scale's
     * trailing zeros ({@code 16.5} and {@code 100} for {@code 16.50} and {@code 100.00}; docs/altibase.md,
     * "Values read back").
     */
    static Object asServerReturns(Object value) {
        if (!(value instanceof BigDecimal decimal)) {
            return value;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether {@code sql} returns rows when nothing is scripted for it: it starts with SELECT, WITH or VALUES. */
    static boolean looksLikeQuery(String sql) {
        String head = LEADING_NOISE.matcher(sql).replaceFirst("").toUpperCase(Locale.ROOT);
        return head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("VALUES");
    }
}
