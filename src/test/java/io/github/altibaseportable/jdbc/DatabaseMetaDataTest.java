package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.DriverVersion;
import io.github.altibaseportable.stub.StubDatabaseMetaData;
import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the driver's {@link DatabaseMetaData} says about transactions, keys, quoting and itself, and
 * how {@code getColumns} reports columns that default to a sequence.
 */
class DatabaseMetaDataTest extends StubbedConnectionTest {

    private DatabaseMetaData metaData() throws SQLException {
        return connection.getMetaData();
    }

    @Test
    void ddlCommitsTheTransaction() throws SQLException {
        assertTrue(metaData().dataDefinitionCausesTransactionCommit());
        assertFalse(metaData().supportsDataDefinitionAndDataManipulationTransactions());
        assertTrue(metaData().supportsDataManipulationTransactionsOnly());
        assertTrue(metaData().supportsTransactions());
    }

    @Test
    void keysSavepointsAndQuoting() throws SQLException {
        assertTrue(metaData().supportsGetGeneratedKeys());
        assertTrue(metaData().supportsSavepoints());
        assertEquals("\"", metaData().getIdentifierQuoteString());
    }

    @Test
    void isolationLevelsAreAltibasesThree() throws SQLException {
        assertTrue(metaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED));
        assertTrue(metaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ));
        assertTrue(metaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
        assertFalse(metaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_UNCOMMITTED));
        assertFalse(metaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE));
        assertFalse(metaData().supportsTransactionIsolationLevel(3));
    }

    @Test
    void theDriverIsThisOneOverTheAltibaseDriverAndTheProductIsTheServers() throws SQLException {
        assertEquals("altibase-portable (over StubDriver)", metaData().getDriverName());
        assertEquals(DriverVersion.VERSION + " (StubDriver 7.3)", metaData().getDriverVersion());
        assertEquals(DriverVersion.MAJOR, metaData().getDriverMajorVersion());
        assertEquals(DriverVersion.MINOR, metaData().getDriverMinorVersion());
        assertEquals("Altibase", metaData().getDatabaseProductName());
        assertEquals("7.3.0.0.0 (stub)", metaData().getDatabaseProductVersion());
        assertSame(connection, metaData().getConnection());
    }

    private static Object[] column(String name, String columnDefault) {
        Object[] row = new Object[StubDatabaseMetaData.COLUMNS_COLUMNS.size()];
        row[2] = "T";
        row[3] = name;
        row[12] = columnDefault;
        row[22] = "NO";
        row[23] = "NO";
        return row;
    }

    @Test
    void columnsThatDefaultToASequenceAreAutoIncremented() throws SQLException {
        StubDatabaseMetaData stubMetaData = (StubDatabaseMetaData) stub.getMetaData();
        stubMetaData.onGetColumns(StubRows.columns(StubDatabaseMetaData.COLUMNS_COLUMNS.toArray(new String[0]))
                .row(column("ID", "T_ID_SEQ.NEXTVAL"))
                .row(column("QUOTED", "\"Order_Id_SEQ\".NEXTVAL"))
                .row(column("QUALIFIED", " APP.T_Q_SEQ . nextval "))
                .row(column("PLAIN", null))
                .row(column("NUMBER", "1"))
                .row(column("TEXT", "'T_ID_SEQ.NEXTVAL'"))
                .row(column("EXPRESSION", "T_ID_SEQ.NEXTVAL + 1")));

        List<String> byLabel = new ArrayList<>();
        List<Object> byIndex = new ArrayList<>();
        try (ResultSet columns = metaData().getColumns(null, "SYS", "T", "%")) {
            while (columns.next()) {
                byLabel.add(columns.getString("COLUMN_NAME") + "=" + columns.getString("IS_AUTOINCREMENT"));
                byIndex.add(columns.getObject(23));
                assertFalse(columns.wasNull());
                assertEquals(columns.getString(23), columns.getObject("is_autoincrement", String.class));
                assertEquals("NO", columns.getString("IS_GENERATEDCOLUMN"));
            }
        }

        assertEquals(
                List.of("ID=YES", "QUOTED=YES", "QUALIFIED=YES", "PLAIN=NO", "NUMBER=NO", "TEXT=NO", "EXPRESSION=NO"),
                byLabel);
        assertEquals(List.of("YES", "YES", "YES", "NO", "NO", "NO", "NO"), byIndex);
        assertEquals(List.of("getColumns(null, SYS, T, %)"), stub.events("getColumns"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S.NEXTVAL", "s.nextval", "\"My Seq\".NEXTVAL", "APP.S.NEXTVAL", "\"App\".\"S\".NEXTVAL"})
    void sequenceDefaultsAreRecognised(String columnDefault) {
        assertTrue(PortableDatabaseMetaData.isSequenceDefault(columnDefault));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEXTVAL", "S.CURRVAL", "A.B.C.NEXTVAL", "S.NEXTVAL()", "SYSDATE", "'x'"})
    void otherDefaultsAreNot(String columnDefault) {
        assertFalse(PortableDatabaseMetaData.isSequenceDefault(columnDefault));
    }

    @Test
    void aColumnsResultWithoutTheColumnGetsIt() throws SQLException {
        ((StubDatabaseMetaData) stub.getMetaData())
                .onGetColumns(StubRows.columns("COLUMN_NAME", "COLUMN_DEF").row("ID", "S.NEXTVAL"));

        try (ResultSet columns = metaData().getColumns(null, null, "T", null)) {
            columns.next();
            assertEquals("S.NEXTVAL", columns.getString("COLUMN_DEF"));
            assertEquals("YES", columns.getString("IS_AUTOINCREMENT"));
            assertNull(columns.getStatement());
        }
    }
}
