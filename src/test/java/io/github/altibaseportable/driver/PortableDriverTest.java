package io.github.altibaseportable.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.DriverVersion;
import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PortableDriver}: which URLs it takes, and what reaches the delegate driver for them. */
class PortableDriverTest {
    private static final String DEFAULT_ALTIBASE_URL = "jdbc:Altibase://localhost:20300/mydb";

    private final PortableDriver driver = new PortableDriver();

    @BeforeEach
    void forgetConnects() {
        StubDriver.reset();
    }

    /** Connects to {@code url} with the stub as delegate plus {@code options}, and returns what the stub received. */
    private StubDriver.Connect connect(String url, String... options) throws SQLException {
        return connect(url, StubDriver.properties(options));
    }

    private StubDriver.Connect connect(String url, Properties properties) throws SQLException {
        try (Connection connection = driver.connect(url, properties)) {
            assertInstanceOf(PortableConnection.class, connection);
        }
        return StubDriver.onlyConnect();
    }

    /** Connecting fails with SQLState 08001 before the stub is reached; returns the message. */
    static String refusedMessage(ThrowingConnect connect) {
        SQLException e = assertThrows(SQLException.class, connect::run);
        assertEquals("08001", e.getSQLState(), e.getMessage());
        assertEquals(List.of(), StubDriver.connects(), "the delegate must not be reached");
        return e.getMessage();
    }

    /** A connection attempt. */
    interface ThrowingConnect {
        void run() throws SQLException;
    }

    private String refused(String url, Properties properties) {
        return refusedMessage(() -> driver.connect(url, properties));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"jdbc:altibase-portable://h/db", "jdbc:altibase-portable:", "jdbc:altibase-portable:anything"})
    void acceptsItsOwnPrefix(String url) {
        assertTrue(driver.acceptsURL(url));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "jdbc:Altibase://h:20300/db",
                "jdbc:altibase://h/db",
                "jdbc:ALTIBASE-PORTABLE://h/db",
                "jdbc:altibase-portable",
                "jdbc:mysql://h/db",
                " jdbc:altibase-portable://h/db"
            })
    void refusesOtherUrls(String url) throws SQLException {
        assertFalse(driver.acceptsURL(url));
        assertNull(driver.connect(url, StubDriver.properties()));
        assertEquals(List.of(), StubDriver.connects());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:altibase-portable://",
                "jdbc:altibase-portable:///",
                "jdbc:altibase-portable://localhost",
                "jdbc:altibase-portable://:20300",
                "jdbc:altibase-portable:///mydb",
                "jdbc:altibase-portable://?app_info=x"
            })
    void omittedPartsTakeAltibaseDefaults(String url) throws SQLException {
        StubDriver.Connect connect = connect(url);
        assertEquals(DEFAULT_ALTIBASE_URL, connect.url());
        assertEquals("sys", connect.property("user"));
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:altibase-portable://db.example.com:20301/sales, jdbc:Altibase://db.example.com:20301/sales",
        "jdbc:altibase-portable://10.0.0.7/sales,             jdbc:Altibase://10.0.0.7:20300/sales",
        "jdbc:altibase-portable://h_1:1/_db2,                 jdbc:Altibase://h_1:1/_db2",
        "jdbc:altibase-portable://h:65535,                    jdbc:Altibase://h:65535/mydb",
        "jdbc:altibase-portable://[::1]/db,                   jdbc:Altibase://[::1]:20300/db",
        "jdbc:altibase-portable://[::1]:20301/db,             jdbc:Altibase://[::1]:20301/db",
        "jdbc:altibase-portable://[fe80::1%eth0]:20302/db,    jdbc:Altibase://[fe80::1%eth0]:20302/db",
        "jdbc:altibase-portable://[fe80::1%eth0],             jdbc:Altibase://[fe80::1%eth0]:20300/mydb",
    })
    void explicitPartsMapToTheAltibaseUrl(String url, String altibaseUrl) throws SQLException {
        assertEquals(altibaseUrl, connect(url).url());
    }

    @Test
    void theIsoDateFormatIsPassedDownByDefault() throws SQLException {
        StubDriver.Connect connect = connect("jdbc:altibase-portable://localhost/mydb");
        assertEquals("YYYY-MM-DD HH24:MI:SS.SSSSSS", connect.property("date_format"));
    }

    @Test
    void theApplicationsOwnDateFormatWins() throws SQLException {
        assertEquals(
                "DD/MM/YYYY",
                connect("jdbc:altibase-portable://localhost/mydb?date_format=DD/MM/YYYY")
                        .property("date_format"));
        StubDriver.reset();
        StubDriver.Connect upperCase = connect("jdbc:altibase-portable://localhost/mydb", "DATE_FORMAT", "YYYY");
        assertEquals("YYYY", upperCase.property("DATE_FORMAT"));
        assertNull(upperCase.property("date_format"));
    }

    @Test
    void isoDatesFalseKeepsTheServersFormat() throws SQLException {
        assertNull(connect("jdbc:altibase-portable://localhost/mydb?portable.isoDates=false")
                .property("date_format"));
    }

    @Test
    void isoDatesTakesOnlyTrueOrFalse() {
        String message = refusedMessage(() -> driver.connect(
                "jdbc:altibase-portable://localhost/mydb", StubDriver.properties("portable.isoDates", "yes")));
        assertTrue(message.contains("portable.isoDates"), message);
    }

    @Test
    void userAndPasswordFromPropertiesArePassedDown() throws SQLException {
        StubDriver.Connect connect = connect("jdbc:altibase-portable://h/db", "user", "app", "password", "pw");
        assertEquals("app", connect.property("user"));
        assertEquals("pw", connect.property("password"));
    }

    @Test
    void ownQueryOptionsAreConsumedAndOthersPassedDownUntouched() throws SQLException {
        Properties received;
        try (Connection connection = driver.connect(
                "jdbc:altibase-portable://h/db?portable.strict=true&app_info=x&time_zone=%2B09%3A00",
                StubDriver.properties("fetch_timeout", "7"))) {
            assertStrict(connection);
            received = connection.unwrap(StubConnection.class).properties();
        }
        Properties expected = new Properties();
        expected.setProperty("user", "sys");
        expected.setProperty("app_info", "x");
        expected.setProperty("time_zone", "+09:00");
        expected.setProperty("fetch_timeout", "7");
        expected.setProperty("date_format", "YYYY-MM-DD HH24:MI:SS.SSSSSS"); // portable.isoDates
        assertEquals(expected, received);
        assertEquals("jdbc:Altibase://h:20300/db", StubDriver.onlyConnect().url());
    }

    @Test
    void urlQueryWinsOverProperties() throws SQLException {
        Properties properties =
                StubDriver.properties("app_info", "fromProperties", "user", "propertyUser", "portable.strict", "false");
        try (Connection connection = driver.connect(
                "jdbc:altibase-portable://h/db?app_info=fromUrl&user=urlUser" + "&portable.strict=true", properties)) {
            assertStrict(connection);
        }
        assertEquals("fromUrl", StubDriver.onlyConnect().property("app_info"));
        assertEquals("urlUser", StubDriver.onlyConnect().property("user"));
    }

    @Test
    void optionNamesAreMatchedInAnyCaseAndNotPassedDown() throws SQLException {
        try (Connection connection = driver.connect(
                "jdbc:altibase-portable://h/db?PORTABLE.strict=true",
                StubDriver.properties("Portable.Rewrite", "true", "portable.CACHESIZE", "0"))) {
            assertStrict(connection);
            Properties received = connection.unwrap(StubConnection.class).properties();
            assertTrue(
                    received.stringPropertyNames().stream().noneMatch(PortableProperty::isPrefixed),
                    received.toString());
        }
        try (Connection connection =
                driver.connect("jdbc:altibase-portable://h/db?Portable.rewrite=false", StubDriver.properties())) {
            assertEquals("SELECT 1 FROM t LIMIT 1 OFFSET 1", connection.nativeSQL("SELECT 1 FROM t LIMIT 1 OFFSET 1"));
        }
    }

    @Test
    void anUnknownOptionInAnyCaseIsRefused() {
        String message = refused("jdbc:altibase-portable://h/db?PORTABLE.Nope=1", StubDriver.properties());
        assertTrue(message.contains("unknown option 'PORTABLE.Nope'"), message);
    }

    /** A strict connection refuses a portable form that has no Altibase equivalent instead of sending it. */
    private static void assertStrict(Connection connection) {
        assertThrows(
                SQLSyntaxErrorException.class,
                () -> connection.nativeSQL("SELECT id FROM a EXCEPT ALL SELECT id FROM b"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:altibase-portable:                                   | expected // after jdbc:altibase-portable:",
                "jdbc:altibase-portable:h/db                               | expected // after",
                "jdbc:altibase-portable://h:0/db                           | port '0' is not a number from 1 to 65535",
                "jdbc:altibase-portable://h:99999/db                       | port '99999'",
                "jdbc:altibase-portable://h:abc/db                         | port 'abc'",
                "jdbc:altibase-portable://h:/db                            | port ''",
                "jdbc:altibase-portable://h:-1/db                          | port '-1'",
                "jdbc:altibase-portable://::1/db                           | must be written in brackets",
                "jdbc:altibase-portable://fe80::1:20300/db                 | must be written in brackets",
                "jdbc:altibase-portable://[::1/db                          | without a closing ]",
                "jdbc:altibase-portable://[zz::1]/db                       | '[zz::1]' is not an IPv6 address",
                "jdbc:altibase-portable://[::1]x/db                        | unexpected 'x' after the IPv6 host",
                "jdbc:altibase-portable://h$x/db                           | 'h$x' is not a host name",
                "jdbc:altibase-portable://-h/db                            | '-h' is not a host name",
                "jdbc:altibase-portable://h/1db                            | '1db' is not a database name",
                "jdbc:altibase-portable://h/db/x                           | 'db/x' is not a database name",
                "jdbc:altibase-portable://h/my-db                          | 'my-db' is not a database name",
                "jdbc:altibase-portable://h/db?a                           | query part 'a' is not key=value",
                "jdbc:altibase-portable://h/db?=x                          | query part '=...' is not key=value",
                "jdbc:altibase-portable://h/db?a=1&                        | query part '' is not key=value",
                "jdbc:altibase-portable://h/db?a=%zz                       | query part 'a=...' has a bad %-escape",
                "jdbc:altibase-portable://h/db?portable.nope=1             | unknown option 'portable.nope'",
                "jdbc:altibase-portable://h/db?portable.strict=yes         | option portable.strict = 'yes' is invalid",
                "jdbc:altibase-portable://h/db?portable.rewrite=1          | option portable.rewrite = '1' is invalid",
                "jdbc:altibase-portable://h/db?portable.cacheSize=-1       | option portable.cacheSize = '-1' is invalid",
                "jdbc:altibase-portable://h/db?portable.cacheSize=lots     | option portable.cacheSize = 'lots'",
                "jdbc:altibase-portable://h/db?portable.parseTimeoutMillis=0 | option portable.parseTimeoutMillis = '0'",
                "jdbc:altibase-portable://h/db?portable.sourceDialect=oracle | option portable.sourceDialect = 'oracle'",
                "jdbc:altibase-portable://h/db?portable.disabledRules=paging,nope | option portable.disabledRules",
            })
    void malformedUrlsAreRefusedBeforeTheDelegateIsReached(String url, String problem) {
        String message = refused(url, StubDriver.properties());
        assertTrue(message.contains(problem), message);
        assertTrue(message.startsWith("altibase-portable: "), message);
    }

    @ParameterizedTest
    @CsvSource({
        "portable.strict,         yes,    portable.strict = 'yes'",
        "portable.cacheSize,      -1,     portable.cacheSize = '-1'",
        "portable.sourceDialect,  oracle, portable.sourceDialect = 'oracle'",
        "portable.disabledRules,  nope,   portable.disabledRules = 'nope'",
        "portable.nope,           1,      unknown option 'portable.nope'",
    })
    void badOptionsInPropertiesAreRefusedToo(String key, String value, String problem) {
        String message = refused("jdbc:altibase-portable://h/db", StubDriver.properties(key, value));
        assertTrue(message.contains(problem), message);
    }

    @Test
    void unknownOptionMessageListsTheKnownOnes() {
        String message = refused("jdbc:altibase-portable://h/db?portable.nope=1", StubDriver.properties());
        for (PortableProperty property : PortableProperty.values()) {
            assertTrue(message.contains(property.key()), message);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:altibase-portable://h:0/db?user=u&password=s3cret",
                "jdbc:altibase-portable://h/1db?password=s3cret",
                "jdbc:altibase-portable://h/db?password=s3cret&portable.strict=yes",
                "jdbc:altibase-portable://h/db?password=s3cret&portable.nope=1",
                "jdbc:altibase-portable://h/db?password=s3cret&a",
                "jdbc:altibase-portable://h/db?user=u&password=s3cret%zz",
                "jdbc:altibase-portable://h/db?user=u&=s3cret",
            })
    void aPasswordInTheUrlIsNotEchoed(String url) {
        String message = refused(url, StubDriver.properties());
        assertFalse(message.contains("s3cret"), message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "no.such.Driver   | com.altibase:altibase-jdbc | the Altibase JDBC driver no.such.Driver is not on the class path",
                "java.lang.String | java.lang.String           | java.lang.String is not a java.sql.Driver",
            })
    void aDelegateThatCannotBeLoadedIsExplained(String delegate, String named, String problem) {
        String message =
                refused("jdbc:altibase-portable://h/db", StubDriver.properties(StubDriver.DELEGATE_PROPERTY, delegate));
        assertTrue(message.contains(named), message);
        assertTrue(message.contains(problem), message);
    }

    @Test
    void serviceRegistrationMakesDriverManagerFindIt() throws SQLException {
        assertInstanceOf(PortableDriver.class, DriverManager.getDriver("jdbc:altibase-portable://x/db"));
        try (Connection connection =
                DriverManager.getConnection("jdbc:altibase-portable://x/db", StubDriver.properties())) {
            assertTrue(connection.isWrapperFor(PortableConnection.class));
        }
        assertEquals("jdbc:Altibase://x:20300/db", StubDriver.onlyConnect().url());
    }

    @Test
    void versionAndComplianceAreReported() {
        assertEquals(DriverVersion.MAJOR, driver.getMajorVersion());
        assertEquals(DriverVersion.MINOR, driver.getMinorVersion());
        assertFalse(driver.jdbcCompliant());
        assertEquals("io.github.altibaseportable", driver.getParentLogger().getName());
    }
}
