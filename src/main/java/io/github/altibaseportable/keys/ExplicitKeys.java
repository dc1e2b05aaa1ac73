package io.github.altibaseportable.keys;

import io.github.altibaseportable.catalog.TableColumns;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.rules.SequenceName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys one execution (or one batch) of an {@code INSERT ... VALUES} wrote explicitly into identity
 * columns that this driver gave an implicit sequence (named {@code <TABLE>_<COLUMN>_SEQ}), and, once it
 * ran, those sequences moved past the largest such key, as MySQL's {@code AUTO_INCREMENT} and HSQLDB's
 * identities move. A key that is not a literal or a bound value (an expression) is learned from the
 * column's largest value. Nothing is read or drawn when no explicit key was written.
 */
final class ExplicitKeys {
    /** The largest key written explicitly, by sequence. */
    private final Map<QualifiedName, Long> largest = new LinkedHashMap<>();
    /** The identity columns written with a value only the table can tell, by sequence. */
    private final Map<QualifiedName, Column> readLargest = new LinkedHashMap<>();

    /** A column of a table. */
    private record Column(QualifiedName table, String name) {}

    /** Notes the explicit keys of every row of {@code sources}' statement, bound to {@code binds} ({@code null}: none). */
    void add(ResolvedInsert sources, BoundRow binds) {
        KnownTable keys = sources.table();
        QualifiedName insertInto = sources.insert().table();
        for (Map.Entry<String, QualifiedName> identity : keys.sequences().entrySet()) {
            String column = identity.getKey();
            QualifiedName sequence = identity.getValue();
            if (sources.position(column) < 0
                    || !sequence.name().equals(SequenceName.storedName(insertInto.name(), column))) {
                continue;
            }
            for (int row = 0; row < sources.insert().rows().size(); row++) {
                KeyedInsert.Value value = sources.valueOf(row, column);
                Object given = KeyValues.explicit(value, binds);
                if (given == null
                        || value instanceof KeyedInsert.Value.Default
                        || value instanceof KeyedInsert.Value.NextValue) {
                    continue;
                }
                Long key = given == KeyValues.NOT_GIVEN ? null : whole(given);
                if (key == null) {
                    readLargest.put(sequence, new Column(insertInto, column));
                } else {
                    largest.merge(sequence, key, Math::max);
                }
            }
        }
    }

    /** Whether some key was written explicitly. */
    boolean any() {
        return !largest.isEmpty() || !readLargest.isEmpty();
    }

    /** Once the statement ran: moves each sequence past the largest key written into its column. */
    void moveSequences(Connection altibase, SequenceValues sequences) throws SQLException {
        for (Map.Entry<QualifiedName, Column> unknown : readLargest.entrySet()) {
            Long value = TableColumns.extreme(
                    altibase, unknown.getValue().table(), unknown.getValue().name(), true);
            if (value != null) {
                largest.merge(unknown.getKey(), value, Math::max);
            }
        }
        for (Map.Entry<QualifiedName, Long> key : largest.entrySet()) {
            sequences.movePast(key.getKey(), key.getValue());
        }
        largest.clear();
        readLargest.clear();
    }

    /** A whole-number key (a fraction rounded up), or {@code null} when {@code value} is not a number in range. */
    private static Long whole(Object value) {
        try {
            BigDecimal number;
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            } else if (value instanceof BigDecimal decimal) {
                number = decimal;
            } else if (value instanceof BigInteger integer) {
                number = new BigDecimal(integer);
            } else if (value instanceof Number other) {
                number = BigDecimal.valueOf(other.doubleValue());
            } else if (value instanceof String text) {
                number = new BigDecimal(text.trim());
            } else {
                return null;
            }
            return number.setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return null;
        }
    }
}
