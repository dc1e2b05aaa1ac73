package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubRows;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MySQL's {@code INSERT IGNORE} and inserts without a column list (PostgreSQL's {@code ON CONFLICT ... DO
 * NOTHING}) through the driver: the table's unique keys and columns are read from the catalog (once per
 * table, until DDL), and the statement becomes a MERGE. The stub answers like Altibase: {@code INSERT IGNORE}
 * and {@code ON CONFLICT} are syntax errors (200705). Its catalog: VETS (primary key ID; ID, FIRST_NAME,
 * LAST_NAME), VET_SPECIALTIES (unique VET_ID, SPECIALTY_ID; those two columns), LOG (MSG; no key). Each
 * test connects as a user of its own, so that what the driver caches per server and user starts empty.
 */
class InsertIgnoreTest {
    private static final String KEYS_QUERY = "SYSTEM_\\.SYS_INDICES_";
    private static final String COLUMNS_QUERY = "FROM SYSTEM_\\.SYS_COLUMNS_ C";
    private static final String VETS = "INSERT IGNORE INTO vets VALUES (1, 'James', 'Carter')";
    private static final String VETS_MERGE = "MERGE INTO vets USING DUAL ON (vets.ID = 1) WHEN NOT MATCHED THEN "
            + "INSERT (ID, FIRST_NAME, LAST_NAME) VALUES (1, 'James', 'Carter')";

    private Harness harness;
    /** The tables whose keys, and whose columns, the driver read. */
    private final List<Object> keyReads = new ArrayList<>();

    private final List<Object> columnReads = new ArrayList<>();

    @BeforeEach
    void open() throws SQLException {
        harness = open(new String[0]);
    }

    @AfterEach
    void close() throws SQLException {
        harness.close();
    }

    private Harness open(String... options) throws SQLException {
        Harness opened = Harness.openAsNewUser("ignore", options);
        opened.stub().onQuery(KEYS_QUERY, binds -> {
            keyReads.add(binds.get(1));
            return keysOf(String.valueOf(binds.get(1)));
        });
        opened.stub().onQuery(COLUMNS_QUERY, binds -> {
            columnReads.add(binds.get(1));
            return columnsOf(String.valueOf(binds.get(1)));
        });
        SQLException syntax = new SQLSyntaxErrorException("Syntax error", "42000", 200705);
        opened.stub().failOn("^INSERT IGNORE|ON CONFLICT", syntax);
        return opened;
    }

    private static StubRows keysOf(String table) {
        StubRows rows = StubRows.columns("INDEX_ID", "COLUMN_NAME", "IS_HIDDEN", "CONSTRAINT_TYPE");
        return switch (table) {
            case "VETS" -> rows.row(1L, "ID", "F", 3);
            case "VET_SPECIALTIES" -> rows.row(2L, "VET_ID", "F", 2).row(2L, "SPECIALTY_ID", "F", 2);
            default -> rows;
        };
    }

    private static StubRows columnsOf(String table) {
        StubRows rows = StubRows.columns("USER_NAME", "COLUMN_NAME", "DATA_TYPE", "PRECISION", "SCALE", "DEFAULT_VAL");
        List<String> names = switch (table) {
            case "VETS" -> List.of("ID", "FIRST_NAME", "LAST_NAME");
            case "VET_SPECIALTIES" -> List.of("VET_ID", "SPECIALTY_ID");
            case "LOG" -> List.of("MSG");
            default -> List.of();
        };
        for (String name : names) {
            rows = rows.row("APP", name, 4, 10, 0, null);
        }
        return rows;
    }

    /** What the stub ran or prepared, without catalog queries. */
    private List<String> sent(List<String> events) {
        return events.stream().filter(sql -> !sql.contains("SYSTEM_.")).toList();
    }

    @Test
    void aRowWithoutColumnListBecomesAMergeOnThePrimaryKeyWithTheCatalogsColumns() throws SQLException {
        harness.stub().onUpdate("^MERGE INTO vets", 1);
        try (Statement statement = harness.portable().createStatement()) {
            assertEquals(1, statement.executeUpdate(VETS));
        }
        assertEquals(List.of(VETS_MERGE), sent(harness.stub().executed()));
        assertEquals(List.of("VETS"), keyReads);
        assertEquals(List.of("VETS"), columnReads);
    }

    @Test
    void whatTheCatalogHoldsIsReadOncePerTableUntilDdlRunsThroughTheDriver() throws SQLException {
        try (Statement statement = harness.portable().createStatement()) {
            statement.executeUpdate(VETS);
            statement.executeUpdate("INSERT IGNORE INTO vets VALUES (2, 'Helen', 'Leary')");
            assertEquals(List.of("VETS"), columnReads);
            statement.execute("CREATE TABLE visits (id INTEGER)");
            statement.executeUpdate(VETS);
        }
        assertEquals(List.of("VETS", "VETS"), columnReads);
        assertEquals(List.of("VETS", "VETS"), keyReads);
    }

    @Test
    void onConflictWithoutColumnListTakesTheColumnsFromTheCatalogAndBindsEachValueWhereItIsUsed() throws SQLException {
        harness.stub().onUpdate("^MERGE INTO vet_specialties", 1);
        PreparedStatement statement = harness.portable()
                .prepareStatement(
                        "INSERT INTO vet_specialties VALUES (?, ?) ON CONFLICT (vet_id, specialty_id) DO NOTHING");
        statement.setInt(1, 2);
        statement.setInt(2, 1);
        assertEquals(1, statement.executeUpdate());
        assertEquals(
                List.of(
                        "MERGE INTO vet_specialties USING DUAL ON (vet_specialties.VET_ID = ? AND "
                                + "vet_specialties.SPECIALTY_ID = ?) WHEN NOT MATCHED THEN INSERT (VET_ID, SPECIALTY_ID) VALUES (?, ?)"),
                sent(harness.stub().prepared()));
        assertEquals(
                Map.of(1, 2, 2, 1, 3, 2, 4, 1), harness.stub().lastPrepared().parameters());
    }

    @Test
    void aTableWithoutUniqueKeyGetsAPlainInsertAndNativeSqlShowsTheSame() throws SQLException {
        assertEquals(
                "INSERT INTO log VALUES ('x')", harness.portable().nativeSQL("INSERT IGNORE INTO log VALUES ('x')"));
        assertEquals(VETS_MERGE, harness.portable().nativeSQL(VETS));
        try (Statement statement = harness.portable().createStatement()) {
            statement.executeUpdate("INSERT IGNORE INTO log VALUES ('x')");
        }
        assertEquals(
                List.of("INSERT INTO log VALUES ('x')"), sent(harness.stub().executed()));
    }

    @Test
    void strictModeRefusesTheFormsThatHaveNoMergeAndSendsNothing() throws SQLException {
        try (Harness strict = open("portable.strict", "true");
                Statement statement = strict.portable().createStatement()) {
            for (String sql : List.of(
                    "INSERT IGNORE INTO vets VALUES (1, 'James', 'Carter'), (2, 'Helen', 'Leary')",
                    "INSERT IGNORE INTO vets VALUES (1, 'James')",
                    "INSERT IGNORE INTO vets (id, last_name) SELECT id, name FROM staging")) {
                SQLException refused = assertThrows(SQLSyntaxErrorException.class, () -> statement.executeUpdate(sql));
                assertEquals("42000", refused.getSQLState());
                assertTrue(refused.getMessage().contains("upserts"), refused.getMessage());
            }
            assertEquals(List.of(), sent(strict.stub().executed()));
        }
    }

    @Test
    void withoutStrictModeAFormWithoutMergeIsSentAsWrittenAndAltibaseRefusesIt() throws SQLException {
        String twoRows = "INSERT IGNORE INTO vets VALUES (1, 'James', 'Carter'), (2, 'Helen', 'Leary')";
        try (Statement statement = harness.portable().createStatement()) {
            SQLException refused = assertThrows(SQLSyntaxErrorException.class, () -> statement.executeUpdate(twoRows));
            assertEquals(200705, refused.getErrorCode());
        }
        assertEquals(List.of(twoRows), sent(harness.stub().executed()));
    }
}
