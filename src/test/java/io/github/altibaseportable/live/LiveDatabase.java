package io.github.altibaseportable.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

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

    /** Drops a table, ignoring "does not exist". */
    public static void dropQuietly(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
