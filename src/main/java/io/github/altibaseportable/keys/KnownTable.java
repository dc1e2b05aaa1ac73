package io.github.altibaseportable.keys;

import io.github.altibaseportable.catalog.TableColumns;
import io.github.altibaseportable.rewrite.IdentityColumns;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the driver knows of one table for generated keys: which columns take a sequence's next value
 * (with their sequences), and, when it was read from the catalog, every column in order with its type.
 * Learned from a {@code CREATE TABLE} this driver rewrote (columns unknown) or from the catalog.
 */
final class KnownTable {
    private final List<TableColumns.Column> columns;
    private final Map<String, QualifiedName> sequences;

    private KnownTable(List<TableColumns.Column> columns, Map<String, QualifiedName> sequences) {
        this.columns = columns == null ? null : List.copyOf(columns);
        this.sequences = Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
    }

    /** From the catalog's columns of the table. */
    static KnownTable fromCatalog(List<TableColumns.Column> columns) {
        Map<String, QualifiedName> sequences = new LinkedHashMap<>();
        for (TableColumns.Column column : columns) {
            if (column.sequence() != null) {
                sequences.put(column.name(), column.sequence());
            }
        }
        return new KnownTable(columns, sequences);
    }

    /** From a {@code CREATE TABLE} this driver rewrote: the sequence columns only. */
    static KnownTable fromDdl(IdentityColumns identity) {
        return new KnownTable(null, identity.sequences());
    }

    /** Whether the table was found (the catalog has no columns for views, synonyms, or a table that is not there). */
    boolean found() {
        return columns == null || !columns.isEmpty();
    }

    /** Whether every column is known, with its type (read from the catalog). */
    boolean knowsColumns() {
        return columns != null;
    }

    /** The columns whose default is a sequence's next value, in column order, with their sequences. */
    Map<String, QualifiedName> sequences() {
        return sequences;
    }

    /** The stored names of the columns in order; only when {@link #knowsColumns()}. */
    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (TableColumns.Column column : columns) {
            names.add(column.name());
        }
        return names;
    }

    /** The column called {@code name}, or {@code null} (also when the columns are not known). */
    private TableColumns.Column column(String name) {
        if (columns != null) {
            for (TableColumns.Column column : columns) {
                if (column.name().equals(name)) {
                    return column;
                }
            }
        }
        return null;
    }

    /**
     * The type a bind parameter of {@code name} is cast to in a select list ({@code CAST(? AS type)}), or
     * {@code null} when it has none (unknown column, spatial type).
     */
    String castType(String name) {
        TableColumns.Column column = column(name);
        if (column == null) {
            return null;
        }
        int p = column.precision();
        switch (column.dataType()) {
            case 1:
            case 60:
                return "CHAR(" + p + ")";
            case 12:
            case 61:
                return "VARCHAR(" + p + ")";
            case -8:
                return "NCHAR(" + p + ")";
            case -9:
                return "NVARCHAR(" + p + ")";
            case 2:
                return p > 0 ? "NUMERIC(" + p + ", " + column.scale() + ")" : "NUMERIC";
            case 6:
                return p > 0 ? "FLOAT(" + p + ")" : "FLOAT";
            case 8:
                return "DOUBLE";
            case 7:
                return "REAL";
            case -5:
                return "BIGINT";
            case 4:
                return "INTEGER";
            case 5:
                return "SMALLINT";
            case 9:
                return "DATE";
            case 20001:
                return "BYTE(" + p + ")";
            case 20002:
                return "NIBBLE(" + p + ")";
            case 20003:
                return "VARBYTE(" + p + ")";
            case -7:
                return "BIT(" + p + ")";
            case -100:
                return "VARBIT(" + p + ")";
            // CAST cannot make a LOB (docs/altibase.md, "Parameters in select lists"): the widest inline types instead.
            case 40:
                return "VARCHAR(32000)";
            case 30:
                return "VARBYTE(32000)";
            default:
                return null;
        }
    }

    /** The {@link Types} of column {@code name} as a key of the generated-keys result set. */
    int jdbcType(String name) {
        TableColumns.Column column = column(name);
        if (column == null) {
            return sequences.containsKey(name) ? Types.BIGINT : Types.OTHER;
        }
        switch (column.dataType()) {
            case -5:
                return Types.BIGINT;
            case 4:
                return Types.INTEGER;
            case 5:
                return Types.SMALLINT;
            case 2:
                return Types.NUMERIC;
            case 6:
                return Types.FLOAT;
            case 8:
                return Types.DOUBLE;
            case 7:
                return Types.REAL;
            case 1:
            case 60:
                return Types.CHAR;
            case 12:
            case 61:
                return Types.VARCHAR;
            case -8:
                return Types.NCHAR;
            case -9:
                return Types.NVARCHAR;
            case 9:
                return Types.TIMESTAMP;
            default:
                return Types.OTHER;
        }
    }
}
