package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog queries ORMs run at start-up through the driver: Hibernate 6's
 * {@code select * from INFORMATION_SCHEMA.SEQUENCES} (H2 dialect) and its lower-case PostgreSQL form are
 * answered from Altibase's catalog with the standard column names, as Hibernate's sequence extractor reads
 * them. The stub answers like Altibase: {@code INFORMATION_SCHEMA} is read as a user that does not exist.
 */
class InformationSchemaTest extends StubbedConnectionTest {

    private void catalog() {
        stub.failOn("(?i)information_schema\\.", new SQLException("User not found", "42000"));
        stub.onQuery(
                "FROM SYSTEM_\\.SYS_TABLES_ T JOIN SYSTEM_\\.SYS_USERS_ U ON U\\.USER_ID = T\\.USER_ID JOIN V\\$SEQ S",
                StubRows.columns(
                                "SEQUENCE_CATALOG",
                                "SEQUENCE_SCHEMA",
                                "SEQUENCE_NAME",
                                "DATA_TYPE",
                                "NUMERIC_PRECISION",
                                "NUMERIC_PRECISION_RADIX",
                                "NUMERIC_SCALE",
                                "START_VALUE",
                                "MINIMUM_VALUE",
                                "MAXIMUM_VALUE",
                                "INCREMENT",
                                "CYCLE_OPTION")
                        .row(null, "APP", "VETS_ID_SEQ", "BIGINT", 64, 2, 0, 1L, 1L, 9223372036854775806L, 1L, "NO")
                        .row(
                                null,
                                "APP",
                                "HIBERNATE_SEQUENCE",
                                "BIGINT",
                                64,
                                2,
                                0,
                                1L,
                                1L,
                                9223372036854775806L,
                                50L,
                                "NO"));
    }

    @Test
    void hibernatesSequenceQueriesAreAnsweredFromTheCatalog() throws SQLException {
        catalog();
        for (String query :
                List.of("select * from INFORMATION_SCHEMA.SEQUENCES", "select * from information_schema.sequences")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                assertTrue(rows.next());
                assertEquals("VETS_ID_SEQ", rows.getString("sequence_name"));
                assertTrue(rows.next());
                assertEquals("HIBERNATE_SEQUENCE", rows.getString("sequence_name"));
                assertEquals(50L, rows.getLong("increment"));
                assertEquals(1L, rows.getLong("start_value"));
                assertEquals("APP", rows.getString("sequence_schema"));
                assertFalse(rows.next());
            }
        }
        assertTrue(
                stub.executed().stream().allMatch(sql -> sql.contains("FROM SYSTEM_.SYS_TABLES_ T")),
                stub.executed().toString());
    }

    @Test
    void strictModeRefusesAViewTheDriverDoesNotAnswerAndSendsNothing() throws SQLException {
        try (Harness strict = Harness.open("portable.strict", "true");
                Statement statement = strict.portable().createStatement()) {
            SQLException refused = assertThrows(
                    SQLSyntaxErrorException.class,
                    () -> statement.executeQuery("SELECT * FROM information_schema.routines"));
            assertTrue(
                    refused.getMessage().contains("information_schema.routines has no Altibase form"),
                    refused.getMessage());
            assertEquals(List.of(), strict.stub().executed());
        }
    }
}
