package io.github.altibaseportable.driver;

import io.github.altibaseportable.SqlState;
import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for this driver, configured with JavaBean setters: for Spring Boot, HikariCP's
 * {@code dataSourceClassName} (its {@code dataSource.*} properties call these setters), or a JNDI
 * bean factory.
 *
 * <p>Either set {@link #setUrl(String) url}, or {@link #setHost host}, {@link #setPort port} and
 * {@link #setDatabase database} (defaults as in the URL). This driver's options have setters of the
 * same names ({@link #setSourceDialect}, {@link #setStrict}, ...); Altibase driver properties go in
 * {@link #setConnectionProperties(Properties)}.
 */
public class PortableDataSource implements DataSource, Serializable {
    private static final long serialVersionUID = 1L;

    /** A data source with nothing set: the URL's defaults, no user, this driver's default options. */
    public PortableDataSource() {
        // configured through the setters
    }

    /** The full URL, or {@code null} when host, port and database make it. */
    private String url;
    /** The server's host name or address, or {@code null} for the URL's default. */
    private String host;
    /** 0 when not set. An {@code int}: HikariCP sets only primitive and String properties from text. */
    private int port;
    /** The database name, or {@code null} for the URL's default. */
    private String database;
    /** The user, or {@code null} for the driver's default. */
    private String user;
    /** The password, or {@code null}. */
    private String password;
    /** Seconds to wait for a connection; 0: the Altibase driver's default. */
    private int loginTimeout;
    /** This driver's options ({@code portable.*} keys) set through the setters. */
    private final Properties options = new Properties();
    /** Altibase driver properties, passed down untouched. */
    private Properties connectionProperties = new Properties();

    private transient PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(connectionProperties);
        properties.putAll(options);
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        if (loginTimeout > 0) {
            properties.setProperty("login_timeout", Integer.toString(loginTimeout));
        }
        return PortableDriver.open(ConnectionConfig.resolve(effectiveUrl(), properties));
    }

    /** {@return the URL connections use: {@link #getUrl()}, or one built from host, port and database} */
    public String effectiveUrl() {
        if (url != null) {
            return url;
        }
        String hostPart = host == null ? "" : host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return PortableUrl.PREFIX + "//" + hostPart + (port == 0 ? "" : ":" + port)
                + (database == null ? "" : "/" + database);
    }

    /** {@return the URL set with {@link #setUrl}, or {@code null}} */
    public String getUrl() {
        return url;
    }

    /**
     * A full {@code jdbc:altibase-portable:} URL; when set, host, port and database are not used.
     *
     * @param url the URL, or {@code null} to build it from host, port and database
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /** {@return the host set with {@link #setHost}, or {@code null}} */
    public String getHost() {
        return host;
    }

    /**
     * The server's host name or address (an IPv6 address with or without brackets).
     *
     * @param host the host, or {@code null} for the URL's default
     */
    public void setHost(String host) {
        this.host = host;
    }

    /** {@return the port set with {@link #setPort}; 0 when not set} */
    public int getPort() {
        return port;
    }

    /**
     * The port; 0 (the initial value) means Altibase's default port.
     *
     * @param port the port, or 0
     */
    public void setPort(int port) {
        this.port = port;
    }

    /** {@return the database set with {@link #setDatabase}, or {@code null}} */
    public String getDatabase() {
        return database;
    }

    /**
     * The database name.
     *
     * @param database the name, or {@code null} for the URL's default
     */
    public void setDatabase(String database) {
        this.database = database;
    }

    /** {@return the user set with {@link #setUser} or {@link #setUsername}, or {@code null}} */
    public String getUser() {
        return user;
    }

    /**
     * The user connections log in as, unless {@link #getConnection(String, String)} gives one.
     *
     * @param user the user, or {@code null} for the driver's default
     */
    public void setUser(String user) {
        this.user = user;
    }

    /**
     * Same as {@link #setUser}, the name Spring and HikariCP use.
     *
     * @param username the user, or {@code null} for the driver's default
     */
    public void setUsername(String username) {
        this.user = username;
    }

    /** {@return the password set with {@link #setPassword}, or {@code null}} */
    public String getPassword() {
        return password;
    }

    /**
     * The password connections log in with, unless {@link #getConnection(String, String)} gives one.
     *
     * @param password the password, or {@code null}
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return a copy of the Altibase driver properties, passed down untouched (e.g. {@code app_info})} */
    public Properties getConnectionProperties() {
        Properties copy = new Properties();
        copy.putAll(connectionProperties);
        return copy;
    }

    /**
     * Altibase driver properties (e.g. {@code app_info}, {@code time_zone}), passed down untouched; a copy is kept.
     *
     * @param connectionProperties the properties, or {@code null} for none
     */
    public void setConnectionProperties(Properties connectionProperties) {
        Properties copy = new Properties();
        if (connectionProperties != null) {
            copy.putAll(connectionProperties);
        }
        this.connectionProperties = copy;
    }

    /** {@return whether statements are rewritten ({@link PortableProperty#REWRITE})} */
    public boolean isRewrite() {
        return Boolean.parseBoolean(option(PortableProperty.REWRITE));
    }

    /**
     * See {@link PortableProperty#REWRITE}.
     *
     * @param rewrite whether to rewrite statements
     */
    public void setRewrite(boolean rewrite) {
        setOption(PortableProperty.REWRITE, Boolean.toString(rewrite));
    }

    /** {@return whether strict mode is on ({@link PortableProperty#STRICT})} */
    public boolean isStrict() {
        return Boolean.parseBoolean(option(PortableProperty.STRICT));
    }

    /**
     * See {@link PortableProperty#STRICT}.
     *
     * @param strict whether strict mode is on
     */
    public void setStrict(boolean strict) {
        setOption(PortableProperty.STRICT, Boolean.toString(strict));
    }

    /** {@return whether the Altibase driver is given the ISO date format ({@link PortableProperty#ISO_DATES})} */
    public boolean isIsoDates() {
        return Boolean.parseBoolean(option(PortableProperty.ISO_DATES));
    }

    /**
     * See {@link PortableProperty#ISO_DATES}.
     *
     * @param isoDates whether to pass the ISO date format
     */
    public void setIsoDates(boolean isoDates) {
        setOption(PortableProperty.ISO_DATES, Boolean.toString(isoDates));
    }

    /** {@return the application's SQL dialect ({@link PortableProperty#SOURCE_DIALECT})} */
    public String getSourceDialect() {
        return option(PortableProperty.SOURCE_DIALECT);
    }

    /**
     * See {@link PortableProperty#SOURCE_DIALECT}.
     *
     * @param sourceDialect {@code portable} or {@code mysql}; {@code null}: the default
     */
    public void setSourceDialect(String sourceDialect) {
        setOption(PortableProperty.SOURCE_DIALECT, sourceDialect);
    }

    /**
     * {@return {@code auto}, {@code true} or {@code false} ({@link PortableProperty#IDENTITIES_PAST_EXPLICIT_KEYS})}
     */
    public String getIdentitiesPastExplicitKeys() {
        return option(PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS);
    }

    /**
     * See {@link PortableProperty#IDENTITIES_PAST_EXPLICIT_KEYS}.
     *
     * @param identitiesPastExplicitKeys {@code auto}, {@code true} or {@code false}; {@code null}: the default
     */
    public void setIdentitiesPastExplicitKeys(String identitiesPastExplicitKeys) {
        setOption(PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS, identitiesPastExplicitKeys);
    }

    /** {@return the rules switched off, comma-separated ({@link PortableProperty#DISABLED_RULES})} */
    public String getDisabledRules() {
        return option(PortableProperty.DISABLED_RULES);
    }

    /**
     * See {@link PortableProperty#DISABLED_RULES}.
     *
     * @param disabledRules rule names, comma-separated; {@code null}: none
     */
    public void setDisabledRules(String disabledRules) {
        setOption(PortableProperty.DISABLED_RULES, disabledRules);
    }

    /** {@return the most plans the rewrite cache keeps ({@link PortableProperty#CACHE_SIZE})} */
    public long getCacheSize() {
        return Long.parseLong(option(PortableProperty.CACHE_SIZE));
    }

    /**
     * See {@link PortableProperty#CACHE_SIZE}.
     *
     * @param cacheSize the most plans kept; 0 turns caching off
     */
    public void setCacheSize(long cacheSize) {
        setOption(PortableProperty.CACHE_SIZE, Long.toString(cacheSize));
    }

    /** {@return the rewrite cache's byte budget ({@link PortableProperty#CACHE_BYTES})} */
    public long getCacheBytes() {
        return Long.parseLong(option(PortableProperty.CACHE_BYTES));
    }

    /**
     * See {@link PortableProperty#CACHE_BYTES}.
     *
     * @param cacheBytes the most bytes kept
     */
    public void setCacheBytes(long cacheBytes) {
        setOption(PortableProperty.CACHE_BYTES, Long.toString(cacheBytes));
    }

    /** {@return whether statements are planned from tokens where they can be ({@link PortableProperty#FAST_PATH})} */
    public boolean isFastPath() {
        return Boolean.parseBoolean(option(PortableProperty.FAST_PATH));
    }

    /**
     * See {@link PortableProperty#FAST_PATH}.
     *
     * @param fastPath whether statements are planned from their tokens when they can be
     */
    public void setFastPath(boolean fastPath) {
        setOption(PortableProperty.FAST_PATH, Boolean.toString(fastPath));
    }

    /** {@return the longest time spent planning one statement ({@link PortableProperty#PARSE_TIMEOUT_MILLIS})} */
    public long getParseTimeoutMillis() {
        return Long.parseLong(option(PortableProperty.PARSE_TIMEOUT_MILLIS));
    }

    /**
     * See {@link PortableProperty#PARSE_TIMEOUT_MILLIS}.
     *
     * @param parseTimeoutMillis milliseconds
     */
    public void setParseTimeoutMillis(long parseTimeoutMillis) {
        setOption(PortableProperty.PARSE_TIMEOUT_MILLIS, Long.toString(parseTimeoutMillis));
    }

    /** {@return the Altibase driver's class name ({@link PortableProperty#DELEGATE_DRIVER})} */
    public String getDelegateDriver() {
        return option(PortableProperty.DELEGATE_DRIVER);
    }

    /**
     * See {@link PortableProperty#DELEGATE_DRIVER}.
     *
     * @param delegateDriver a class name; {@code null}: the default
     */
    public void setDelegateDriver(String delegateDriver) {
        setOption(PortableProperty.DELEGATE_DRIVER, delegateDriver);
    }

    private String option(PortableProperty property) {
        return property.get(options);
    }

    private void setOption(PortableProperty property, String value) {
        if (value == null) {
            options.remove(property.key());
        } else {
            options.setProperty(property.key(), value);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Seconds to wait for a connection; passed to Altibase as {@code login_timeout}. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("io.github.altibaseportable");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface == null) {
            throw SqlState.INVALID_USE_OF_NULL_POINTER.exception("unwrap needs an interface, not null");
        }
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw SqlState.GENERAL_ERROR.exception("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface != null && iface.isInstance(this);
    }
}
