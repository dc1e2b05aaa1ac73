package io.github.altibaseportable.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.stub.StubDriver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error of this driver's own, whatever raises it, has its SQLState and a message starting "altibase-portable: ". */
class DriverMessagesTest {

    /** Something the application does that this driver refuses. */
    interface Refused {
        void run(Connection connection) throws SQLException;
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("bad URL", "08001", (Refused)
                        c -> new PortableDriver().connect("jdbc:altibase-portable://h:0/db", StubDriver.properties())),
                Arguments.of("unknown option", "08001", (Refused)
                        c -> new PortableDriver().connect(Harness.URL, StubDriver.properties("portable.nope", "1"))),
                Arguments.of("closed connection", "08003", (Refused) c -> {
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                    c.close();
                    c.getTransactionIsolation();
                }),
                Arguments.of("closed statement", "HY010", (Refused) c -> {
                    Statement statement = c.createStatement();
                    statement.close();
                    statement.getConnection();
                }),
                Arguments.of("closed result set", "24000", (Refused) c -> {
                    ResultSet rows = c.createStatement().executeQuery("SELECT id FROM t");
                    rows.close();
                    rows.getStatement();
                }),
                Arguments.of("parameter index", "07009", (Refused) c -> {
                    PreparedStatement statement = c.prepareStatement("INSERT INTO account (id, name) VALUES (?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name");
                    statement.setInt(3, 1);
                }),
                Arguments.of("savepoint id of a named savepoint", "HY024", (Refused) c -> {
                    c.setAutoCommit(false);
                    c.setSavepoint("sp").getSavepointId();
                }),
                Arguments.of("savepoint in autocommit", "25000", (Refused) Connection::setSavepoint),
                Arguments.of("isolation level", "HY024", (Refused) c -> c.setTransactionIsolation(42)),
                Arguments.of("null SQL", "HY009", (Refused) c -> c.prepareStatement(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusalsCarryTheStateAndThePrefix(String what, String sqlState, Refused refused) throws SQLException {
        try (Harness harness = Harness.open()) {
            SQLException e = assertThrows(SQLException.class, () -> refused.run(harness.portable()));
            assertEquals(sqlState, e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().startsWith("altibase-portable: "), e.getMessage());
        }
    }

    @ParameterizedTest(name = "strict mode")
    @MethodSource("strict")
    void strictModeRefusalsCarryThePrefix(String sql) throws SQLException {
        try (Harness harness = Harness.open("portable.strict", "true")) {
            SQLException e =
                    assertThrows(SQLException.class, () -> harness.portable().prepareStatement(sql));
            assertEquals("42000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().startsWith("altibase-portable: strict mode: "), e.getMessage());
        }
    }

    static Stream<String> strict() {
        return Stream.of("SELECT id FROM a EXCEPT ALL SELECT id FROM b");
    }
}
