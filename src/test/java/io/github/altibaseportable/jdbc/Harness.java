package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

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

    /**
     * Opens a connection as a user no other test uses ({@code prefix} and a random suffix, upper case),
     * so that what the driver caches per server and user starts empty.
     */
    static Harness openAsNewUser(String prefix, String... options) throws SQLException {
        String[] all = Arrays.copyOf(options, options.length + 2);
        all[options.length] = "user";
        all[options.length + 1] =
                (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase(Locale.ROOT);
        return open(all);
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
