package io.github.altibaseportable.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;

/**
 * A connection of the driver under test, opened through {@link PortableDriver} on the stub driver:
 * {@link #portable()} is what the application holds, {@link #stub()} what the driver delegates to.
 */
record Harness(Connection portable, StubConnection stub) implements AutoCloseable {
    static final String URL = "jdbc:altibase-portable://localhost/mydb";

    /** Opens a connection with this driver's {@code options} (key, value pairs such as {@code portable.strict, true}). */
    static Harness open(String... options) throws SQLException {
        Connection portable = new PortableDriver().connect(URL, StubDriver.properties(options));
        return new Harness(portable, portable.unwrap(StubConnection.class));
    }

    /** The driver's connection type, with its package-private API. */
    PortableConnection connection() throws SQLException {
        return portable.unwrap(PortableConnection.class);
    }

    @Override
    public void close() throws SQLException {
        portable.close();
    }
}
