package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Liquibase applies the portable changelog ({@code db/liquibase/changelog.xml}, the same SQL files as
 * Flyway's) through the driver, then applies it again and changes nothing.
 */
class LiquibaseLiveIT {

    private static Liquibase liquibase(Connection connection, String prefix) throws LiquibaseException {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(prefix + "_DBCL");
        database.setDatabaseChangeLogLockTableName(prefix + "_DBCL_LOCK");
        Liquibase liquibase = new Liquibase("db/liquibase/changelog.xml", new ClassLoaderResourceAccessor(), database);
        liquibase.setChangeLogParameter("prefix", prefix);
        return liquibase;
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void appliesAndReappliesThePortableChangelog() throws Exception {
        OwnedObjects objects = new OwnedObjects("LB");
        String prefix = objects.stem();
        try (Connection connection = LiveDatabase.connect()) {
            try {
                try (Connection tool = LiveDatabase.connect()) {
                    liquibase(tool, prefix).update(new Contexts());
                }
                PortableMigrationChecks.assertApplied(connection, prefix);
                assertEquals(4, count(connection, "SELECT COUNT(*) FROM " + prefix + "_DBCL"));

                try (Connection tool = LiveDatabase.connect()) {
                    Liquibase again = liquibase(tool, prefix);
                    assertEquals(List.of(), again.listUnrunChangeSets(new Contexts(), new LabelExpression()));
                    again.update(new Contexts());
                }
                PortableMigrationChecks.assertApplied(connection, prefix);
                assertEquals(4, count(connection, "SELECT COUNT(*) FROM " + prefix + "_DBCL"));
                assertEquals(0, count(connection, "SELECT COUNT(*) FROM " + prefix + "_DBCL_LOCK WHERE LOCKED <> 0"));
            } finally {
                objects.dropAllAndCheck(connection);
            }
        }
    }
}
