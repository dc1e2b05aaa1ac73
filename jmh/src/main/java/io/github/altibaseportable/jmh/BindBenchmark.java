package io.github.altibaseportable.jmh;

import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.stub.StubPreparedStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4, bound-parameter paging: binding the offset and the count of a paging statement through
 * the driver's parameter mapping (the offset shifted by 1, and for {@code LIMIT ? OFFSET ?} the two
 * swapped) against binding the rewritten statement's parameters on the stub directly. Figures are per
 * bind call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class BindBenchmark {
    /** Where the paging clause comes from. */
    public enum Form {
        /** Hibernate 6: {@code offset ? rows fetch first ? rows only}, offset bound first. */
        HIBERNATE(
                "select b1_0.id,b1_0.title from book b1_0 order by b1_0.id offset ? rows fetch first ? rows only",
                0,
                1),
        /** jOOQ and PageHelper: {@code limit ? offset ?}, count bound first. */
        JOOQ(
                "select \"BOOK\".\"ID\", \"BOOK\".\"TITLE\" from \"BOOK\" order by \"BOOK\".\"ID\" limit ? offset ?",
                1,
                0);

        final String sql;
        /** Which of the two parameters (0 or 1) is the offset, which the count. */
        final int offset;

        final int count;

        Form(String sql, int offset, int count) {
            this.sql = sql;
            this.offset = offset;
            this.count = count;
        }
    }

    @Param({"HIBERNATE", "JOOQ"})
    public Form form;

    private Connection portable;
    private Connection stub;
    private PreparedStatement throughDriver;
    private PreparedStatement direct;
    private final int[] values = new int[2];

    @Setup
    public void prepare() throws SQLException {
        portable = Connections.portable();
        stub = Connections.stub();
        StatementPlan plan = Connections.expect(portable, form.sql, PlanOutcome.REWRITTEN);
        if (plan.parameters() == null) {
            throw new IllegalStateException("no parameter mapping: " + plan.sql());
        }
        throughDriver = portable.prepareStatement(form.sql);
        direct = stub.prepareStatement(plan.sql());
        values[form.offset] = 20;
        values[form.count] = 10;
        setIntThroughDriver();
        StubPreparedStatement bound = throughDriver.unwrap(StubPreparedStatement.class);
        if (!Integer.valueOf(21).equals(bound.value(1)) || !Integer.valueOf(10).equals(bound.value(2))) {
            throw new IllegalStateException(
                    "bound " + bound.parameters() + " through the driver, not offset 21, count 10");
        }
    }

    @TearDown
    public void close() throws SQLException {
        portable.close();
        stub.close();
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public PreparedStatement setIntDirect() throws SQLException {
        // The rewritten statement binds the offset (plus 1) first, then the count.
        direct.setInt(1, 21);
        direct.setInt(2, 10);
        return direct;
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public PreparedStatement setIntThroughDriver() throws SQLException {
        throughDriver.setInt(1, values[0]);
        throughDriver.setInt(2, values[1]);
        return throughDriver;
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public PreparedStatement setLongDirect() throws SQLException {
        direct.setLong(1, 21L);
        direct.setLong(2, 10L);
        return direct;
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public PreparedStatement setLongThroughDriver() throws SQLException {
        throughDriver.setLong(1, values[0]);
        throughDriver.setLong(2, values[1]);
        return throughDriver;
    }
}
