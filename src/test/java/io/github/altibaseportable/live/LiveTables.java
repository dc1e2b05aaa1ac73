package io.github.altibaseportable.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Catalog and data helpers of the identity and generated-keys live tests. */
final class LiveTables {

    private LiveTables() {}

    /** Whether the connected user has a sequence called {@code name} (as stored). */
    static boolean sequenceExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_"
                + " WHERE USER_ID = USER_ID() AND TABLE_NAME = ? AND TABLE_TYPE = 'S'")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /** How many sequences of the connected user have names starting with {@code prefix}. */
    static long sequencesStartingWith(Connection connection, String prefix) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_"
                + " WHERE USER_ID = USER_ID() AND TABLE_NAME LIKE ? AND TABLE_TYPE = 'S'")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The stored rows of {@code table}: {@code title} to {@code id}. */
    static Map<String, Long> idsByTitle(Connection connection, String table) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT title, id FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    /** Drops a table and a sequence, ignoring "does not exist" (leaves the server as found). */
    static void dropQuietly(Connection connection, String table, String sequence) {
        LiveDatabase.dropQuietly(connection, table);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SEQUENCE " + sequence);
        } catch (SQLException alreadyGone) {
            // dropped with the table, or never made
        }
    }
}
