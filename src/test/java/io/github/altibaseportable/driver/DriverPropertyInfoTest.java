package io.github.altibaseportable.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link PortableDriver#getPropertyInfo}: the user, the password and every option of this driver. */
class DriverPropertyInfoTest {
    private static final String URL = "jdbc:altibase-portable://h/db";

    private static DriverPropertyInfo[] info(String url, Properties properties) throws SQLException {
        return new PortableDriver().getPropertyInfo(url, properties);
    }

    private static DriverPropertyInfo find(DriverPropertyInfo[] infos, String name) {
        for (DriverPropertyInfo info : infos) {
            if (info.name.equals(name)) {
                return info;
            }
        }
        throw new AssertionError("no property info for " + name);
    }

    @Test
    void listsUserPasswordAndEveryOptionInOrder() throws SQLException {
        List<String> expected = new ArrayList<>(List.of("user", "password"));
        for (PortableProperty property : PortableProperty.values()) {
            expected.add(property.key());
        }
        List<String> names = new ArrayList<>();
        for (DriverPropertyInfo info : info(URL, null)) {
            names.add(info.name);
            assertFalse(info.required, info.name);
            assertTrue(info.description != null && !info.description.isBlank(), info.name);
        }
        assertEquals(expected, names);
    }

    @ParameterizedTest
    @EnumSource(PortableProperty.class)
    void eachOptionHasItsDescriptionDefaultAndChoices(PortableProperty property) throws SQLException {
        DriverPropertyInfo info = find(info(URL, new Properties()), property.key());
        assertEquals(property.getDefaultValue(), info.value);
        assertTrue(info.description.startsWith(property.getDescription()), info.description);
        assertTrue(info.description.endsWith("Default: '" + property.getDefaultValue() + "'."), info.description);
        assertArrayEquals(expectedChoices(property), info.choices);
    }

    private static String[] expectedChoices(PortableProperty property) {
        switch (property) {
            case REWRITE:
            case STRICT:
            case ISO_DATES:
            case FAST_PATH:
                return new String[] {"true", "false"};
            case SOURCE_DIALECT:
                return new String[] {"portable", "mysql", "postgresql"};
            case IDENTITIES_PAST_EXPLICIT_KEYS:
                return new String[] {"auto", "true", "false"};
            default:
                return null;
        }
    }

    @Test
    void valuesComeFromTheUrlAndProperties() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "app");
        properties.setProperty("password", "s3cret");
        properties.setProperty("portable.sourceDialect", "mysql");
        DriverPropertyInfo[] infos = info(URL + "?portable.strict=true&portable.sourceDialect=portable", properties);
        assertEquals("app", find(infos, "user").value);
        assertEquals("true", find(infos, "portable.strict").value);
        assertEquals("portable", find(infos, "portable.sourceDialect").value, "the URL wins");
        assertNull(find(infos, "password").value, "the password is never shown");
    }

    @Test
    void theDefaultUserIsSys() throws SQLException {
        DriverPropertyInfo user = find(info(URL, null), "user");
        assertEquals("sys", user.value);
        assertTrue(user.description.contains("'sys'"), user.description);
    }

    @Test
    void aMalformedUrlIsAnError() {
        SQLException e = assertThrows(SQLException.class, () -> info("jdbc:altibase-portable://h:0/db", null));
        assertEquals("08001", e.getSQLState());
    }
}
