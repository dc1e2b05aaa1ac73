package io.github.altibaseportable.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

import io.github.altibaseportable.driver.PortableDataSource;

/**
 * The live Altibase server of the {@code *LiveIT} tests: {@code ALTIBASE_URL} (a
 * {@code jdbc:altibase-portable:} URL), {@code ALTIBASE_USER} and {@code ALTIBASE_PASSWORD}, each read
 * from a system property or else the environment. Without {@code ALTIBASE_URL} every live test is
 * skipped (JUnit reports it as skipped, never as passed).
 */
public final class LiveDatabase {

    private LiveDatabase() {
    }

    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether a live server is configured. */
    public static boolean isConfigured() {
        return setting("ALTIBASE_URL") != null;
    }

    /**
     * Skips the calling test unless a live server is configured. Call it in the test itself (not in
     * {@code @BeforeAll}, where JUnit would drop the class without reporting any test as skipped).
     */
    public static String requireUrl() {
        String url = setting("ALTIBASE_URL");
        Assumptions.assumeTrue(url != null, "ALTIBASE_URL is not set: live Altibase test skipped");
        return url;
    }

    /**
     * For a {@code @TestFactory}: one dynamic test that is skipped, so that a run without a server
     * reports the skip (an aborted factory is not counted at all).
     */
    public static Stream<DynamicTest> skipped() {
        return Stream.of(DynamicTest.dynamicTest("live server", LiveDatabase::requireUrl));
    }

    /** A new connection through this driver, with {@code extra} connection properties. */
    public static Connection connect(String... extra) throws SQLException {
        String url = requireUrl();
        Properties properties = new Properties();
        if (setting("ALTIBASE_USER") != null) {
            properties.setProperty("user", setting("ALTIBASE_USER"));
        }
        if (setting("ALTIBASE_PASSWORD") != null) {
            properties.setProperty("password", setting("ALTIBASE_PASSWORD"));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            properties.setProperty(extra[i], extra[i + 1]);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** A name no other run uses: {@code prefix} and 8 random hex digits, upper case. */
    public static String uniqueName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    /** A {@link PortableDataSource} for the live server, for tools that take a {@code DataSource}. */
    public static DataSource dataSource() {
        PortableDataSource dataSource = new PortableDataSource();
        dataSource.setUrl(requireUrl());
        if (setting("ALTIBASE_USER") != null) {
            dataSource.setUser(setting("ALTIBASE_USER"));
        }
        if (setting("ALTIBASE_PASSWORD") != null) {
            dataSource.setPassword(setting("ALTIBASE_PASSWORD"));
        }
        return dataSource;
    }

    /** The names of the connected user's views, tables and sequences of {@code type} ('V', 'T', 'S') starting with {@code prefix}. */
    public static List<String> objectsStartingWith(Connection connection, String prefix, String type) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME FROM SYSTEM_.SYS_TABLES_"
                + " WHERE USER_ID = USER_ID() AND TABLE_TYPE = ? AND TABLE_NAME LIKE ? ORDER BY TABLE_NAME")) {
            query.setString(1, type);
            query.setString(2, prefix + "%");
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    /**
     * Drops the connected user's views, tables and sequences whose names start with {@code prefix} (a
     * unique name of one test run), and fails unless none is left.
     */
    public static void dropObjectsStartingWith(Connection connection, String prefix) throws SQLException {
        String[][] kinds = {{"V", "DROP VIEW ", ""}, {"T", "DROP TABLE ", " CASCADE CONSTRAINTS"}, {"S", "DROP SEQUENCE ", ""}};
        try (Statement statement = connection.createStatement()) {
            for (String[] kind : kinds) {
                for (String name : objectsStartingWith(connection, prefix, kind[0])) {
                    statement.execute(kind[1] + "\"" + name + "\"" + kind[2]);
                }
            }
        }
        for (String[] kind : kinds) {
            Assertions.assertEquals(List.of(), objectsStartingWith(connection, prefix, kind[0]), "left behind");
        }
    }

    /** Drops a table, ignoring "does not exist". */
    public static void dropQuietly(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
