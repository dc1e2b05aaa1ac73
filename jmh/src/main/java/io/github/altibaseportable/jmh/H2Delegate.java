package io.github.altibaseportable.jmh;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The delegate driver of {@link HotPeersBenchmark}: whatever URL this driver passes it, a connection to
 * the benchmark's H2 in-memory database, so that this driver and its peers all run on the same database.
 * Selected with {@code portable.delegateDriver}.
 */
public final class H2Delegate implements Driver {
    /** The database every peer of one benchmark run uses; it lives as long as the JVM (one JMH fork). */
    static final String H2_URL = "jdbc:h2:mem:peers;DB_CLOSE_DELAY=-1";

    private final Driver h2 = new org.h2.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return h2.connect(H2_URL, new Properties());
    }

    @Override
    public boolean acceptsURL(String url) {
        return true;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return h2.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return h2.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(H2Delegate.class.getName());
    }
}
