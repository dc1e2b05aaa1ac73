package io.github.altibaseportable.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link PortableProperty} in every place it must be (the manner of pgjdbc's {@code PGPropertyTest}): a
 * getter and a setter of {@link PortableDataSource} named after it that read and write it, an entry of
 * {@link PortableDriver#getPropertyInfo}, and a row of the README's "Options" table with its default; and
 * nothing in those places that is not one.
 */
class PortablePropertyTest {
    /** Bean properties of {@link PortableDataSource} that are not options of this driver. */
    private static final Set<String> NOT_OPTIONS = Set.of(
            "url",
            "host",
            "port",
            "database",
            "user",
            "username",
            "password",
            "connectionProperties",
            "logWriter",
            "loginTimeout",
            "parentLogger",
            "connection");

    private static final Pattern README_ROW = Pattern.compile("(?m)^\\| `portable\\.(\\w+)` \\| ([^|]+) \\|");

    private static PropertyDescriptor bean(PortableProperty property) throws IntrospectionException {
        for (PropertyDescriptor descriptor :
                Introspector.getBeanInfo(PortableDataSource.class).getPropertyDescriptors()) {
            if (descriptor.getName().equals(property.getName())) {
                return descriptor;
            }
        }
        throw new AssertionError("PortableDataSource has no property " + property.getName());
    }

    /** A value of the setter's type other than the default, valid for the option. */
    private static Object otherValue(PortableProperty property, Class<?> type) {
        String defaultValue = property.getDefaultValue();
        if (type == boolean.class) {
            return !Boolean.parseBoolean(defaultValue);
        }
        if (type == long.class) {
            return Long.parseLong(defaultValue) + 1;
        }
        assertEquals(String.class, type, property.name());
        return switch (property) {
            case SOURCE_DIALECT -> "mysql";
            case DISABLED_RULES -> "paging,joins";
            default -> defaultValue + ".Other";
        };
    }

    @ParameterizedTest
    @EnumSource(PortableProperty.class)
    void theDataSourceReadsAndWritesIt(PortableProperty property)
            throws ReflectiveOperationException, IntrospectionException {
        PropertyDescriptor descriptor = bean(property);
        assertNotNull(descriptor.getReadMethod(), "no getter for " + property.getName());
        assertNotNull(descriptor.getWriteMethod(), "no setter for " + property.getName());
        PortableDataSource dataSource = new PortableDataSource();
        Object initial = descriptor.getReadMethod().invoke(dataSource);
        assertEquals(property.getDefaultValue(), String.valueOf(initial), "the getter's value before any set");
        Object other = otherValue(property, descriptor.getPropertyType());
        assertNotEquals(initial, other);
        descriptor.getWriteMethod().invoke(dataSource, other);
        assertEquals(other, descriptor.getReadMethod().invoke(dataSource));
        assertEquals(
                initial, descriptor.getReadMethod().invoke(new PortableDataSource()), "data sources share no options");
    }

    @Test
    void everyOtherDataSourcePropertyIsAnOption() throws IntrospectionException {
        Set<String> options = new TreeSet<>();
        for (PortableProperty property : PortableProperty.values()) {
            options.add(property.getName());
        }
        for (PropertyDescriptor descriptor :
                Introspector.getBeanInfo(PortableDataSource.class, Object.class).getPropertyDescriptors()) {
            String name = descriptor.getName();
            assertTrue(
                    NOT_OPTIONS.contains(name) || options.contains(name),
                    "PortableDataSource property " + name + " is no PortableProperty");
        }
    }

    @ParameterizedTest
    @EnumSource(PortableProperty.class)
    void getPropertyInfoListsIt(PortableProperty property) throws SQLException {
        DriverPropertyInfo[] infos = new PortableDriver().getPropertyInfo("jdbc:altibase-portable://h/db", null);
        assertEquals(
                1,
                Arrays.stream(infos)
                        .filter(info -> info.name.equals(property.key()))
                        .count(),
                property.key());
    }

    @Test
    void theReadmeHasARowForEachOptionWithItsDefaultAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> rows = new TreeSet<>();
        Matcher row = README_ROW.matcher(readme);
        while (row.find()) {
            PortableProperty property = PortableProperty.forKey(PortableProperty.PREFIX + row.group(1));
            assertNotNull(property, "README row for an option the driver does not have: portable." + row.group(1));
            String documented = row.group(2).trim();
            String expected = property.getDefaultValue().isEmpty() ? "(none)" : "`" + property.getDefaultValue() + "`";
            assertEquals(expected, documented, "README default of " + property.key());
            rows.add(property.getName());
        }
        Set<String> all = new TreeSet<>();
        for (PortableProperty property : PortableProperty.values()) {
            all.add(property.getName());
        }
        assertEquals(all, rows, "options with a README row");
    }
}
