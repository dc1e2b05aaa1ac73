package io.github.altibaseportable.jmh;

import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementPlan;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5, contention: cache hits from one thread and from two (the machine has two cores), each
 * thread with its own connection, all sharing the one engine and cache, over 64 distinct Hibernate-sized
 * paging statements. {@code engineHit*} is the shared part alone (the cache lookup), {@code prepare*} the
 * whole {@code prepareStatement} and {@code close} through the driver on the quiet stub. Throughput is
 * the total of all threads: it scales when two threads do close to twice what one does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ContentionBenchmark {
    private static final int STATEMENTS = 64;

    /** One thread's connection and its place in the rotation of statements. */
    @State(Scope.Thread)
    public static class Client {
        final String[] sql = new String[STATEMENTS];
        Connection portable;
        RewriteEngine engine;
        int next;

        @Setup
        public void open() throws SQLException {
            portable = Connections.portable();
            engine = portable.unwrap(PortableConnection.class).rewriter().engine();
            for (int i = 0; i < STATEMENTS; i++) {
                sql[i] = Statements.of(Statements.Kind.PAGING, Statements.Size.HIBERNATE, i)
                        .intern();
                portable.prepareStatement(sql[i]).close();
            }
        }

        @TearDown
        public void close() throws SQLException {
            portable.close();
        }

        String next() {
            return sql[next++ & (STATEMENTS - 1)];
        }
    }

    @Benchmark
    @Threads(1)
    public StatementPlan engineHit1(Client client) {
        return client.engine.plan(client.next(), KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    @Benchmark
    @Threads(2)
    public StatementPlan engineHit2(Client client) {
        return engineHit1(client);
    }

    @Benchmark
    @Threads(1)
    public PreparedStatement prepare1(Client client) throws SQLException {
        PreparedStatement statement = client.portable.prepareStatement(client.next());
        statement.close();
        return statement;
    }

    @Benchmark
    @Threads(2)
    public PreparedStatement prepare2(Client client) throws SQLException {
        return prepare1(client);
    }
}
