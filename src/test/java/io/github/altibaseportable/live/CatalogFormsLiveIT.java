package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The forms that depend on the catalog or name what the catalog holds, on a live server: MySQL's
 * {@code INSERT IGNORE} (with and without a column list) and PostgreSQL's {@code ON CONFLICT DO NOTHING}
 * without a column list as MERGEs on the keys read from the catalog; unnamed and MySQL inline indexes; the
 * {@code INFORMATION_SCHEMA} views Hibernate and tools read. Every object is named with this class's
 * prefix and dropped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogFormsLiveIT {
    private final OwnedObjects objects = new OwnedObjects("CF");
    private Connection connection;

    @BeforeAll
    void connect() throws SQLException {
        if (LiveDatabase.isConfigured()) {
            connection = LiveDatabase.connect();
        }
    }

    @BeforeEach
    void requireServer() {
        LiveDatabase.requireUrl();
    }

    @AfterAll
    void dropEverything() throws SQLException {
        if (connection != null) {
            objects.dropAllAndCheck(connection);
            connection.close();
        }
    }

    private int update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** The rows of {@code sql} with {@code binds}, each row's columns as strings. */
    private List<List<String>> rows(String sql, Object... binds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                query.setObject(i + 1, binds[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void insertIgnoreSkipsARowThatDuplicatesAnyUniqueKey() throws SQLException {
        String vets = objects.name("VETS");
        update("CREATE TABLE " + vets + " (id INTEGER PRIMARY KEY, email VARCHAR(40) UNIQUE, last_name VARCHAR(30))");
        assertEquals(1, update("INSERT IGNORE INTO " + vets + " VALUES (1, 'jc@x', 'Carter')"));
        assertEquals(0, update("INSERT IGNORE INTO " + vets + " VALUES (1, 'other@x', 'Again')"));
        assertEquals(
                0, update("INSERT IGNORE INTO " + vets + " (id, email, last_name) VALUES (2, 'jc@x', 'SameMail')"));
        assertEquals(1, update("INSERT IGNORE INTO " + vets + " (id, last_name) VALUES (3, 'Leary')"));
        assertEquals(
                List.of(List.of("1", "Carter"), List.of("3", "Leary")),
                rows("SELECT id, last_name FROM " + vets + " ORDER BY id"));
    }

    @Test
    void onConflictDoNothingWithoutColumnListTakesTheTablesColumns() throws SQLException {
        String specialties = objects.name("VET_SPEC");
        update("CREATE TABLE " + specialties + " (vet_id INTEGER NOT NULL, specialty_id INTEGER NOT NULL, "
                + "UNIQUE (vet_id, specialty_id))");
        String insert = "INSERT INTO " + specialties + " VALUES (?, ?) ON CONFLICT (vet_id, specialty_id) DO NOTHING";
        for (int[] row : new int[][] {{2, 1}, {2, 1}, {3, 1}}) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setInt(1, row[0]);
                statement.setInt(2, row[1]);
                statement.executeUpdate();
            }
        }
        assertEquals(
                List.of(List.of("2", "1"), List.of("3", "1")),
                rows("SELECT vet_id, specialty_id FROM " + specialties + " ORDER BY vet_id"));
    }

    @Test
    void unnamedAndMySqlInlineIndexesGetTheirNames() throws SQLException {
        String owners = objects.name("OWNERS");
        update("CREATE TABLE " + owners + " (id INTEGER, last_name VARCHAR(30), city VARCHAR(30), INDEX(city))");
        update("CREATE INDEX ON " + owners + " (last_name)");
        assertEquals(
                List.of(List.of(owners + "_CITY_IDX"), List.of(owners + "_LAST_NAME_IDX")),
                rows(
                        "SELECT I.INDEX_NAME FROM SYSTEM_.SYS_INDICES_ I JOIN SYSTEM_.SYS_TABLES_ T ON T.TABLE_ID = I.TABLE_ID"
                                + " WHERE T.TABLE_NAME = ? AND T.USER_ID = USER_ID() ORDER BY 1",
                        owners));
        update("DROP INDEX " + owners + "_LAST_NAME_IDX");
    }

    @Test
    void hibernatesSequenceQueriesReadTheUsersSequences() throws SQLException {
        String sequence = objects.name("SEQ");
        update("CREATE SEQUENCE " + sequence + " START WITH 5 INCREMENT BY 3");
        for (String query :
                List.of("select * from INFORMATION_SCHEMA.SEQUENCES", "select * from information_schema.sequences")) {
            boolean found = false;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    if (rows.getString("sequence_name").equals(sequence)) {
                        found = true;
                        assertEquals(5L, rows.getLong("start_value"));
                        assertEquals(3L, rows.getLong("increment"));
                        assertTrue(rows.getLong("maximum_value") > 5L);
                        assertEquals("NO", rows.getString("cycle_option"));
                    }
                }
            }
            assertTrue(found, query + " lists " + sequence);
        }
    }

    @Test
    void tablesColumnsAndSchemataDescribeTheUsersTables() throws SQLException {
        String table = objects.name("DESCRIBED");
        update("CREATE TABLE " + table + " (id INTEGER NOT NULL, name VARCHAR(30), price NUMERIC(10, 2))");
        assertEquals(
                List.of(List.of(table, "BASE TABLE")),
                rows("SELECT table_name, table_type FROM information_schema.tables WHERE table_name = ?", table));
        assertEquals(
                List.of(
                        List.of("ID", "1", "NO", "INTEGER", null, null),
                        List.of("NAME", "2", "YES", "VARCHAR", "30", null),
                        List.of("PRICE", "3", "YES", "NUMERIC", null, "10")),
                rows(
                        "SELECT c.column_name, c.ordinal_position, c.is_nullable, c.data_type, c.character_maximum_length,"
                                + " c.numeric_precision FROM information_schema.columns c WHERE c.table_name = ?"
                                + " ORDER BY c.ordinal_position",
                        table));
        List<List<String>> schemata = rows("SELECT schema_name FROM information_schema.schemata");
        String user = connection.getMetaData().getUserName();
        assertTrue(schemata.stream().anyMatch(row -> row.get(0).equalsIgnoreCase(user)), schemata.toString());
    }
}
