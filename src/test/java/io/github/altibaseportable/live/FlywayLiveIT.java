package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Flyway applies the portable migration set ({@code db/portable}: identity columns, rows, a paging
 * view, comments) through the driver, then applies it again and changes nothing.
 */
class FlywayLiveIT {

    @Test
    void appliesAndReappliesThePortableMigrations() throws SQLException {
        OwnedObjects objects = new OwnedObjects("FW");
        String prefix = objects.stem();
        Flyway flyway = Flyway.configure()
                .dataSource(LiveDatabase.dataSource())
                .locations("classpath:db/portable")
                .placeholders(Map.of("prefix", prefix))
                .table(prefix + "_HISTORY")
                .load();
        try (Connection connection = LiveDatabase.connect()) {
            try {
                assertEquals(4, flyway.migrate().migrationsExecuted);
                PortableMigrationChecks.assertApplied(connection, prefix);

                assertEquals(0, flyway.migrate().migrationsExecuted);
                flyway.validate();
                assertEquals(4, flyway.info().applied().length);
                PortableMigrationChecks.assertApplied(connection, prefix);
                assertEquals("T", objects.list(connection).get(objects.name("HISTORY")));
            } finally {
                objects.dropAllAndCheck(connection);
            }
        }
    }
}
