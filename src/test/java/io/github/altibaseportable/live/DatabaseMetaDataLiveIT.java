package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.DriverVersion;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the driver's {@code DatabaseMetaData} reports on a live server. */
class DatabaseMetaDataLiveIT {

    @Test
    void transactionsKeysQuotingAndNames() throws SQLException {
        try (Connection connection = LiveDatabase.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertTrue(metaData.dataDefinitionCausesTransactionCommit());
            assertFalse(metaData.supportsDataDefinitionAndDataManipulationTransactions());
            assertTrue(metaData.supportsGetGeneratedKeys());
            assertTrue(metaData.supportsSavepoints());
            assertTrue(metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
            assertFalse(metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_UNCOMMITTED));
            assertEquals("\"", metaData.getIdentifierQuoteString());
            assertEquals("Altibase", metaData.getDatabaseProductName());
            assertTrue(metaData.getDriverName().startsWith(DriverVersion.NAME + " (over "), metaData.getDriverName());
            assertTrue(
                    metaData.getDriverVersion().startsWith(DriverVersion.VERSION + " ("), metaData.getDriverVersion());
        }
    }

    @Test
    void aColumnThatDefaultsToASequenceIsAutoIncremented() throws SQLException {
        OwnedObjects objects = new OwnedObjects("MD");
        String table = objects.name("T");
        try (Connection connection = LiveDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE " + table + "_ID_SEQ START WITH 1 INCREMENT BY 1");
            statement.execute("CREATE TABLE " + table + " (id BIGINT DEFAULT " + table + "_ID_SEQ.NEXTVAL PRIMARY KEY,"
                    + " v VARCHAR(10) DEFAULT 'x')");
            try {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME") + "=" + rows.getString("IS_AUTOINCREMENT"));
                    }
                }
                assertEquals(List.of("ID=YES", "V=NO"), columns);
            } finally {
                objects.dropAll(connection);
            }
        }
    }
}
