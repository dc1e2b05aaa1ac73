package io.github.altibaseportable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link RunUser} on the stub: a user of the run's own when the configured user may create one, else the configured one. */
class RunUserTest {
    private static final String URL =
            "jdbc:altibase-portable://localhost/mydb?portable.delegateDriver=" + StubDriver.CLASS_NAME;
    private static final RunUser.Login ADMIN = new RunUser.Login("admin", "secret");

    private final List<StubConnection> opened = new ArrayList<>();

    @AfterEach
    void forgetTheScript() {
        StubDriver.reset();
    }

    @Test
    void aUserIsCreatedForTheRunAsTheConfiguredUser() {
        StubDriver.scriptNewConnections(opened::add);
        RunUser.Login run = RunUser.create(URL, ADMIN);
        assertTrue(run.user().matches("PIT_[0-9A-F]{8}"), run.user());
        assertNotEquals(ADMIN.password(), run.password());
        assertEquals("admin", StubDriver.onlyConnect().property("user"));
        List<String> executed = opened.get(0).executed();
        assertEquals("CREATE USER " + run.user() + " IDENTIFIED BY " + run.password(), executed.get(0));
        assertEquals("GRANT CREATE TABLE TO " + run.user(), executed.get(2));
        assertEquals(run.user(), run.properties().getProperty("user"));
    }

    @Test
    void aUserThatMayNotCreateUsersRunsInItsOwnSchema() {
        StubDriver.scriptNewConnections(connection -> connection.failOn(
                "^CREATE USER", new SQLException("No privilege to execute this statement", "42000", 200796)));
        assertEquals(ADMIN, RunUser.create(URL, ADMIN));
    }
}
