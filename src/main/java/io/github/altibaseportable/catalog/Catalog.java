package io.github.altibaseportable.catalog;

import io.github.altibaseportable.rewrite.Guard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads Altibase's catalog ({@code SYSTEM_} meta tables) on the real connection. Sequences are
 * {@code SYS_TABLES_} rows with {@code TABLE_TYPE = 'S'}; there is no {@code SYS_SEQUENCES_}.
 */
public final class Catalog {
    private static final String TABLES_OF_SCHEMA = "SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_ T"
            + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID"
            + " WHERE U.USER_NAME = ? AND T.TABLE_NAME = ? AND T.TABLE_TYPE = ?";
    private static final String TABLES_OF_USER = "SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_ T"
            + " WHERE T.USER_ID = USER_ID() AND T.TABLE_NAME = ? AND T.TABLE_TYPE = ?";

    private Catalog() {}

    /** Whether {@code guard} holds now on {@code connection} (an Altibase connection). */
    public static boolean holds(Connection connection, Guard guard) throws SQLException {
        return exists(connection, guard.type(), guard.schema(), guard.name()) == guard.mustExist();
    }

    /**
     * Whether an object of {@code type} called {@code name} (as stored: unquoted names upper-case)
     * exists in {@code schema}, or in the connected user's schema when {@code schema} is null.
     */
    public static boolean exists(Connection connection, Guard.ObjectType type, String schema, String name)
            throws SQLException {
        String tableType = tableType(type);
        String sql = tableType != null
                ? (schema == null ? TABLES_OF_USER : TABLES_OF_SCHEMA)
                : type == Guard.ObjectType.INDEX
                        ? namedObjects("SYS_INDICES_", "INDEX_NAME", schema != null)
                        : namedObjects("SYS_CONSTRAINTS_", "CONSTRAINT_NAME", schema != null);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int next = 1;
            if (schema != null) {
                query.setString(next++, schema);
            }
            query.setString(next++, name);
            if (tableType != null) {
                query.setString(next, tableType);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /** The count of objects in a meta table with their own name column (indexes, constraints). */
    private static String namedObjects(String metaTable, String nameColumn, boolean ofSchema) {
        return "SELECT COUNT(*) FROM SYSTEM_." + metaTable + " O"
                + (ofSchema
                        ? " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = O.USER_ID WHERE U.USER_NAME = ? AND "
                        : " WHERE O.USER_ID = USER_ID() AND ")
                + "O." + nameColumn + " = ?";
    }

    /** The {@code SYS_TABLES_.TABLE_TYPE} of a type, or {@code null} for objects listed elsewhere. */
    private static String tableType(Guard.ObjectType type) {
        switch (type) {
            case TABLE:
                return "T";
            case VIEW:
                return "V";
            case SEQUENCE:
                return "S";
            default:
                return null;
        }
    }
}
