package io.github.altibaseportable.jmh;

import io.github.altibaseportable.jdbc.PortableConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1, the cache hit: {@code prepareStatement} (and {@code close}) of a statement planned
 * before, through the driver on the quiet stub, against the same stub called directly. The difference
 * is what the driver adds to every statement of an application that reuses its SQL strings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class PrepareBenchmark {
    @Param({"PASSTHROUGH", "PAGING", "IDENTITY"})
    public Statements.Kind kind;

    @Param({"SHORT", "HIBERNATE", "REPORT"})
    public Statements.Size size;

    private String sql;
    private Connection portable;
    private Connection stub;
    private long misses;

    @Setup
    public void open() throws SQLException {
        sql = Statements.of(kind, size);
        portable = Connections.portable();
        stub = Connections.stub();
        Connections.expect(portable, sql, Connections.outcome(kind));
        portable.prepareStatement(sql).close();
        misses = portable.unwrap(PortableConnection.class).rewriteStatistics().misses();
    }

    /** Every call measured was a cache hit: no miss since the set-up. */
    @TearDown
    public void close() throws SQLException {
        long now = portable.unwrap(PortableConnection.class).rewriteStatistics().misses();
        portable.close();
        stub.close();
        if (now != misses) {
            throw new IllegalStateException((now - misses) + " cache misses while measuring hits");
        }
    }

    @Benchmark
    public PreparedStatement direct() throws SQLException {
        PreparedStatement statement = stub.prepareStatement(sql);
        statement.close();
        return statement;
    }

    @Benchmark
    public PreparedStatement throughDriver() throws SQLException {
        PreparedStatement statement = portable.prepareStatement(sql);
        statement.close();
        return statement;
    }
}
