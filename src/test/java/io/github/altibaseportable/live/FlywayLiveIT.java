package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
        String prefix = LiveDatabase.uniqueName("FW");
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
                assertEquals(List.of(prefix + "_HISTORY"), LiveDatabase.objectsStartingWith(connection, prefix + "_HIST", "T"));
            } finally {
                LiveDatabase.dropObjectsStartingWith(connection, prefix);
            }
        }
    }
}
