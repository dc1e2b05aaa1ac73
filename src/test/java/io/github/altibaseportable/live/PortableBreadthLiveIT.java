package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The part-A portable-breadth rewrites on a live server: sequence functions, portable types (checked in
 * the catalog: no datetime column may become Altibase's change-stamp TIMESTAMP), IF [NOT] EXISTS,
 * backtick names, MySQL comments and table options, DEFAULT order and ALTER COLUMN. Every object has a
 * unique name and is dropped afterwards.
 */
class PortableBreadthLiveIT {
    /** SYS_COLUMNS_.DATA_TYPE codes (docs/altibase.md, "DDL"). */
    private static final int DATE = 9;

    private static final int SMALLINT = 5;
    private static final int VARCHAR = 12;
    private static final int CHAR = 1;
    private static final int DOUBLE = 8;
    private static final int BYTE = 20001;
    private static final int VARBYTE = 20003;

    private static final String COLUMN = "SELECT C.DATA_TYPE, C.PRECISION, C.IS_NULLABLE, C.DEFAULT_VAL"
            + " FROM SYSTEM_.SYS_COLUMNS_ C JOIN SYSTEM_.SYS_TABLES_ T ON T.TABLE_ID = C.TABLE_ID"
            + " WHERE T.USER_ID = USER_ID() AND T.TABLE_NAME = ? AND C.COLUMN_NAME = ?";

    private Connection connection;
    /** DROP statements for what a test created, run in reverse order afterwards. */
    private final Deque<String> cleanup = new ArrayDeque<>();

    @BeforeEach
    void connect() throws SQLException {
        if (LiveDatabase.isConfigured()) {
            connection = LiveDatabase.connect();
        }
    }

    @AfterEach
    void dropWhatWasCreated() throws SQLException {
        if (connection == null) {
            return;
        }
        while (!cleanup.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(cleanup.pop());
            } catch (SQLException alreadyGone) {
                // dropped by the test itself
            }
        }
        connection.close();
    }

    /** A unique name for a new object of {@code kind} (TABLE, INDEX, ...), dropped after the test. */
    private String create(String prefix, String kind) {
        String name = LiveDatabase.uniqueName(prefix);
        cleanup.push("DROP " + kind + " " + name);
        return name;
    }

    private long execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    private Object single(String sql, Object... binds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                query.setObject(i + 1, binds[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getObject(1);
            }
        }
    }

    private long number(String sql, Object... binds) throws SQLException {
        return ((Number) single(sql, binds)).longValue();
    }

    /** DATA_TYPE, PRECISION, IS_NULLABLE and DEFAULT_VAL of a column, from the catalog. */
    private Object[] column(String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(COLUMN)) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), table + "." + column + " not in the catalog");
                return new Object[] {rows.getInt(1), rows.getInt(2), rows.getString(3), rows.getString(4)};
            }
        }
    }

    @Test
    void sequenceFunctions() throws SQLException {
        LiveDatabase.requireUrl();
        String sequence = create("SQ", "SEQUENCE");
        execute("CREATE SEQUENCE " + sequence + " START WITH 1 INCREMENT BY 1");
        assertEquals(1, number("SELECT NEXT VALUE FOR " + sequence));
        assertEquals(2, number("SELECT nextval('" + sequence.toLowerCase(Locale.ROOT) + "')"));
        assertEquals(2, number("SELECT currval('" + sequence + "') FROM DUAL"));
        String table = create("SQT", "TABLE");
        execute("CREATE TABLE " + table + " (id BIGINT NOT NULL DEFAULT NEXT VALUE FOR " + sequence
                + ", v VARCHAR(10))");
        execute("INSERT INTO " + table + " (v) VALUES ('a')");
        execute("INSERT INTO " + table + " (id, v) VALUES (nextval('" + sequence + "'), 'b')");
        assertEquals(4, number("SELECT MAX(id) FROM " + table));
    }

    @Test
    void portableTypesBecomeAltibaseTypesAndNeverTheChangeStamp() throws SQLException {
        LiveDatabase.requireUrl();
        String table = create("TY", "TABLE");
        execute(
                "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, flag BOOLEAN NOT NULL DEFAULT 1, note TEXT,"
                        + " created TIMESTAMP(6) WITH TIME ZONE, at DATETIME, t TIME, ratio DOUBLE PRECISION, tiny TINYINT,"
                        + " body BYTEA, hash BINARY(4), token VARBINARY(8), uid UUID, doc JSON, name NVARCHAR2(10), code VARCHAR2(5))");
        Object[][] expected = {
            {"FLAG", SMALLINT}, {"NOTE", VARCHAR}, {"CREATED", DATE}, {"AT", DATE}, {"T", DATE}, {"RATIO", DOUBLE},
            {"TINY", SMALLINT}, {"BODY", VARBYTE}, {"HASH", BYTE}, {"TOKEN", VARBYTE}, {"UID", CHAR}, {"DOC", VARCHAR},
            {"CODE", VARCHAR},
        };
        for (Object[] columnType : expected) {
            assertEquals(columnType[1], column(table, (String) columnType[0])[0], (String) columnType[0]);
        }
        Timestamp micros = Timestamp.valueOf("2024-02-29 13:14:15.123456");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (id, flag, note, created, uid) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, 1);
            insert.setBoolean(2, true);
            insert.setString(3, "x".repeat(5000));
            insert.setTimestamp(4, micros);
            insert.setString(5, "123e4567-e89b-12d3-a456-426614174000");
            assertEquals(1, insert.executeUpdate());
        }
        try (ResultSet row = connection.createStatement().executeQuery("SELECT flag, note, created FROM " + table)) {
            assertTrue(row.next());
            assertTrue(row.getBoolean(1));
            assertEquals(1, row.getInt(1));
            assertEquals(5000, row.getString(2).length());
            assertEquals(micros, row.getTimestamp(3));
        }
        assertEquals(1, number("SELECT CAST(? AS BOOLEAN) FROM DUAL", 1));
        assertEquals(12, number("SELECT '12'::integer FROM DUAL"));
    }

    @Test
    void ifExistsAndIfNotExistsRunOrSkip() throws SQLException {
        LiveDatabase.requireUrl();
        String table = create("IE", "TABLE");
        String index = create("IE_IX", "INDEX");
        String sequence = create("IE_SQ", "SEQUENCE");
        String view = create("IE_V", "VIEW");
        assertEquals(0, execute("DROP TABLE IF EXISTS " + table));
        execute("CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER, v VARCHAR(10))");
        assertEquals(0, execute("CREATE TABLE IF NOT EXISTS " + table + " (other INTEGER)"));
        execute("INSERT INTO " + table + " (id, v) VALUES (1, 'kept')");
        execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (v)");
        assertEquals(0, execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (id)"));
        execute("CREATE SEQUENCE " + sequence);
        execute("DROP SEQUENCE IF EXISTS " + sequence);
        assertEquals(0, execute("DROP SEQUENCE IF EXISTS " + sequence));
        execute("CREATE VIEW " + view + " AS SELECT id FROM " + table);
        execute("DROP VIEW IF EXISTS " + view);
        assertEquals(0, execute("DROP VIEW IF EXISTS " + view));
        execute("DROP INDEX IF EXISTS " + index);
        assertEquals(0, execute("DROP INDEX IF EXISTS " + index));
        assertEquals("kept", single("SELECT v FROM " + table + " WHERE id = 1"));
        execute("DROP TABLE IF EXISTS " + table);
        assertEquals(0, execute("DROP TABLE IF EXISTS " + table));
    }

    @Test
    void mysqlTablesWithBackticksCommentsAndOptions() throws SQLException {
        LiveDatabase.requireUrl();
        String table = create("MY", "TABLE");
        execute("CREATE TABLE `" + table.toLowerCase(Locale.ROOT) + "` (`id` INT NOT NULL COMMENT 'the key',"
                + " `order` VARCHAR(20) CHARACTER SET utf8mb4 NOT NULL DEFAULT 'x' COMMENT 'it''s reserved',"
                + " PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='people'");
        execute("INSERT INTO " + table + " (id) VALUES (1)");
        assertEquals("x", single("SELECT `order` FROM `" + table + "` WHERE `ID` = 1"));
        String comments = "SELECT COMMENTS FROM SYSTEM_.SYS_COMMENTS_ WHERE TABLE_NAME = ? AND ";
        assertEquals("people", single(comments + "COLUMN_NAME IS NULL", table));
        assertEquals("the key", single(comments + "COLUMN_NAME = ?", table, "ID"));
        assertEquals("it's reserved", single(comments + "COLUMN_NAME = ?", table, "ORDER"));
        execute("ALTER TABLE `" + table + "` COMMENT = 'renamed'");
        assertEquals("renamed", single(comments + "COLUMN_NAME IS NULL", table));
    }

    @Test
    void defaultAfterNotNullIsAccepted() throws SQLException {
        LiveDatabase.requireUrl();
        String table = create("DO", "TABLE");
        execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 7)");
        execute("INSERT INTO " + table + " (id) VALUES (1)");
        assertEquals(7, number("SELECT n FROM " + table));
        SQLException e =
                assertThrows(SQLException.class, () -> execute("INSERT INTO " + table + " (id, n) VALUES (2, NULL)"));
        assertEquals("23000", e.getSQLState());
    }

    @Test
    void alterColumnForms() throws SQLException {
        LiveDatabase.requireUrl();
        String table = create("AC", "TABLE");
        execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, c VARCHAR(10))");
        execute("ALTER TABLE " + table + " ALTER COLUMN c SET DEFAULT 'q'");
        assertEquals("'q'", column(table, "C")[3]);
        execute("ALTER TABLE " + table + " ALTER COLUMN c DROP DEFAULT");
        assertNull(column(table, "C")[3]);
        execute("ALTER TABLE " + table + " ALTER COLUMN c SET NOT NULL");
        assertEquals("F", column(table, "C")[2]);
        execute("ALTER TABLE " + table + " ALTER COLUMN c TYPE VARCHAR(40)");
        Object[] widened = column(table, "C");
        assertEquals(40, widened[1]);
        assertEquals("F", widened[2], "PostgreSQL keeps NOT NULL across ALTER COLUMN ... TYPE");
        execute("ALTER TABLE " + table + " ALTER COLUMN c DROP NOT NULL");
        assertEquals("T", column(table, "C")[2]);
    }
}
