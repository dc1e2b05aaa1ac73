package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Forms of real applications' schema and data scripts on a live server: names that are Altibase reserved
 * words ({@code reservednames}), ISO date strings (the {@code date_format} the driver passes by default)
 * and typed date literals ({@code dateliterals}), MySQL integer types and H2's forms. Objects have unique
 * names ({@link OwnedObjects}), except the table named {@code sequence}, which the test creates only where
 * none exists; all are dropped afterwards.
 */
class ApplicationScriptsLiveIT {
    private static final String TABLE_EXISTS =
            "SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_" + " WHERE USER_ID = USER_ID() AND TABLE_NAME = ?";
    private static final String COLUMN_TYPE = "SELECT C.DATA_TYPE FROM SYSTEM_.SYS_COLUMNS_ C"
            + " JOIN SYSTEM_.SYS_TABLES_ T ON T.TABLE_ID = C.TABLE_ID"
            + " WHERE T.USER_ID = USER_ID() AND T.TABLE_NAME = ? AND C.COLUMN_NAME = ?";
    /** SYS_COLUMNS_.DATA_TYPE codes (docs/altibase.md, "DDL"). */
    private static final int BIGINT = -5;

    private static final int VARCHAR = 12;
    /** Altibase's answer to a date string that does not match the session's format (docs/altibase.md, "Dates"). */
    private static final int FORMAT_MISMATCH = 135224;

    private final OwnedObjects objects = new OwnedObjects("APS");
    private Connection connection;

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = LiveDatabase.connect();
        }
        return connection;
    }

    @AfterEach
    void dropWhatWasCreated() throws SQLException {
        if (connection != null) {
            objects.dropAll(connection);
            connection.close();
        }
    }

    /** A table with a DATE column {@code d}, filled with {@code values} (each {@code (id, date)}). */
    private String dateTable(String suffix, String... values) throws SQLException {
        String table = objects.name(suffix);
        execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, d DATE)");
        for (String row : values) {
            execute("INSERT INTO " + table + " VALUES " + row);
        }
        return table;
    }

    private void execute(String... statements) throws SQLException {
        LiveDatabase.execute(connection(), statements);
    }

    private long count(String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aTableNamedSequenceIsCreatedFilledReadAndUpdated() throws SQLException {
        Assumptions.assumeTrue(count(TABLE_EXISTS, "SEQUENCE") == 0, "the user already has a table SEQUENCE");
        try {
            fillReadAndUpdateSequence();
        } finally {
            LiveDatabase.dropQuietly(connection(), "\"SEQUENCE\"");
        }
        assertEquals(0, count(TABLE_EXISTS, "SEQUENCE"));
    }

    private void fillReadAndUpdateSequence() throws SQLException {
        execute(
                "CREATE TABLE sequence (name varchar(30) not null primary key, nextid int not null)",
                "INSERT INTO sequence VALUES ('pets', 1000)");
        assertEquals(1, count(TABLE_EXISTS, "SEQUENCE"), "the table is SEQUENCE, as an unquoted name would be");
        assertEquals(1000, count("SELECT nextid FROM sequence WHERE name = ?", "pets"));
        try (PreparedStatement update =
                connection().prepareStatement("UPDATE sequence SET nextid = ? WHERE name = ?")) {
            update.setInt(1, 1001);
            update.setString(2, "pets");
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(1001, count("select s1_0.nextid from sequence s1_0 where s1_0.name=?", "pets"));
        assertEquals(
                1001,
                count("SELECT nextid FROM \"SEQUENCE\" WHERE name = 'pets'"),
                "the quoted name is the same table");
        try (Statement statement = connection().createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM sequence WHERE name = 'pets'"));
        }
        execute("DROP TABLE sequence");
    }

    @Test
    void columnsNamedLevelModeAndStartAreWrittenAndRead() throws SQLException {
        String table = objects.name("RSV");
        execute(
                "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, level INTEGER NOT NULL, mode VARCHAR(10),"
                        + " start DATE, UNIQUE (level, mode))",
                "CREATE INDEX " + table + "_LVL ON " + table + " (level DESC, mode)");
        try (PreparedStatement insert =
                connection().prepareStatement("insert into " + table + " (level,mode,start,id) values (?,?,?,?)")) {
            for (int id = 1; id <= 3; id++) {
                insert.setInt(1, id * 10);
                insert.setString(2, "m" + id);
                insert.setTimestamp(3, Timestamp.valueOf("2010-09-0" + id + " 10:11:12"));
                insert.setInt(4, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        assertEquals(20, count("select l1_0.level from " + table + " l1_0 where l1_0.mode=?", "m2"));
        assertEquals(
                30,
                count(
                        "SELECT MAX(level) AS level FROM " + table + " session WHERE session.start > ?",
                        Timestamp.valueOf("2010-09-01 12:00:00")));
        try (Statement statement = connection().createStatement()) {
            assertEquals(3, statement.executeUpdate("UPDATE " + table + " SET level = level + 1, mode = 'x' || mode"));
        }
        assertEquals(11, count("SELECT level FROM " + table + " WHERE mode = 'xm1' ORDER BY level"));
    }

    @Test
    void isoDateStringsWorkWithTheDateFormatTheDriverPasses() throws SQLException {
        String table = dateTable(
                "ISO",
                "(1, '2010-09-07')",
                "(2, '2010-09-07 10:11')",
                "(3, '2010-09-07 10:11:12')",
                "(4, '2010-09-07 10:11:12.123456')");
        assertEquals(1, count("SELECT id FROM " + table + " WHERE d = '2010-09-07'"));
        try (Statement statement = connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT d FROM " + table + " WHERE id = 4")) {
            assertTrue(rows.next());
            assertEquals(Timestamp.valueOf("2010-09-07 10:11:12.123456"), rows.getTimestamp(1));
        }
        try (Connection serverFormat = LiveDatabase.connect("portable.isoDates", "false");
                Statement statement = serverFormat.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO " + table + " VALUES (5, '2010-09-07')"));
            assertEquals(FORMAT_MISMATCH, refused.getErrorCode(), refused.toString());
        }
    }

    @Test
    void typedDateLiteralsAndJdbcEscapesWork() throws SQLException {
        String table = dateTable(
                "LIT",
                "(1, DATE '2010-09-07')",
                "(2, TIMESTAMP '2010-09-07 10:11:12.5')",
                "(3, TIME '10:11:12')",
                "(4, {ts '2010-09-08 10:11:12'})");
        assertEquals(1, count("SELECT id FROM " + table + " WHERE d = DATE '2010-09-07'"));
        assertEquals(1, count("SELECT id FROM " + table + " WHERE d = {d '2010-09-07'}"));
        assertEquals(2, count("SELECT id FROM " + table + " WHERE d = TIMESTAMP '2010-09-07 10:11:12.500000'"));
        assertEquals(
                4,
                count("SELECT id FROM " + table
                        + " WHERE d BETWEEN TIMESTAMP '2010-09-08 00:00:00' AND TIMESTAMP '2010-09-08 23:59:59'"));
        assertEquals(
                1, count("SELECT COUNT(*) FROM " + table + " WHERE TO_CHAR(d, 'HH24:MI:SS') = '10:11:12' AND id = 3"));
    }

    @Test
    void mysqlIntegerTypesAndH2FormsRun() throws SQLException {
        String table = objects.name("MYI");
        execute("CREATE TABLE " + table + " (id INT(4) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                + " hits INT(11) NOT NULL, last_name VARCHAR_IGNORECASE(30))");
        assertEquals(BIGINT, count(COLUMN_TYPE, table, "ID"));
        assertEquals(VARCHAR, count(COLUMN_TYPE, table, "LAST_NAME"));
        execute("INSERT INTO " + table + " (hits, last_name) VALUES (1, 'Davis')");
        assertEquals(1, count("SELECT COUNT(*) FROM " + table + " WHERE last_name = 'Davis'"));
        execute("DROP TABLE " + table + " IF EXISTS");
        assertEquals(0, count(TABLE_EXISTS, table));
        try (Statement statement = connection().createStatement()) {
            assertFalse(statement.execute("DROP TABLE " + table + " IF EXISTS"));
            assertEquals(0, statement.getUpdateCount(), "a table that is not there: nothing sent");
        }
    }
}
