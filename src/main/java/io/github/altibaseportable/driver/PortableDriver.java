package io.github.altibaseportable.driver;

import io.github.altibaseportable.DriverVersion;
import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.jdbc.PortableConnection;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:altibase-portable:} JDBC driver. It parses the URL and this driver's options,
 * opens a connection with the real Altibase driver, and wraps it in a {@link PortableConnection}
 * that rewrites portable SQL. Registered with {@link DriverManager} when loaded, through
 * {@code META-INF/services/java.sql.Driver}, and usable as a pool's {@code driverClassName}.
 */
public final class PortableDriver implements Driver {

    static {
        try {
            DriverManager.registerDriver(new PortableDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return open(ConnectionConfig.resolve(url, info));
    }

    /** Opens a connection for an already resolved configuration. */
    static PortableConnection open(ConnectionConfig config) throws SQLException {
        Driver delegate = DelegateDrivers.find(config.delegateDriver());
        Connection connection = delegate.connect(config.altibaseUrl(), config.altibaseProperties());
        if (connection == null) {
            throw SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                    "the driver " + config.delegateDriver() + " does not accept the URL " + config.altibaseUrl());
        }
        return new PortableConnection(connection, config.rewriter());
    }

    /** True only for {@code jdbc:altibase-portable:} URLs. */
    @Override
    public boolean acceptsURL(String url) {
        return PortableUrl.accepts(url);
    }

    /** The user and password, and this driver's options with descriptions, defaults and choices. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return ConnectionConfig.propertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** False: the Altibase driver underneath does not claim JDBC compliance either. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    /** This driver logs through {@code System.Logger} under {@code io.github.altibaseportable}. */
    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("io.github.altibaseportable");
    }
}
