package io.github.altibaseportable.driver;

import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.altibaseportable.SqlState;

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

    private String url;
    private String host;
    /** 0 when not set. An {@code int}: HikariCP sets only primitive and String properties from text. */
    private int port;
    private String database;
    private String user;
    private String password;
    private int loginTimeout;
    private final Properties options = new Properties();
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

    /** The URL connections use: {@link #getUrl()}, or one built from host, port and database. */
    public String effectiveUrl() {
        if (url != null) {
            return url;
        }
        String hostPart = host == null ? "" : host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return PortableUrl.PREFIX + "//" + hostPart + (port == 0 ? "" : ":" + port)
                + (database == null ? "" : "/" + database);
    }

    public String getUrl() {
        return url;
    }

    /** A full {@code jdbc:altibase-portable:} URL; when set, host, port and database are not used. */
    public void setUrl(String url) {
        this.url = url;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    /** The port; 0 (the initial value) means Altibase's default port. */
    public void setPort(int port) {
        this.port = port;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** Same as {@link #setUser}, the name Spring and HikariCP use. */
    public void setUsername(String username) {
        this.user = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Altibase driver properties (e.g. {@code app_info}, {@code time_zone}), passed down untouched. */
    public Properties getConnectionProperties() {
        Properties copy = new Properties();
        copy.putAll(connectionProperties);
        return copy;
    }

    public void setConnectionProperties(Properties connectionProperties) {
        Properties copy = new Properties();
        if (connectionProperties != null) {
            copy.putAll(connectionProperties);
        }
        this.connectionProperties = copy;
    }

    public boolean isRewrite() {
        return Boolean.parseBoolean(option(PortableProperty.REWRITE));
    }

    /** See {@link PortableProperty#REWRITE}. */
    public void setRewrite(boolean rewrite) {
        setOption(PortableProperty.REWRITE, Boolean.toString(rewrite));
    }

    public boolean isStrict() {
        return Boolean.parseBoolean(option(PortableProperty.STRICT));
    }

    /** See {@link PortableProperty#STRICT}. */
    public void setStrict(boolean strict) {
        setOption(PortableProperty.STRICT, Boolean.toString(strict));
    }

    public boolean isIsoDates() {
        return Boolean.parseBoolean(option(PortableProperty.ISO_DATES));
    }

    /** See {@link PortableProperty#ISO_DATES}. */
    public void setIsoDates(boolean isoDates) {
        setOption(PortableProperty.ISO_DATES, Boolean.toString(isoDates));
    }

    public String getSourceDialect() {
        return option(PortableProperty.SOURCE_DIALECT);
    }

    /** See {@link PortableProperty#SOURCE_DIALECT}. */
    public void setSourceDialect(String sourceDialect) {
        setOption(PortableProperty.SOURCE_DIALECT, sourceDialect);
    }

    public String getIdentitiesPastExplicitKeys() {
        return option(PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS);
    }

    /** See {@link PortableProperty#IDENTITIES_PAST_EXPLICIT_KEYS}: {@code auto}, {@code true} or {@code false}. */
    public void setIdentitiesPastExplicitKeys(String identitiesPastExplicitKeys) {
        setOption(PortableProperty.IDENTITIES_PAST_EXPLICIT_KEYS, identitiesPastExplicitKeys);
    }

    public String getDisabledRules() {
        return option(PortableProperty.DISABLED_RULES);
    }

    /** See {@link PortableProperty#DISABLED_RULES}. */
    public void setDisabledRules(String disabledRules) {
        setOption(PortableProperty.DISABLED_RULES, disabledRules);
    }

    public long getCacheSize() {
        return Long.parseLong(option(PortableProperty.CACHE_SIZE));
    }

    /** See {@link PortableProperty#CACHE_SIZE}. */
    public void setCacheSize(long cacheSize) {
        setOption(PortableProperty.CACHE_SIZE, Long.toString(cacheSize));
    }

    public long getCacheBytes() {
        return Long.parseLong(option(PortableProperty.CACHE_BYTES));
    }

    /** See {@link PortableProperty#CACHE_BYTES}. */
    public void setCacheBytes(long cacheBytes) {
        setOption(PortableProperty.CACHE_BYTES, Long.toString(cacheBytes));
    }

    public boolean isFastPath() {
        return Boolean.parseBoolean(option(PortableProperty.FAST_PATH));
    }

    /** See {@link PortableProperty#FAST_PATH}. */
    public void setFastPath(boolean fastPath) {
        setOption(PortableProperty.FAST_PATH, Boolean.toString(fastPath));
    }

    public long getParseTimeoutMillis() {
        return Long.parseLong(option(PortableProperty.PARSE_TIMEOUT_MILLIS));
    }

    /** See {@link PortableProperty#PARSE_TIMEOUT_MILLIS}. */
    public void setParseTimeoutMillis(long parseTimeoutMillis) {
        setOption(PortableProperty.PARSE_TIMEOUT_MILLIS, Long.toString(parseTimeoutMillis));
    }

    public String getDelegateDriver() {
        return option(PortableProperty.DELEGATE_DRIVER);
    }

    /** See {@link PortableProperty#DELEGATE_DRIVER}. */
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
