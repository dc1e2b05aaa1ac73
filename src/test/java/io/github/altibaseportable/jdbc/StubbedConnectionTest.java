package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.stub.StubConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh connection of the driver on a stub connection for each test method. */
abstract class StubbedConnectionTest {
    /** The connection under test and its stub. */
    Harness harness;
    /** What the application holds: the driver's connection. */
    Connection connection;
    /** What the driver delegates to. */
    StubConnection stub;

    @BeforeEach
    void openConnection() throws SQLException {
        harness = Harness.open();
        connection = harness.portable();
        stub = harness.stub();
    }

    @AfterEach
    void closeConnection() throws SQLException {
        harness.close();
    }

    /** What the stub executed, without the driver's catalog queries (of {@code SYSTEM_} tables). */
    List<String> executedBesidesTheCatalog() {
        List<String> executed = new ArrayList<>(stub.executed());
        executed.removeIf(sql -> sql.contains("SYSTEM_."));
        return executed;
    }
}
