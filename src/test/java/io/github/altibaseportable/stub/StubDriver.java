package io.github.altibaseportable.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The stand-in for the Altibase JDBC driver, and this project's only test double. It accepts
 * {@code jdbc:Altibase:} URLs and opens {@link StubConnection}s, which record what they are asked
 * and answer what a test scripted.
 *
 * <p>It is not registered with {@code DriverManager}: a test selects it with the connection property
 * {@value #DELEGATE_PROPERTY}{@code =}{@value #CLASS_NAME} (see {@link #properties(String...)}),
 * and the driver under test loads it by class name. Every {@code connect} call is recorded in a
 * static, thread-safe list ({@link #connects()}); {@link #reset()} empties it. For connections that a
 * tool opens itself, {@link #scriptNewConnections} scripts each new connection before it is returned.
 */
public final class StubDriver implements Driver {
    /** The URL prefix this stub accepts, as the Altibase driver does. */
    public static final String URL_PREFIX = "jdbc:Altibase:";
    /** This class's name, the value of {@link #DELEGATE_PROPERTY}. */
    public static final String CLASS_NAME = "io.github.altibaseportable.stub.StubDriver";
    /** The property of the driver under test that names its delegate driver. */
    public static final String DELEGATE_PROPERTY = "portable.delegateDriver";

    /** One {@code connect} call that reached the stub: the URL and a copy of the properties. */
    public record Connect(String url, Properties properties) {
        /** A property as the stub received it, or {@code null}. */
        public String property(String key) {
            return properties.getProperty(key);
        }
    }

    private static final List<Connect> CONNECTS = new CopyOnWriteArrayList<>();
    private static volatile Consumer<StubConnection> newConnectionScript = connection -> {};

    /** Forgets every recorded {@code connect} call, and the script of new connections. */
    public static void reset() {
        CONNECTS.clear();
        newConnectionScript = connection -> {};
    }

    /** Runs {@code script} on every connection opened from now on, before it is returned. */
    public static void scriptNewConnections(Consumer<StubConnection> script) {
        newConnectionScript = script;
    }

    /** Every {@code connect} call with an accepted URL since the last {@link #reset()}, oldest first. */
    public static List<Connect> connects() {
        return List.copyOf(CONNECTS);
    }

    /** The only {@code connect} call since the last {@link #reset()}; fails unless there was exactly one. */
    public static Connect onlyConnect() {
        List<Connect> connects = connects();
        if (connects.size() != 1) {
            throw new AssertionError("expected one connect call to the stub driver, got " + connects);
        }
        return connects.get(0);
    }

    /** Connection properties that select this stub as the delegate, plus {@code keysAndValues} in pairs. */
    public static Properties properties(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Properties properties = new Properties();
        properties.setProperty(DELEGATE_PROPERTY, CLASS_NAME);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Properties copy = new Properties();
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                copy.setProperty(key, info.getProperty(key));
            }
        }
        CONNECTS.add(new Connect(url, copy));
        StubConnection connection = new StubConnection(url, copy);
        newConnectionScript.accept(connection);
        return connection;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(URL_PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 7;
    }

    @Override
    public int getMinorVersion() {
        return 3;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw Stubs.unsupported("Driver.getParentLogger()");
    }
}
