package io.github.altibaseportable.jmh;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubDriver;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What the benchmarks connect to: this driver on the test suite's stub delegate, and the stub alone,
 * both in the stub's quiet mode (nothing recorded, no statement kept) so that what is measured is the
 * driver.
 */
final class Connections {
    private static final String URL = "jdbc:altibase-portable://localhost:20300/mydb";

    private Connections() {}

    /** This driver's connection on a quiet stub, with {@code options} (pairs of {@code portable.} keys and values). */
    static Connection portable(String... options) throws SQLException {
        Connection connection = new PortableDriver().connect(URL, StubDriver.properties(options));
        connection.unwrap(StubConnection.class).quiet();
        return connection;
    }

    /** A quiet stub connection, the "driver" the application would use without this one. */
    static Connection stub() {
        return new StubConnection(StubDriver.URL_PREFIX + "//localhost:20300/mydb", new Properties()).quiet();
    }

    /**
     * Checks a benchmark's premise: that {@code connection} plans {@code sql} (a prepared statement) with
     * {@code expected}, so that a benchmark never measures another path than it claims to.
     */
    static StatementPlan expect(Connection connection, String sql, PlanOutcome expected) throws SQLException {
        StatementPlan plan =
                connection.unwrap(PortableConnection.class).rewriter().plan(sql, KeysRequest.NONE);
        if (plan.outcome() != expected) {
            throw new IllegalStateException(
                    "expected " + expected + " but planned " + plan.outcome() + " (" + plan.detail() + "): " + sql);
        }
        return plan;
    }

    /** The outcome a statement of {@code kind} must have. */
    static PlanOutcome outcome(Statements.Kind kind) {
        return kind == Statements.Kind.PASSTHROUGH ? PlanOutcome.UNCHANGED_BY_PRECHECK : PlanOutcome.REWRITTEN;
    }
}
