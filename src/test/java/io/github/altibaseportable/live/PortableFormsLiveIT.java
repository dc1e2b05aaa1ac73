package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The booleans, set-operation, join, select-parameter and upsert rewrites on a live server: each
 * portable statement must run and give the rows PostgreSQL would give. Two tables with unique names,
 * dropped at the end: {@code account} (ids 1-4) and {@code role} (account ids 1, 1, 2, 5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortableFormsLiveIT {
    private Connection connection;
    private String account;
    private String role;

    @BeforeAll
    void createTables() throws SQLException {
        if (!LiveDatabase.isConfigured()) {
            return;
        }
        connection = LiveDatabase.connect();
        account = LiveDatabase.uniqueName("PF_ACCOUNT");
        role = LiveDatabase.uniqueName("PF_ROLE");
        update("CREATE TABLE " + account + " (id INTEGER PRIMARY KEY, name VARCHAR(40), "
                + "active SMALLINT DEFAULT TRUE NOT NULL, visits INTEGER)");
        update("CREATE TABLE " + role + " (rid INTEGER PRIMARY KEY, id INTEGER, name VARCHAR(40))");
        update("INSERT INTO " + account + " (id, name, active, visits) VALUES (1, 'ann', TRUE, 1)");
        update("INSERT INTO " + account + " (id, name, active, visits) VALUES (2, 'bob', FALSE, 2)");
        update("INSERT INTO " + account + " (id, name, visits) VALUES (3, 'cy', 3)");
        update("INSERT INTO " + account + " (id, name, active, visits) VALUES (4, NULL, FALSE, 4)");
        update("INSERT INTO " + role + " (rid, id, name) VALUES (10, 1, 'admin')");
        update("INSERT INTO " + role + " (rid, id, name) VALUES (11, 1, 'user')");
        update("INSERT INTO " + role + " (rid, id, name) VALUES (12, 2, 'user')");
        update("INSERT INTO " + role + " (rid, id, name) VALUES (13, 5, 'ghost')");
    }

    @AfterAll
    void dropTables() throws SQLException {
        if (connection != null) {
            LiveDatabase.dropQuietly(connection, role);
            LiveDatabase.dropQuietly(connection, account);
            connection.close();
        }
    }

    private int update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Runs {@code sql} as a prepared statement with {@code binds}; returns its update count. */
    private int prepared(String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The rows of a query, each as a list of column values (as getObject, numbers as long). */
    private List<List<Object>> rows(String sql, Object... binds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                if (binds[i] == null) {
                    query.setNull(i + 1, Types.VARCHAR);
                } else {
                    query.setObject(i + 1, binds[i]);
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.add(value instanceof Number number ? (Object) number.longValue() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<List<Object>> table(Object... rowsOfOneOrTwo) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : rowsOfOneOrTwo) {
            rows.add(row instanceof List<?> list ? new ArrayList<>(list) : List.of(row));
        }
        return rows;
    }

    @Test
    void booleanLiteralsAsValuesAndConditions() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(table(1L, 3L), rows("SELECT id FROM " + account + " WHERE active = TRUE ORDER BY id"));
        assertEquals(table(1L, 2L, 3L, 4L), rows("SELECT id FROM " + account + " WHERE TRUE ORDER BY id"));
        assertEquals(table(), rows("SELECT id FROM " + account + " WHERE FALSE"));
        assertEquals(
                table(2L, 4L), rows("SELECT id FROM " + account + " WHERE active IS FALSE AND NOT FALSE ORDER BY id"));
        assertEquals(table(2L, 4L), rows("SELECT id FROM " + account + " WHERE active IS NOT TRUE ORDER BY id"));
    }

    @Test
    void predicatesInTheSelectListAreZeroOneOrNull() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(
                table(List.of(1L, 1L), List.of(2L, 0L)),
                rows("SELECT id, id = ? FROM " + account + " WHERE id <= 2 ORDER BY id", 1));
        List<Object> unknown = new ArrayList<>();
        unknown.add(null);
        assertEquals(List.of(unknown), rows("SELECT name = 'x' FROM " + account + " WHERE id = 4"));
        assertEquals(table(1L), rows("SELECT EXISTS (SELECT 1 FROM " + role + " WHERE id = 2) FROM DUAL"));
        assertEquals(table(0L), rows("SELECT name IS NULL FROM " + account + " WHERE id = 1"));
    }

    @Test
    void parametersInSelectListExpressionsAreCast() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(
                table(List.of(1L, 11L, 1L, "ann!", 1L), List.of(2L, 12L, 0L, "bob!", 2L)),
                rows(
                        "SELECT id, id + ?, CASE WHEN name = ? THEN 1 ELSE 0 END, name || ?, COALESCE(visits, ?) FROM "
                                + account + " WHERE id <= 2 ORDER BY id",
                        10,
                        "ann",
                        "!",
                        0));
        assertEquals(
                table(List.of(1L, 2L)),
                rows(
                        "SELECT id, (SELECT COUNT(*) FROM " + role + " r WHERE r.id = ?) FROM " + account
                                + " WHERE id = 1",
                        1));
        assertEquals(
                table(List.of(1L, 1L)),
                rows(
                        "SELECT id, CASE WHEN id IN (?, ?) THEN CASE WHEN name LIKE ? THEN 1 END END FROM " + account
                                + " WHERE id = 1",
                        1,
                        2,
                        "a%"));
    }

    @Test
    void exceptIsMinusAndIntersectBindsFirst() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(
                table(3L, 4L), rows("SELECT id FROM " + account + " EXCEPT SELECT id FROM " + role + " ORDER BY 1"));
        assertEquals(
                table(1L, 2L),
                rows("SELECT id FROM " + account + " WHERE id <= 2 UNION SELECT id FROM " + account
                        + " WHERE id = 3 INTERSECT SELECT id FROM " + account + " WHERE id = 1 ORDER BY 1"));
    }

    @Test
    void crossUsingAndNaturalJoins() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(table(16L), rows("SELECT COUNT(*) FROM " + account + " a CROSS JOIN " + role + " r"));
        assertEquals(
                table(List.of(1L, "admin"), List.of(1L, "user"), List.of(2L, "user")),
                rows("SELECT id, r.name FROM " + account + " a JOIN " + role + " r USING (id) ORDER BY id, r.name"));
        assertEquals(
                table(List.of(1L, 2L), List.of(2L, 1L), List.of(3L, 0L), List.of(4L, 0L), List.of(5L, 1L)),
                rows("SELECT id, COUNT(r.rid) FROM " + account + " a FULL JOIN " + role + " r USING (id) "
                        + "GROUP BY id ORDER BY id"));
        assertEquals(
                table(List.of(2L, 2L)),
                rows("SELECT id, n FROM (SELECT id, visits AS n FROM " + account
                        + ") x NATURAL JOIN (SELECT id, 2 AS n FROM " + role + ") y"));
    }

    @Test
    void selectListParametersAreCast() throws SQLException {
        LiveDatabase.requireUrl();
        assertEquals(table("hello"), rows("SELECT ? FROM DUAL", "hello"));
        assertEquals(table(42L), rows("SELECT ? + 1 FROM DUAL", 41));
        assertEquals(table("none"), rows("SELECT COALESCE(?, 'none') FROM DUAL", (Object) null));
        String insertOnce = "INSERT INTO " + role + " (rid, id, name) SELECT ?, ?, ? FROM DUAL "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + role + " WHERE rid = ?)";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement insert = connection.prepareStatement(insertOnce)) {
                insert.setInt(1, 20);
                insert.setInt(2, 3);
                insert.setString(3, "guest");
                insert.setInt(4, 20);
                assertEquals(attempt == 0 ? 1 : 0, insert.executeUpdate());
            }
        }
        assertEquals(table(List.of(3L, "guest")), rows("SELECT id, name FROM " + role + " WHERE rid = 20"));
        update("DELETE FROM " + role + " WHERE rid = 20");
    }

    @Test
    void upsertsInsertThenUpdateOrDoNothing() throws SQLException {
        LiveDatabase.requireUrl();
        String onConflict = "INSERT INTO " + account + " (id, name, visits) VALUES (?, ?, ?) ON CONFLICT (id) "
                + "DO UPDATE SET name = EXCLUDED.name, visits = " + account + ".visits + EXCLUDED.visits";
        String onDuplicateKey = "INSERT INTO " + account + " (id, name, visits) VALUES (?, ?, ?) AS new "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), visits = " + account + ".visits + new.visits";
        for (String upsert : List.of(onConflict, onDuplicateKey)) {
            for (String name : List.of("dan", "dave")) {
                assertEquals(1, prepared(upsert, 9, name, 5), upsert);
            }
            assertEquals(
                    table(List.of("dave", 10L, 1L)),
                    rows("SELECT name, visits, active FROM " + account + " WHERE id = 9"));
            assertEquals(
                    0,
                    prepared(
                            "INSERT INTO " + account + " (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                            9,
                            "eve"));
            assertEquals(table("dave"), rows("SELECT name FROM " + account + " WHERE id = 9"));
            update("DELETE FROM " + account + " WHERE id = 9");
        }
    }

    @Test
    void mysqlUpsertsMatchOnTheUniqueKeyTheCatalogHolds() throws SQLException {
        LiveDatabase.requireUrl();
        String member = LiveDatabase.uniqueName("PF_MEMBER");
        update("CREATE TABLE " + member + " (code VARCHAR(10), email VARCHAR(40), name VARCHAR(40), " + "CONSTRAINT "
                + member + "_CODE UNIQUE (code))");
        try {
            update("CREATE UNIQUE INDEX " + member + "_EMAIL ON " + member + " (email)");
            String byEmail = "INSERT INTO " + member
                    + " (email, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)";
            for (String name : List.of("gil", "gus")) {
                assertEquals(1, prepared(byEmail, "g@x", name));
            }
            assertEquals(table("gus"), rows("SELECT name FROM " + member));
            String both = "INSERT INTO " + member + " (code, email, name) VALUES ('c', 'g@x', 'hal') "
                    + "ON DUPLICATE KEY UPDATE name = VALUES(name)";
            try (Connection strict = LiveDatabase.connect("portable.strict", "true")) {
                SQLException refused = assertThrows(SQLSyntaxErrorException.class, () -> strict.prepareStatement(both));
                assertEquals("42000", refused.getSQLState());
                LiveDatabase.execute(strict, "DROP INDEX " + member + "_EMAIL");
                try (PreparedStatement byCode = strict.prepareStatement(both)) {
                    assertEquals(1, byCode.executeUpdate());
                }
            }
            assertEquals(
                    table(2L),
                    rows("SELECT COUNT(*) FROM " + member),
                    "no unique key on email any more: the row was inserted");
            assertEquals(table("hal"), rows("SELECT name FROM " + member + " WHERE code = 'c'"));
        } finally {
            LiveDatabase.dropQuietly(connection, member);
        }
    }

    @Test
    void strictModeRefusesWhatHasNoAltibaseForm() throws SQLException {
        LiveDatabase.requireUrl();
        try (Connection strict = LiveDatabase.connect("portable.strict", "true")) {
            for (String sql : List.of(
                    "SELECT id FROM " + account + " EXCEPT ALL SELECT id FROM " + role,
                    "SELECT * FROM " + account + " NATURAL JOIN " + role,
                    "INSERT INTO " + account + " (id) VALUES (?), (?) ON CONFLICT (id) DO NOTHING")) {
                SQLException refused = assertThrows(SQLSyntaxErrorException.class, () -> strict.prepareStatement(sql));
                assertEquals("42000", refused.getSQLState());
            }
        }
    }
}
