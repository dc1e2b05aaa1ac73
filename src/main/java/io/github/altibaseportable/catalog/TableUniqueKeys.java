package io.github.altibaseportable.catalog;

import io.github.altibaseportable.rewrite.ConflictTargets;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The primary key, unique keys and columns ({@link TableColumns}) of a table as Altibase's catalog holds them: every unique index
 * ({@code SYS_INDICES_.IS_UNIQUE = 'T'}, which includes those of PRIMARY KEY and UNIQUE constraints), its
 * columns in key order, the primary key told apart by its {@code SYS_CONSTRAINTS_} row (type 3). Unique
 * indexes on expressions (hidden columns) are left out: no inserted column list can name them.
 */
public final class TableUniqueKeys {
    private static final String SELECT = "SELECT I.INDEX_ID, C.COLUMN_NAME, C.IS_HIDDEN, K.CONSTRAINT_TYPE"
            + " FROM SYSTEM_.SYS_INDICES_ I"
            + " JOIN SYSTEM_.SYS_INDEX_COLUMNS_ IC ON IC.INDEX_ID = I.INDEX_ID"
            + " JOIN SYSTEM_.SYS_COLUMNS_ C ON C.COLUMN_ID = IC.COLUMN_ID"
            + " JOIN SYSTEM_.SYS_TABLES_ T ON T.TABLE_ID = I.TABLE_ID"
            + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID"
            + " LEFT OUTER JOIN SYSTEM_.SYS_CONSTRAINTS_ K ON K.INDEX_ID = I.INDEX_ID AND K.CONSTRAINT_TYPE = 3"
            + " WHERE I.IS_UNIQUE = 'T' AND T.TABLE_NAME = ? AND T.TABLE_TYPE = 'T'";
    private static final String ORDER = " ORDER BY I.INDEX_ID, IC.INDEX_COL_ORDER";
    private static final TableQuery QUERY =
            new TableQuery(SELECT + " AND T.USER_ID = USER_ID()" + ORDER, SELECT + " AND U.USER_NAME = ?" + ORDER);
    private static final int PRIMARY_KEY = 3;

    private TableUniqueKeys() {}

    /** The rows of one unique index. */
    private static final class Index {
        final List<String> columns = new ArrayList<>();
        boolean hidden;
        boolean primary;
    }

    /**
     * The unique keys and the columns of {@code table} (stored names; no schema: the connected user's);
     * none when the table has none or does not exist.
     */
    public static ConflictTargets read(Connection connection, QualifiedName table) throws SQLException {
        Map<Long, Index> indexes = new LinkedHashMap<>();
        QUERY.forEachRow(connection, table, row -> {
            Index index = indexes.computeIfAbsent(row.getLong(1), id -> new Index());
            index.columns.add(row.getString(2));
            index.hidden |= "T".equals(row.getString(3));
            index.primary |= row.getInt(4) == PRIMARY_KEY;
        });
        List<String> primaryKey = List.of();
        List<List<String>> uniqueKeys = new ArrayList<>();
        for (Index index : indexes.values()) {
            if (index.primary) {
                primaryKey = index.columns;
            } else if (!index.hidden) {
                uniqueKeys.add(index.columns);
            }
        }
        List<String> columns = TableColumns.read(connection, table).stream()
                .map(TableColumns.Column::name)
                .toList();
        return new ConflictTargets(table, primaryKey, uniqueKeys, columns);
    }
}
