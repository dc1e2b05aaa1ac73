package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.stub.StubConnection;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh {@link KeysHarness} (a user of its own, BOOK and its sequence) for each test method. */
abstract class StubbedKeysTest {
    KeysHarness keys;
    Connection connection;
    StubConnection stub;

    @BeforeEach
    void openKeysHarness() throws SQLException {
        keys = KeysHarness.open();
        connection = keys.harness.portable();
        stub = keys.harness.stub();
    }

    @AfterEach
    void closeKeysHarness() throws SQLException {
        keys.harness.close();
    }
}
