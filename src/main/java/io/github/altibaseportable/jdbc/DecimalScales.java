package io.github.altibaseportable.jdbc;

import java.math.BigDecimal;
import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The declared scale of each {@code NUMERIC}/{@code DECIMAL} column of a result set (or parameter of a
 * call), read once from its metadata, put back on the values the Altibase driver returns without it:
 * it gives {@code 16.5} and {@code 100} for {@code 16.50} and {@code 100.00} in a {@code NUMERIC(10,2)}
 * (docs/altibase.md, "Values read back"). A value only gains zeros: one with as many fraction digits as
 * the scale, or more, is returned as it is, never rounded.
 */
final class DecimalScales {
    /** No scale to restore: the column is of another type, or its index is unknown. */
    private static final int NONE = Integer.MIN_VALUE;
    /** No column has a scale to restore. */
    static final DecimalScales EMPTY = new DecimalScales(new int[0]);

    /** The metadata of one column or parameter. */
    @FunctionalInterface
    private interface Describer {
        int typeAndScale(int index, boolean scale) throws SQLException;
    }

    private final int[] scales;

    private DecimalScales(int[] scales) {
        this.scales = scales;
    }

    /** The scales of the columns of a result set described by {@code metaData}. */
    static DecimalScales of(ResultSetMetaData metaData) throws SQLException {
        return of(
                metaData.getColumnCount(),
                (column, scale) -> scale ? metaData.getScale(column) : metaData.getColumnType(column));
    }

    /** The scales of the parameters of a statement described by {@code metaData}. */
    static DecimalScales of(ParameterMetaData metaData) throws SQLException {
        return of(
                metaData.getParameterCount(),
                (parameter, scale) -> scale ? metaData.getScale(parameter) : metaData.getParameterType(parameter));
    }

    private static DecimalScales of(int count, Describer describer) throws SQLException {
        int[] scales = new int[count];
        for (int index = 1; index <= count; index++) {
            int type = describer.typeAndScale(index, false);
            scales[index - 1] =
                    type == Types.NUMERIC || type == Types.DECIMAL ? describer.typeAndScale(index, true) : NONE;
        }
        return new DecimalScales(scales);
    }

    /** {@code value} of column {@code index} (1-based) with the column's scale when it has fewer fraction digits. */
    BigDecimal restore(int index, BigDecimal value) {
        if (value == null || index < 1 || index > scales.length) {
            return value;
        }
        int scale = scales[index - 1];
        return scale != NONE && value.scale() < scale ? value.setScale(scale) : value;
    }
}
