package io.github.altibaseportable.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Flyway finds this driver's plugin, by URL and by the connection's product name, and runs the portable
 * migration set through the driver (on the stub driver, which answers like an empty Altibase schema).
 */
class FlywayPluginTest {
    private static final String URL =
            "jdbc:altibase-portable://localhost/mydb?portable.delegateDriver=" + StubDriver.CLASS_NAME;

    private final List<StubConnection> opened = new ArrayList<>();

    @AfterEach
    void forgetTheScript() {
        StubDriver.reset();
    }

    private Configuration configuration() {
        return Flyway.configure()
                .dataSource(URL, "sys", "manager")
                .locations("classpath:db/portable")
                .placeholders(Map.of("prefix", "FW"))
                .table("FW_HISTORY");
    }

    @Test
    void theUrlSelectsThePlugin() {
        assertInstanceOf(
                AltibaseDatabaseType.class,
                DatabaseTypeRegister.getDatabaseTypesForUrl(URL, configuration())
                        .get(0));
    }

    @Test
    void aConnectionWhoseProductIsAltibaseSelectsThePlugin() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "sys", "manager")) {
            assertInstanceOf(
                    AltibaseDatabaseType.class,
                    DatabaseTypeRegister.getDatabaseTypeForConnection(connection, configuration()));
        }
    }

    @Test
    void theMigrationsRunThroughTheDriverAndTheHistoryTableUsesAltibaseTypes() {
        AtomicBoolean historyCreated = new AtomicBoolean();
        StubDriver.scriptNewConnections(connection -> {
            connection.onQuery("^SELECT COUNT\\(\\*\\)", StubRows.single("COUNT", 0));
            connection.onQuery("USER_NAME\\(\\)", StubRows.single("USER_NAME", "SYS"));
            connection.onQuery("FROM SYSTEM_\\.SYS_USERS_ WHERE", StubRows.single("COUNT", 1));
            // the catalog: FW_AUTHOR's key defaults to the sequence of its identity column, as on the server
            connection.onCatalogColumns(
                    "FW_AUTHOR",
                    new Object[] {"SYS", "ID", -5, 19, 0, "FW_AUTHOR_ID_SEQ.NEXTVAL"},
                    new Object[] {"SYS", "NAME", 12, 100, 0, null});
            // the catalog: the history table exists once it was created
            connection.onUpdate(
                    sql -> sql.startsWith("CREATE TABLE \"SYS\".\"FW_HISTORY\"") && historyCreated.getAndSet(true), 0);
            connection.onQuery(
                    sql -> sql.startsWith("SELECT COUNT(*)") && sql.contains("SYS_TABLES_ T") && historyCreated.get(),
                    StubRows.single("COUNT", 1));
            opened.add(connection);
        });

        MigrateResult result = new Flyway(configuration()).migrate();

        assertEquals(4, result.migrationsExecuted);
        List<String> executed = new ArrayList<>();
        opened.forEach(connection -> executed.addAll(connection.executed()));
        String history = "\"SYS\".\"FW_HISTORY\"";
        assertSent(
                executed,
                "CREATE TABLE " + history + " (\n"
                        + "    \"installed_rank\" INTEGER NOT NULL,\n"
                        + "    \"version\" VARCHAR(50),\n"
                        + "    \"description\" VARCHAR(200) NOT NULL,\n"
                        + "    \"type\" VARCHAR(20) NOT NULL,\n"
                        + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                        + "    \"checksum\" INTEGER,\n"
                        + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                        + "    \"installed_on\" DATE DEFAULT SYSDATE NOT NULL,\n"
                        + "    \"execution_time\" INTEGER NOT NULL,\n"
                        + "    \"success\" SMALLINT NOT NULL,\n"
                        + "    CONSTRAINT \"FW_HISTORY_pk\" PRIMARY KEY (\"installed_rank\")\n"
                        + ")");
        assertSent(executed, "CREATE INDEX \"SYS\".\"FW_HISTORY_s_idx\" ON " + history + " (\"success\")");
        assertSent(executed, "LOCK TABLE " + history + " IN EXCLUSIVE MODE");
        assertSent(executed, "CREATE TABLE FW_book (");
        assertSent(
                executed,
                "INSERT INTO FW_author (name) SELECT 'Ursula K. Le Guin' FROM DUAL UNION ALL SELECT 'Iain M. Banks' FROM DUAL");
        assertSent(executed, "INSERT INTO FW_book (author_id, title) SELECT id, 'The Dispossessed' FROM FW_author");
        assertSent(executed, "CREATE VIEW FW_second_page AS\nSELECT id, title FROM FW_book ORDER BY id LIMIT 3, 2");
        assertSent(executed, "COMMENT ON COLUMN FW_book.title IS 'Title as printed'");
        assertEquals(
                4,
                executed.stream()
                        .filter(sql -> sql.startsWith("INSERT INTO " + history))
                        .count());
    }

    /** One of the statements sent holds {@code text} (Flyway keeps the comment lines before a statement). */
    private static void assertSent(List<String> executed, String text) {
        assertTrue(
                executed.stream().anyMatch(sql -> sql.contains(text)),
                () -> "not sent: " + text + "\nsent: "
                        + executed.stream()
                                .filter(sql -> !sql.startsWith("SELECT"))
                                .toList());
    }
}
