package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the portable migration set ({@code db/portable}) leaves in the schema, checked on a live server. */
final class PortableMigrationChecks {

    private PortableMigrationChecks() {}

    private static List<String> rows(Connection connection, String sql, String... binds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                query.setString(i + 1, binds[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet results = query.executeQuery()) {
                while (results.next()) {
                    rows.add(results.getString(1)
                            + (results.getMetaData().getColumnCount() > 1 ? "|" + results.getString(2) : ""));
                }
            }
            return rows;
        }
    }

    /** The tables, identity keys, paging view and comments of migrations 1 to 4, applied once. */
    static void assertApplied(Connection connection, String prefix) throws SQLException {
        assertEquals(
                List.of("100", "110", "120", "130", "140"),
                rows(connection, "SELECT id FROM " + prefix + "_book ORDER BY id"));
        assertEquals(
                List.of("1|Ursula K. Le Guin", "2|Iain M. Banks"),
                rows(connection, "SELECT id, name FROM " + prefix + "_author ORDER BY id"));
        assertEquals(
                List.of("120|City of Illusions", "130|The Left Hand of Darkness"),
                rows(connection, "SELECT id, title FROM " + prefix + "_second_page ORDER BY id"));
        assertEquals(
                List.of("Books, keyed by an identity column"),
                rows(
                        connection,
                        "SELECT COMMENTS FROM" + " SYSTEM_.SYS_COMMENTS_ WHERE TABLE_NAME = ? AND COLUMN_NAME IS NULL",
                        prefix + "_BOOK"));
        assertEquals(
                List.of("Title as printed"),
                rows(
                        connection,
                        "SELECT COMMENTS FROM SYSTEM_.SYS_COMMENTS_"
                                + " WHERE TABLE_NAME = ? AND COLUMN_NAME = 'TITLE'",
                        prefix + "_BOOK"));
        List<String> autoIncrement = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, prefix + "_BOOK", "ID")) {
            while (columns.next()) {
                autoIncrement.add(columns.getString("IS_AUTOINCREMENT"));
            }
        }
        assertEquals(List.of("YES"), autoIncrement);
    }
}
