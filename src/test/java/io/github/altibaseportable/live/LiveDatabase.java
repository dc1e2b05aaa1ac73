package io.github.altibaseportable.live;

import io.github.altibaseportable.driver.PortableDataSource;
import io.github.altibaseportable.driver.PortableUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The live Altibase server of the {@code *LiveIT} tests: {@code ALTIBASE_URL} (a
 * {@code jdbc:altibase-portable:} URL), {@code ALTIBASE_USER} and {@code ALTIBASE_PASSWORD}, each read
 * from a system property or else the environment. Without {@code ALTIBASE_URL} every live test is
 * skipped (JUnit reports it as skipped, never as passed), unless the system property
 * {@value #REQUIRED} is {@code true} (the Maven profile {@code live} sets it): then it fails.
 *
 * <p>The tests connect as a user created for the run when the configured user may create one
 * ({@link RunUser}), so that they start from an empty schema; {@link #user()}, {@link #password()},
 * {@link #login()}, {@link #connect} and {@link #dataSource()} all use that user.
 */
public final class LiveDatabase {
    /** The system property that turns "no server configured" from a skip into a failure. */
    public static final String REQUIRED = "altibase.live.required";

    private static RunUser.Login run;

    private LiveDatabase() {}

    /** The login of this run: made (a user created, or the configured one) on first use. */
    private static synchronized RunUser.Login run() {
        if (run == null) {
            run = RunUser.create(
                    requireUrl(), new RunUser.Login(setting("ALTIBASE_USER"), setting("ALTIBASE_PASSWORD")));
        }
        return run;
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
     * Skips the calling test unless a live server is configured, or fails it when one is required, or
     * when {@code ALTIBASE_URL} is not this driver's URL. Call it in the test or in {@code @BeforeEach}
     * (not in {@code @BeforeAll}, where JUnit would drop the class without reporting any test as skipped).
     */
    public static String requireUrl() {
        String url = setting("ALTIBASE_URL");
        if (url == null && Boolean.getBoolean(REQUIRED)) {
            Assertions.fail("ALTIBASE_URL is not set, and " + REQUIRED + " requires a live Altibase server");
        }
        Assumptions.assumeTrue(url != null, "ALTIBASE_URL is not set: live Altibase test skipped");
        if (!url.startsWith(PortableUrl.PREFIX)) {
            Assertions.fail("ALTIBASE_URL must be a " + PortableUrl.PREFIX + " URL, not " + url);
        }
        return url;
    }

    /**
     * For a {@code @TestFactory}: one dynamic test that is skipped, so that a run without a server
     * reports the skip (an aborted factory is not counted at all).
     */
    public static Stream<DynamicTest> skipped() {
        return Stream.of(DynamicTest.dynamicTest("live server", LiveDatabase::requireUrl));
    }

    /** The user the tests run as: the run's own, else {@code ALTIBASE_USER}, or {@code null} (the driver's default user). */
    public static String user() {
        return run().user();
    }

    /** That user's password, or {@code null}. */
    public static String password() {
        return run().password();
    }

    /** Connection properties {@code user} and {@code password}, those of the two that are set. */
    public static Properties login() {
        return run().properties();
    }

    /** A new connection through this driver, with {@code extra} connection properties. */
    public static Connection connect(String... extra) throws SQLException {
        String url = requireUrl();
        Properties properties = login();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            properties.setProperty(extra[i], extra[i + 1]);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Runs {@code statements} (DDL, typically) one after the other on {@code connection}. */
    public static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A name no other run uses: {@code prefix} and 8 random hex digits, upper case. */
    public static String uniqueName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    /** A {@link PortableDataSource} for the live server, for tools that take a {@code DataSource}. */
    public static DataSource dataSource() {
        PortableDataSource dataSource = new PortableDataSource();
        dataSource.setUrl(requireUrl());
        if (user() != null) {
            dataSource.setUser(user());
        }
        if (password() != null) {
            dataSource.setPassword(password());
        }
        return dataSource;
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
