package io.github.altibaseportable.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import io.github.altibaseportable.stub.StubServerRules;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PortableDataSource}: its setters decide what reaches the delegate and how connections rewrite. */
class PortableDataSourceTest {
    private static final String PAGED = "SELECT id FROM t ORDER BY id LIMIT ? OFFSET ?";
    private static final String PAGED_REWRITTEN = "SELECT id FROM t ORDER BY id LIMIT ?, ?";
    private static final String MYSQL_PAGED = "SELECT id FROM t ORDER BY id LIMIT ?, ?";
    /** A cache size no other test class uses, so this class has an engine of its own. */
    private static final long CACHE_SIZE = 4099;

    private final PortableDataSource dataSource = new PortableDataSource();

    @BeforeEach
    void selectTheStub() {
        StubDriver.reset();
        dataSource.setDelegateDriver(StubDriver.CLASS_NAME);
    }

    /** Opens and closes a connection; returns what the stub received. */
    private StubDriver.Connect connect() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.isWrapperFor(PortableConnection.class));
        }
        return StubDriver.onlyConnect();
    }

    /** The SQL the stub was prepared with for {@code sql}, on a new connection of the data source. */
    private String preparedFor(String sql) throws SQLException {
        return preparedFor(sql, new StubServerRules.Rule[0]);
    }

    /** The SQL the stub was prepared with for {@code sql}, its server accepting what {@code permitted} refuses. */
    private String preparedFor(String sql, StubServerRules.Rule... permitted) throws SQLException {
        StubDriver.scriptNewConnections(stub -> stub.rules().permit(permitted));
        try (Connection connection = dataSource.getConnection()) {
            connection.prepareStatement(sql).close();
            return connection.unwrap(StubConnection.class).lastPrepared().sql();
        }
    }

    @Test
    void withNothingSetItConnectsToTheDefaults() throws SQLException {
        assertEquals("jdbc:altibase-portable://", dataSource.effectiveUrl());
        StubDriver.Connect connect = connect();
        assertEquals("jdbc:Altibase://localhost:20300/mydb", connect.url());
        assertEquals("sys", connect.property("user"));
        assertNull(connect.property("password"));
    }

    @Test
    void hostPortAndDatabaseBuildTheUrl() throws SQLException {
        dataSource.setHost("db.example.com");
        dataSource.setPort(20301);
        dataSource.setDatabase("sales");
        assertEquals("jdbc:altibase-portable://db.example.com:20301/sales", dataSource.effectiveUrl());
        assertEquals("jdbc:Altibase://db.example.com:20301/sales", connect().url());
    }

    @Test
    void anIpv6HostIsBracketed() throws SQLException {
        dataSource.setHost("fe80::1%eth0");
        assertEquals("jdbc:altibase-portable://[fe80::1%eth0]", dataSource.effectiveUrl());
        assertEquals("jdbc:Altibase://[fe80::1%eth0]:20300/mydb", connect().url());
    }

    @Test
    void aUrlWinsOverHostPortAndDatabase() throws SQLException {
        dataSource.setHost("ignored");
        dataSource.setPort(1);
        dataSource.setUrl("jdbc:altibase-portable://[::1]:20302/db?app_info=fromUrl");
        assertEquals("jdbc:Altibase://[::1]:20302/db", connect().url());
        assertEquals("fromUrl", StubDriver.onlyConnect().property("app_info"));
    }

    @Test
    void userAndPasswordArePassedDown() throws SQLException {
        dataSource.setUser("app");
        dataSource.setPassword("pw");
        StubDriver.Connect connect = connect();
        assertEquals("app", connect.property("user"));
        assertEquals("pw", connect.property("password"));
    }

    @Test
    void setUsernameIsSetUser() {
        dataSource.setUsername("spring");
        assertEquals("spring", dataSource.getUser());
    }

    @Test
    void getConnectionWithCredentialsOverridesTheConfiguredOnes() throws SQLException {
        dataSource.setUser("app");
        dataSource.setPassword("pw");
        dataSource.getConnection("other", "secret").close();
        assertEquals("other", StubDriver.onlyConnect().property("user"));
        assertEquals("secret", StubDriver.onlyConnect().property("password"));
    }

    @Test
    void connectionPropertiesArePassedDownAndOptionsAreNot() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("app_info", "batch");
        properties.setProperty("time_zone", "UTC");
        dataSource.setConnectionProperties(properties);
        properties.setProperty("app_info", "changed later");
        dataSource.setStrict(true);
        dataSource.setSourceDialect("mysql");
        Properties received = connect().properties();
        Properties expected = new Properties();
        expected.setProperty("user", "sys");
        expected.setProperty("app_info", "batch");
        expected.setProperty("time_zone", "UTC");
        expected.setProperty("date_format", "YYYY-MM-DD HH24:MI:SS.SSSSSS"); // portable.isoDates
        assertEquals(expected, received);
        assertEquals("batch", dataSource.getConnectionProperties().getProperty("app_info"));
    }

    @Test
    void loginTimeoutBecomesAltibaseLoginTimeout() throws SQLException {
        dataSource.setLoginTimeout(5);
        assertEquals(5, dataSource.getLoginTimeout());
        assertEquals("5", connect().property("login_timeout"));
    }

    @Test
    void noLoginTimeoutSendsNone() throws SQLException {
        assertNull(connect().property("login_timeout"));
    }

    @Test
    void byDefaultConnectionsRewritePaging() throws SQLException {
        assertTrue(dataSource.isRewrite());
        assertFalse(dataSource.isStrict());
        assertEquals(PAGED_REWRITTEN, preparedFor(PAGED));
    }

    @Test
    void setRewriteFalseSendsStatementsAsWritten() throws SQLException {
        dataSource.setRewrite(false);
        assertFalse(dataSource.isRewrite());
        assertEquals(PAGED, preparedFor(PAGED, StubServerRules.Rule.ROW_LIMITING));
    }

    @Test
    void setDisabledRulesSwitchesPagingOff() throws SQLException {
        dataSource.setDisabledRules("paging");
        assertEquals("paging", dataSource.getDisabledRules());
        assertEquals(PAGED, preparedFor(PAGED, StubServerRules.Rule.ROW_LIMITING));
    }

    @Test
    void setSourceDialectMysqlShiftsLimitOffsets() throws SQLException {
        dataSource.setSourceDialect("mysql");
        assertEquals("mysql", dataSource.getSourceDialect());
        try (Connection connection = dataSource.getConnection()) {
            connection.prepareStatement(MYSQL_PAGED).setInt(1, 0);
            assertEquals(
                    1, connection.unwrap(StubConnection.class).lastPrepared().value(1));
        }
    }

    @Test
    void setIdentitiesPastExplicitKeysReachesTheConnection() throws SQLException {
        assertEquals("auto", dataSource.getIdentitiesPastExplicitKeys());
        dataSource.setIdentitiesPastExplicitKeys("true");
        assertEquals("true", dataSource.getIdentitiesPastExplicitKeys());
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection
                    .unwrap(io.github.altibaseportable.jdbc.PortableConnection.class)
                    .rewriter()
                    .profile()
                    .identitiesPastExplicitKeys());
        }
    }

    @Test
    void setStrictRefusesWhatCannotBeRewritten() throws SQLException {
        dataSource.setStrict(true);
        try (Connection connection = dataSource.getConnection()) {
            SQLException e = assertThrows(
                    SQLSyntaxErrorException.class,
                    () -> connection.prepareStatement("SELECT id FROM t ORDER BY id FETCH FIRST 5 ROWS WITH TIES"));
            assertEquals("42000", e.getSQLState());
            assertEquals(0, connection.unwrap(StubConnection.class).prepared().size());
        }
    }

    @Test
    void cacheSizeAndParseTimeoutReachTheEngine() throws SQLException {
        dataSource.setCacheSize(CACHE_SIZE);
        dataSource.setCacheBytes(1 << 20);
        dataSource.setParseTimeoutMillis(250);
        assertEquals(CACHE_SIZE, dataSource.getCacheSize());
        assertEquals(1 << 20, dataSource.getCacheBytes());
        assertEquals(250, dataSource.getParseTimeoutMillis());
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(
                    CACHE_SIZE,
                    connection
                            .unwrap(PortableConnection.class)
                            .rewriteStatistics()
                            .maximumSize());
            assertEquals(
                    1 << 20,
                    connection
                            .unwrap(PortableConnection.class)
                            .rewriteStatistics()
                            .maximumBytes());
        }
    }

    @Test
    void optionGettersShowDefaultsUntilSet() {
        assertEquals("portable", dataSource.getSourceDialect());
        assertEquals("", dataSource.getDisabledRules());
        assertEquals(2000, dataSource.getCacheSize());
        assertEquals(32 << 20, dataSource.getCacheBytes());
        assertEquals(1000, dataSource.getParseTimeoutMillis());
        assertEquals(StubDriver.CLASS_NAME, dataSource.getDelegateDriver());
        dataSource.setSourceDialect(null);
        assertEquals("portable", dataSource.getSourceDialect(), "null removes the option");
    }

    @Test
    void aBadOptionIsRefusedBeforeTheDelegateIsReached() {
        dataSource.setSourceDialect("oracle");
        String message = PortableDriverTest.refusedMessage(dataSource::getConnection);
        assertTrue(message.contains("portable.sourceDialect = 'oracle'"), message);
    }

    @Test
    void aBadUrlIsRefusedBeforeTheDelegateIsReached() {
        dataSource.setUrl("jdbc:altibase-portable://h:0/db");
        String message = PortableDriverTest.refusedMessage(dataSource::getConnection);
        assertTrue(message.contains("port '0'"), message);
    }

    /** Pools and JNDI factories set bean properties from text: HikariCP only for String and primitive types. */
    @Test
    void everyBeanPropertyCanBeSetFromText() throws IntrospectionException {
        Set<Class<?>> settable = Set.of(String.class, int.class, long.class, boolean.class);
        Set<String> notFromText = Set.of("logWriter", "connectionProperties");
        for (PropertyDescriptor property :
                Introspector.getBeanInfo(PortableDataSource.class).getPropertyDescriptors()) {
            if (property.getWriteMethod() != null && !notFromText.contains(property.getName())) {
                assertTrue(
                        settable.contains(property.getPropertyType()),
                        property.getName() + " is a " + property.getPropertyType());
            }
        }
    }

    @Test
    void portZeroMeansTheDefaultPort() throws SQLException {
        dataSource.setPort(20301);
        dataSource.setPort(0);
        assertEquals("jdbc:Altibase://localhost:20300/mydb", connect().url());
    }

    @Test
    void unwrapsOnlyToItself() throws SQLException {
        assertSame(dataSource, dataSource.unwrap(DataSource.class));
        assertTrue(dataSource.isWrapperFor(PortableDataSource.class));
        assertFalse(dataSource.isWrapperFor(Connection.class));
        assertThrows(SQLException.class, () -> dataSource.unwrap(Connection.class));
        assertFalse(dataSource.isWrapperFor(null));
        assertEquals(
                "HY009",
                assertThrows(SQLException.class, () -> dataSource.unwrap(null)).getSQLState());
    }
}
