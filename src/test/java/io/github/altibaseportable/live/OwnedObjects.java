package io.github.altibaseportable.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/**
 * The schema objects of one live test class. Every name it hands out starts with one prefix no other
 * run uses ({@code <TAG>_<8 hex digits>_}), so that {@link #dropAll} finds in Altibase's catalog whatever
 * the class created, and drops it: the server is left as it was found, even after a failed test.
 */
public final class OwnedObjects {
    /** Tables, views and sequences of the connected user (sequences are {@code SYS_TABLES_} rows too). */
    private static final String LIST = "SELECT TABLE_NAME, TABLE_TYPE FROM SYSTEM_.SYS_TABLES_"
            + " WHERE USER_ID = USER_ID() AND TABLE_NAME LIKE ? AND TABLE_TYPE IN ('T', 'V', 'S')"
            + " ORDER BY TABLE_NAME";

    private final String prefix;

    /** Objects named {@code <tag>_<8 hex digits>_...}; keep {@code tag} short (names stay under 40 bytes). */
    public OwnedObjects(String tag) {
        this.prefix = LiveDatabase.uniqueName(tag) + "_";
    }

    /** The prefix without its final {@code _}, for tools that append {@code _NAME} themselves. */
    public String stem() {
        return prefix.substring(0, prefix.length() - 1);
    }

    /** The name for an object: the prefix, then {@code suffix} in upper case (so quoting never matters). */
    public String name(String suffix) {
        return prefix + suffix.toUpperCase(Locale.ROOT);
    }

    /** The objects with this prefix now in the connected user's schema: name to {@code TABLE_TYPE}, by name. */
    public Map<String, String> list(Connection connection) throws SQLException {
        Map<String, String> objects = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(LIST)) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    // LIKE reads the '_' of the prefix as "any character": keep exact matches only
                    if (name.startsWith(prefix)) {
                        objects.put(name, rows.getString(2));
                    }
                }
            }
        }
        return objects;
    }

    /**
     * Drops every view with this prefix (Altibase keeps a view whose table is dropped, as invalid), then
     * every table through this driver (which drops the sequences it created for identity columns with
     * them), then whatever is still there. Returns what was still there after the tables had gone, for
     * the caller to assert that nothing was.
     */
    public Map<String, String> dropAll(Connection connection) throws SQLException {
        Map<String, String> owned = list(connection);
        for (Map.Entry<String, String> object : owned.entrySet()) {
            if (object.getValue().equals("V")) {
                LiveDatabase.execute(connection, "DROP VIEW " + object.getKey());
            }
        }
        owned.forEach((name, type) -> {
            if (type.equals("T")) {
                LiveDatabase.dropQuietly(connection, name);
            }
        });
        Map<String, String> left = list(connection);
        LiveDatabase.execute(
                connection,
                left.entrySet().stream()
                        .map(object -> "DROP " + kind(object.getValue()) + " " + object.getKey())
                        .toArray(String[]::new));
        return left;
    }

    /** {@link #dropAll}, failing if anything outlived the {@code DROP TABLE} of its table. */
    public void dropAllAndCheck(Connection connection) throws SQLException {
        Assertions.assertEquals(Map.of(), dropAll(connection), "objects left after DROP TABLE");
    }

    private static String kind(String tableType) {
        switch (tableType) {
            case "T":
                return "TABLE";
            case "V":
                return "VIEW";
            default:
                return "SEQUENCE";
        }
    }
}
