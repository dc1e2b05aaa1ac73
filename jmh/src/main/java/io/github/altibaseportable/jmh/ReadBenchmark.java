package io.github.altibaseportable.jmh;

import io.github.altibaseportable.stub.StubConnection;
import io.github.altibaseportable.stub.StubRows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 7, the read path: a query's rows read as an ORM reads them ({@code getLong},
 * {@code getBigDecimal} of a {@code NUMERIC(10,2)} column, {@code getString}, {@code getShort},
 * {@code getObject} of a {@code DATE}), through the driver's result set (which puts the column's scale
 * back on decimals, reading the metadata once per result set) against the stub's result set alone; and
 * {@code getObject(i, type)} for {@code BigDecimal} and {@code LocalDateTime}, which only the driver
 * answers. Figures are per result set of {@code rows} rows: executing the query, reading every row, closing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ReadBenchmark {
    private static final String QUERY = "SELECT id, price, name, active, at FROM product";

    @Param({"1", "100"})
    public int rows;

    private Connection portable;
    private Connection stub;
    private Statement throughDriver;
    private Statement direct;

    @Setup
    public void prepare() throws SQLException {
        StubRows table = StubRows.columns("ID", "PRICE", "NAME", "ACTIVE", "AT")
                .declare("PRICE", Types.NUMERIC, 10, 2)
                .declare("ACTIVE", Types.SMALLINT, 5, 0);
        for (int i = 0; i < rows; i++) {
            table = table.row(
                    (long) i,
                    new BigDecimal(i + ".50"),
                    "name " + i,
                    (short) (i % 2),
                    Timestamp.valueOf(LocalDateTime.of(2010, 9, 7, 10, 11, 12)));
        }
        portable = Connections.portable();
        stub = Connections.stub();
        portable.unwrap(StubConnection.class).onQuery("FROM product", table);
        stub.unwrap(StubConnection.class).onQuery("FROM product", table);
        throughDriver = portable.createStatement();
        direct = stub.createStatement();
        try (ResultSet read = throughDriver.executeQuery(QUERY)) {
            read.next();
            if (read.getBigDecimal(2).scale() != 2) {
                throw new IllegalStateException("the driver did not restore the scale: " + read.getBigDecimal(2));
            }
        }
    }

    @TearDown
    public void close() throws SQLException {
        portable.close();
        stub.close();
    }

    /** Reads every row of the query, as an ORM does; first asks for the metadata if {@code metaData}. */
    private static void readAll(Statement statement, boolean metaData, Blackhole sink) throws SQLException {
        try (ResultSet read = statement.executeQuery(QUERY)) {
            if (metaData) {
                sink.consume(read.getMetaData().getScale(2));
            }
            while (read.next()) {
                sink.consume(read.getLong(1));
                sink.consume(read.getBigDecimal(2));
                sink.consume(read.getString(3));
                sink.consume(read.getShort(4));
                sink.consume(read.getObject(5));
            }
        }
    }

    @Benchmark
    public void readDirect(Blackhole sink) throws SQLException {
        readAll(direct, false, sink);
    }

    /**
     * The stub alone, asked for its metadata once per result set as the driver asks: the stub builds it
     * then (a server's driver has it from the execution), so this is the baseline of the driver's own cost.
     */
    @Benchmark
    public void readDirectWithMetaData(Blackhole sink) throws SQLException {
        readAll(direct, true, sink);
    }

    @Benchmark
    public void readThroughDriver(Blackhole sink) throws SQLException {
        readAll(throughDriver, false, sink);
    }

    private static void stepThrough(Statement statement, Blackhole sink) throws SQLException {
        try (ResultSet read = statement.executeQuery(QUERY)) {
            while (read.next()) {
                sink.consume(read.getLong(1));
            }
        }
    }

    /** The query and its rows without the decimal and object getters: what the statement path costs. */
    @Benchmark
    public void stepDirect(Blackhole sink) throws SQLException {
        stepThrough(direct, sink);
    }

    @Benchmark
    public void stepThroughDriver(Blackhole sink) throws SQLException {
        stepThrough(throughDriver, sink);
    }

    @Benchmark
    public void getObjectTypedThroughDriver(Blackhole sink) throws SQLException {
        try (ResultSet read = throughDriver.executeQuery(QUERY)) {
            while (read.next()) {
                sink.consume(read.getObject(2, BigDecimal.class));
                sink.consume(read.getObject(5, LocalDateTime.class));
            }
        }
    }
}
