package io.github.altibaseportable.driver;

import io.github.altibaseportable.SqlState;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Enumeration;

/**
 * Finds the real Altibase driver by class name: through the thread's context class loader, then
 * this driver's own class loader, then among the drivers {@link DriverManager} knows. Never by
 * version, so whatever Altibase JDBC driver is on the class path (the 7.3 driver from Maven
 * Central, or a server's own {@code Altibase.jar}) is used.
 */
final class DelegateDrivers {
    /** The Maven coordinates named when the driver is missing. */
    static final String MAVEN_COORDINATES = "com.altibase:altibase-jdbc:7.3.0.1.1";

    private DelegateDrivers() {}

    static Driver find(String className) throws SQLException {
        Driver driver = load(Thread.currentThread().getContextClassLoader(), className);
        if (driver == null) {
            driver = load(DelegateDrivers.class.getClassLoader(), className);
        }
        if (driver == null) {
            for (Enumeration<Driver> drivers = DriverManager.getDrivers(); drivers.hasMoreElements(); ) {
                Driver registered = drivers.nextElement();
                if (registered.getClass().getName().equals(className)) {
                    return registered;
                }
            }
            throw SqlState.CONNECTION_UNABLE_TO_CONNECT.exception("the Altibase JDBC driver " + className
                    + " is not on the class "
                    + "path. Add the Maven dependency " + MAVEN_COORDINATES + " (servers older than 7.3 need the "
                    + "Altibase.jar shipped with the server instead), or set " + PortableProperty.DELEGATE_DRIVER.key()
                    + " to the driver's class name.");
        }
        return driver;
    }

    private static Driver load(ClassLoader loader, String className) throws SQLException {
        if (loader == null) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError notThere) {
            return null;
        }
        if (!Driver.class.isAssignableFrom(type)) {
            throw SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(className + " is not a java.sql.Driver");
        }
        try {
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw SqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                    "cannot create the driver " + className + ": " + e, e);
        }
    }
}
