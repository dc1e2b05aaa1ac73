package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An {@code INSERT ... VALUES} whose generated keys, or whose rows, the driver handles when it runs the
 * statement, once it knows which columns of the table take a sequence's next value: the table, the
 * columns the statement names, what each row gives each of them, and the columns of a PostgreSQL
 * {@code RETURNING}.
 *
 * <p>Its plan carries two {@linkplain StatementPlan#variant variants} with holes ({@link #hole}) that the
 * driver fills: {@link #APPEND_KEYS}, the single row with the key columns and values appended (for
 * batches, whose keys are drawn beforehand), and {@link #SELECT_ROWS}, several rows as
 * {@code INSERT ... SELECT ... FROM DUAL UNION ALL ...} (Altibase rejects a multi-row {@code VALUES} into a
 * table with a sequence default; docs/altibase.md, "Sequences, defaults and keys").
 */
public final class KeyedInsert implements KeysPlan {
    /** The variant for batches: {@code (cols<KEY_COLUMNS>) VALUES (vals<KEYS 0>)}. */
    public static final String APPEND_KEYS = "keys.append";
    /** The variant for several rows: {@code (cols<KEY_COLUMNS>) SELECT vals<KEYS r> FROM DUAL UNION ALL ...}. */
    public static final String SELECT_ROWS = "keys.select";
    /** The hole for {@code , key columns} after the statement's columns. */
    public static final String KEY_COLUMNS = "KEY_COLUMNS";

    private static final char HOLE = '\u0000';

    private final QualifiedName table;
    private final List<String> columns;
    private final List<List<Value>> rows;
    private final List<String> returning;
    private final int parameterCount;

    /** What a row gives a column. */
    public sealed interface Value {
        /** An application bind parameter (its 1-based number). */
        record Parameter(int number) implements Value {}

        /** A literal: a {@code Long}, {@code java.math.BigDecimal}, {@code String}, or {@code null} for {@code NULL}. */
        record Literal(Object value) implements Value {}

        /** {@code seq.NEXTVAL} or {@code NEXT VALUE FOR seq}. */
        record NextValue(QualifiedName sequence) implements Value {}

        /** The keyword {@code DEFAULT}. */
        record Default() implements Value {}

        /** Any other expression, as written. */
        record Expression(String text) implements Value {}
    }

    /**
     * @param table     the table (stored names)
     * @param columns   the columns the statement names (stored names), or {@code null} when it names none
     * @param rows      each row's values, in column order
     * @param returning the columns of {@code RETURNING} (stored names), or {@code null}
     * @param parameterCount the number of bind parameters of the statement
     */
    public KeyedInsert(
            QualifiedName table,
            List<String> columns,
            List<List<Value>> rows,
            List<String> returning,
            int parameterCount) {
        this.table = table;
        this.columns = columns == null ? null : List.copyOf(columns);
        List<List<Value>> copies = new ArrayList<>();
        for (List<Value> row : rows) {
            copies.add(List.copyOf(row));
        }
        this.rows = List.copyOf(copies);
        this.returning = returning == null ? null : List.copyOf(returning);
        this.parameterCount = parameterCount;
    }

    public QualifiedName table() {
        return table;
    }

    /** The columns the statement names, or {@code null} when it gives values for every column in table order. */
    public List<String> columns() {
        return columns;
    }

    public List<List<Value>> rows() {
        return rows;
    }

    /** The columns of {@code RETURNING}, or {@code null} when the statement has none. */
    public List<String> returning() {
        return returning;
    }

    /** The number of bind parameters the application binds. */
    public int parameterCount() {
        return parameterCount;
    }

    /** The hole for row {@code row}'s {@code , key values}. */
    public static String keysHole(int row) {
        return "KEYS " + row;
    }

    /** The hole for the type a bare {@code ?} of column {@code column} (0-based, in the statement's order) is cast to. */
    public static String typeHole(int column) {
        return "TYPE " + column;
    }

    /** The hole for a {@code DEFAULT} or a sequence's next value, at row {@code row}, column {@code column}. */
    public static String valueHole(int row, int column) {
        return "VALUE " + row + " " + column;
    }

    /** The text of hole {@code name} in a variant. */
    public static String hole(String name) {
        return HOLE + name + HOLE;
    }

    /** {@code template} with each hole replaced by what {@code fill} gives for its name. */
    public static String fill(String template, UnaryOperator<String> fill) {
        StringBuilder sql = new StringBuilder(template.length() + 32);
        int from = 0;
        int open;
        while ((open = template.indexOf(HOLE, from)) >= 0) {
            int close = template.indexOf(HOLE, open + 1);
            sql.append(template, from, open).append(fill.apply(template.substring(open + 1, close)));
            from = close + 1;
        }
        return sql.append(template, from, template.length()).toString();
    }

    @Override
    public String toString() {
        return "KeyedInsert[" + table + " " + columns + " x " + rows.size()
                + (returning == null ? "" : " returning " + returning) + "]";
    }
}
