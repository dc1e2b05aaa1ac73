package io.github.altibaseportable.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The Altibase user the live tests run as. When the configured user may create users, a user of its own
 * is created for the run ({@code PIT_<8 hex digits>}), so that every class (Flyway and Liquibase among
 * them) starts from an empty schema, and it is dropped with {@code DROP USER ... CASCADE} when the JVM
 * ends. When it may not, or {@code ALTIBASE_OWN_USER=false}, the tests run as the configured user, in
 * its schema, and say so.
 */
final class RunUser {
    /** The setting that, {@code false}, keeps the tests in the configured user's schema. */
    static final String OWN_USER = "ALTIBASE_OWN_USER";

    /** What the run's user needs besides what a new Altibase user may already have; each granted if it can be. */
    private static final List<String> PRIVILEGES =
            List.of("CREATE SESSION", "CREATE TABLE", "CREATE SEQUENCE", "CREATE VIEW", "CREATE PROCEDURE");

    /** A user and password ({@code null}: the driver's default), as connection properties. */
    record Login(String user, String password) {
        Properties properties() {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return properties;
        }
    }

    private RunUser() {}

    /** The login of this run on the server at {@code url}: a new user's, else {@code configured}. */
    static Login create(String url, Login configured) {
        if ("false".equalsIgnoreCase(LiveDatabase.setting(OWN_USER))) {
            note("live tests run as the configured user, in its schema (" + OWN_USER + "=false)");
            return configured;
        }
        String user = LiveDatabase.uniqueName("PIT");
        String password = "P"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(url, configured.properties());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER " + user + " IDENTIFIED BY " + password);
            for (String privilege : PRIVILEGES) {
                grant(statement, privilege, user);
            }
        } catch (SQLException refused) {
            note("live tests run as the configured user, in its schema: it cannot create a user of their own ("
                    + refused.getMessage() + "). Flyway and Liquibase need that schema empty or baselined (README,"
                    + " \"Testing against a real Altibase\").");
            return configured;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, configured, user), "drop " + user));
        note("live tests run as user " + user + ", created for this run and dropped at its end");
        return new Login(user, password);
    }

    private static void grant(Statement statement, String privilege, String user) {
        try {
            statement.execute("GRANT " + privilege + " TO " + user);
        } catch (SQLException refused) {
            note("GRANT " + privilege + " TO " + user + " was refused (" + refused.getMessage()
                    + "); the tests that need it will say so");
        }
    }

    /** Drops the run's user and everything in its schema, as the configured user. */
    private static void drop(String url, Login configured, String user) {
        try (Connection admin = DriverManager.getConnection(url, configured.properties());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP USER " + user + " CASCADE");
        } catch (SQLException failure) {
            note("could not drop the live tests' user " + user + " (" + failure.getMessage()
                    + "); drop it with DROP USER " + user + " CASCADE");
        }
    }

    private static void note(String message) {
        System.err.println("altibase-portable: " + message);
    }
}
