package io.github.altibaseportable.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.datatype.DataTypeFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Liquibase finds this driver's extension, by URL and by the connection's product name, creates its
 * tables with Altibase types, and runs the portable changelog through the driver (on the stub driver,
 * which answers like an empty Altibase schema).
 */
class LiquibaseExtensionTest {
    private static final String URL =
            "jdbc:altibase-portable://localhost/mydb?portable.delegateDriver=" + StubDriver.CLASS_NAME;

    @AfterEach
    void forgetTheScript() {
        StubDriver.reset();
    }

    @Test
    void theUrlNamesThisDriver() {
        assertEquals(
                PortableDriver.class.getName(), DatabaseFactory.getInstance().findDefaultDriver(URL));
    }

    @Test
    void aConnectionWhoseProductIsAltibaseIsAnAltibaseDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sys", "manager")) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));

            assertInstanceOf(AltibaseDatabase.class, database);
            assertEquals(
                    "SMALLINT",
                    DataTypeFactory.getInstance()
                            .fromDescription("boolean", database)
                            .toDatabaseDataType(database)
                            .toString());
            assertEquals(
                    "DATE",
                    DataTypeFactory.getInstance()
                            .fromDescription("datetime", database)
                            .toDatabaseDataType(database)
                            .toString());
            assertEquals("1", new AltibaseBooleanType().objectToSql(true, database));
            assertEquals("SYSDATE", database.getCurrentDateTimeFunction());
            assertEquals(false, database.supportsDDLInTransaction());
        }
    }

    @Test
    void theChangelogRunsThroughTheDriver() throws Exception {
        List<StubConnection> opened = new ArrayList<>();
        StubDriver.scriptNewConnections(connection -> {
            connection.onQuery("^SELECT COUNT\\(\\*\\)", StubRows.single("COUNT", 0));
            connection.onQuery("USER_NAME\\(\\)", StubRows.single("USER_NAME", "SYS"));
            connection.onQuery("SELECT LOCKED FROM", StubRows.single("LOCKED", 0));
            connection.onQuery("MAX\\(ORDEREXECUTED\\)", StubRows.single("MAX", null));
            connection.onUpdate("SET LOCKED = 1", 1);
            // the catalog: LB_AUTHOR's key defaults to the sequence of its identity column, as on the server
            connection.onCatalogColumns(
                    "LB_AUTHOR",
                    new Object[] {"SYS", "ID", -5, 19, 0, "LB_AUTHOR_ID_SEQ.NEXTVAL"},
                    new Object[] {"SYS", "NAME", 12, 100, 0, null});
            opened.add(connection);
        });

        try (Connection connection = DriverManager.getConnection(URL, "sys", "manager")) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName("LB_CHANGELOG");
            database.setDatabaseChangeLogLockTableName("LB_LOCK");
            Liquibase liquibase =
                    new Liquibase("db/liquibase/changelog.xml", new ClassLoaderResourceAccessor(), database);
            liquibase.setChangeLogParameter("prefix", "LB");
            liquibase.update(new Contexts());
        }

        List<String> executed = new ArrayList<>();
        opened.forEach(stub -> executed.addAll(stub.executed()));
        assertSent(
                executed,
                "CREATE TABLE SYS.LB_CHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, "
                        + "FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED DATE NOT NULL, ORDEREXECUTED INT NOT NULL, ");
        assertSent(executed, "UPDATE SYS.LB_LOCK SET LOCKED = 1, LOCKEDBY = ");
        assertSent(executed, "LOCKGRANTED = SYSDATE WHERE ID = 1 AND LOCKED = 0");
        assertSent(executed, "CREATE TABLE LB_book (");
        assertSent(executed, "CREATE VIEW LB_second_page AS\nSELECT id, title FROM LB_book ORDER BY id LIMIT 3, 2");
        assertSent(executed, "COMMENT ON COLUMN LB_book.title IS 'Title as printed'");
        assertEquals(
                4,
                executed.stream()
                        .filter(sql -> sql.startsWith("INSERT INTO SYS.LB_CHANGELOG ("))
                        .count());
    }

    @Test
    void theLockTableUsesAltibaseTypes() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sys", "manager")) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Sql[] sql = SqlGeneratorFactory.getInstance()
                    .generateSql(new CreateDatabaseChangeLogLockTableStatement(), database);

            assertEquals(1, sql.length);
            assertTrue(sql[0].toSql().contains("LOCKED SMALLINT NOT NULL, LOCKGRANTED DATE, "), sql[0].toSql());
        }
    }

    /** One of the statements sent holds {@code text} (Liquibase keeps the comment lines before a statement). */
    private static void assertSent(List<String> executed, String text) {
        assertTrue(
                executed.stream().anyMatch(sql -> sql.contains(text)),
                () -> "not sent: " + text + "\nsent: "
                        + executed.stream()
                                .filter(sql -> !sql.startsWith("SELECT"))
                                .toList());
    }
}
