package io.github.altibaseportable.catalog;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table as Altibase's catalog holds them ({@code SYSTEM_.SYS_COLUMNS_}), in column
 * order, hidden columns (function-based index expressions) left out.
 */
public final class TableColumns {
    private static final String SELECT =
            "SELECT U.USER_NAME, C.COLUMN_NAME, C.DATA_TYPE, C.PRECISION, C.SCALE, C.DEFAULT_VAL"
                    + " FROM SYSTEM_.SYS_COLUMNS_ C"
                    + " JOIN SYSTEM_.SYS_TABLES_ T ON T.TABLE_ID = C.TABLE_ID"
                    + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID"
                    + " WHERE T.TABLE_NAME = ? AND T.TABLE_TYPE = 'T' AND C.IS_HIDDEN = 'F'";
    private static final TableQuery QUERY = new TableQuery(
            SELECT + " AND T.USER_ID = USER_ID() ORDER BY C.COLUMN_ORDER",
            SELECT + " AND U.USER_NAME = ? ORDER BY C.COLUMN_ORDER");

    /**
     * One column: its stored name, {@code SYS_COLUMNS_} type code, precision and scale, and the
     * sequence its default takes the next value of ({@code null} when the default is something else).
     */
    public record Column(String name, int dataType, int precision, int scale, QualifiedName sequence) {}

    private TableColumns() {}

    /**
     * The columns of {@code table} (stored names; no schema: the connected user's), in order; empty when
     * there is no such table.
     */
    public static List<Column> read(Connection connection, QualifiedName table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        QUERY.forEachRow(
                connection,
                table,
                row -> columns.add(new Column(
                        row.getString(2),
                        row.getInt(3),
                        row.getInt(4),
                        row.getInt(5),
                        SequenceDefault.sequence(row.getString(6), row.getString(1)))));
        return columns;
    }

    /**
     * The largest (or, for a descending sequence, the smallest) value of {@code column} in {@code table},
     * or {@code null} when the table is empty.
     */
    public static Long extreme(Connection connection, QualifiedName table, String column, boolean largest)
            throws SQLException {
        String sql = "SELECT " + (largest ? "MAX(" : "MIN(") + '"' + column + "\") FROM " + table.quoted();
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }
    }
}
