package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values written and read back through the driver on a live server: {@code java.time} binds (which the
 * server's own driver refuses), {@code getObject(i, type)} for the JDBC 4.2 targets, and decimals with
 * their column's scale (which the server's own driver drops).
 */
class ValuesReadBackLiveIT {
    private static final LocalDateTime WALL = LocalDateTime.of(2010, 9, 7, 10, 11, 12, 123_456_000);

    private Connection connection;
    private String table;

    @BeforeEach
    void createTable() throws SQLException {
        LiveDatabase.requireUrl();
        connection = LiveDatabase.connect();
        table = LiveDatabase.uniqueName("VRB");
        LiveDatabase.execute(
                connection,
                "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, price NUMERIC(10,2), "
                        + "rate DECIMAL(10,3), active BOOLEAN, at TIMESTAMP, name VARCHAR(20), data VARBYTE(8))");
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (connection != null) {
            LiveDatabase.dropQuietly(connection, table);
            connection.close();
        }
    }

    private void insert(int id, Object price, Object at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (id, price, rate, active, at, name, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setObject(2, price);
            insert.setBigDecimal(3, new BigDecimal("1.5"));
            insert.setBoolean(4, true);
            insert.setObject(5, at);
            insert.setString(6, "n" + id);
            insert.setBytes(7, new byte[] {1, 2, 3});
            assertEquals(1, insert.executeUpdate());
        }
    }

    private ResultSet row(int id) throws SQLException {
        ResultSet rows = connection
                .createStatement()
                .executeQuery("SELECT id, price, rate, active, at, name, data FROM " + table + " WHERE id = " + id);
        assertTrue(rows.next());
        return rows;
    }

    @Test
    void decimalsKeepTheirScale() throws SQLException {
        insert(1, new BigDecimal("16.50"), WALL);
        insert(2, new BigDecimal("100"), WALL);
        try (ResultSet rows = row(1)) {
            assertEquals(new BigDecimal("16.50"), rows.getBigDecimal(2));
            assertEquals(new BigDecimal("16.50"), rows.getBigDecimal("PRICE"));
            assertEquals(new BigDecimal("16.50"), rows.getObject(2));
            assertEquals(new BigDecimal("16.50"), rows.getObject(2, BigDecimal.class));
            assertEquals(new BigDecimal("1.500"), rows.getBigDecimal(3));
        }
        try (ResultSet rows = row(2)) {
            assertEquals(new BigDecimal("100.00"), rows.getBigDecimal(2));
            assertEquals("100.00", rows.getObject(2).toString());
        }
    }

    @Test
    void javaTimeValuesGoInAndComeBack() throws SQLException {
        insert(1, BigDecimal.ONE, WALL);
        Instant instant = WALL.atZone(ZoneId.systemDefault()).toInstant();
        insert(2, BigDecimal.ONE, instant);
        insert(3, BigDecimal.ONE, LocalDate.of(2010, 9, 7));
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + table + " (id, at) VALUES (?, ?)")) {
            insert.setInt(1, 4);
            insert.setObject(2, OffsetDateTime.ofInstant(instant, ZoneId.of("UTC")), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
        }
        try (ResultSet rows = row(1)) {
            assertEquals(WALL, rows.getObject(5, LocalDateTime.class));
            assertEquals(WALL.toLocalDate(), rows.getObject(5, LocalDate.class));
            assertEquals(WALL.toLocalTime(), rows.getObject(5, LocalTime.class));
            assertEquals(instant, rows.getObject(5, Instant.class));
            assertEquals(instant, rows.getObject(5, OffsetDateTime.class).toInstant());
            assertEquals(Timestamp.valueOf(WALL), rows.getObject(5, Timestamp.class));
        }
        try (ResultSet rows = row(2)) {
            assertEquals(WALL, rows.getObject(5, LocalDateTime.class));
        }
        try (ResultSet rows = row(3)) {
            assertEquals(LocalDate.of(2010, 9, 7).atStartOfDay(), rows.getObject(5, LocalDateTime.class));
        }
        try (ResultSet rows = row(4)) {
            assertEquals(instant, rows.getObject(5, Instant.class));
        }
    }

    @Test
    void getObjectWithATypeOnEveryColumn() throws SQLException {
        insert(1, new BigDecimal("16.50"), WALL);
        try (ResultSet rows = row(1)) {
            assertEquals(1, rows.getObject(1, Integer.class));
            assertEquals(1L, rows.getObject(1, Long.class));
            assertEquals((short) 1, rows.getObject(1, Short.class));
            assertEquals(16.5d, rows.getObject(2, Double.class));
            assertEquals(16.5f, rows.getObject(2, Float.class));
            assertEquals(true, rows.getObject(4, Boolean.class));
            assertEquals("n1", rows.getObject(6, String.class));
            assertEquals(3, rows.getObject(7, byte[].class).length);
        }
    }
}
