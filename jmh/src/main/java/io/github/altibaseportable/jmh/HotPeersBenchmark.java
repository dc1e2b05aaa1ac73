package io.github.altibaseportable.jmh;

import com.p6spy.engine.spy.P6DataSource;
import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.rewrite.PlanOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.shardingsphere.driver.api.ShardingSphereDataSourceFactory;
import org.apache.shardingsphere.single.config.SingleRuleConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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
 * This driver beside its peers on the same delegate, H2's in-memory database: the point query
 * ({@link Statements#POINT_QUERY}) prepared, bound, executed, its row read and the statement closed, as
 * an application without a statement cache runs it. Each {@link Peer} is one way of reaching H2; the
 * ratio of each to {@link Peer#H2} is what that layer adds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class HotPeersBenchmark {
    /** Rows in the table the point query reads. */
    static final int ROWS = 1_000;

    /** A way of reaching the database. */
    public enum Peer {
        /** H2's own connection: the bare delegate. */
        H2,
        /** This driver, its plan cached (the pre-check's verdict, for this statement). */
        PORTABLE,
        /** This driver with its cache off ({@code portable.cacheSize=0}): every prepare plans. */
        PORTABLE_COLD,
        /** p6spy's data source with its logging module, formatting every statement's log line. */
        P6SPY,
        /** jOOQ's parsing connection (it parses, and caches the text it renders for each statement). */
        JOOQ,
        /** ShardingSphere-JDBC's data source on the one H2 data source, no rule but its single-table rule. */
        SHARDINGSPHERE
    }

    @Param
    public Peer peer;

    private Connection database;
    private Connection connection;
    private long misses;
    private int id;

    @Setup
    public void open() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(H2Delegate.H2_URL);
        database = h2.getConnection();
        try (Statement statement = database.createStatement()) {
            statement.execute("drop table if exists book");
            statement.execute("create table book (id bigint primary key, title varchar(255))");
            statement.execute("insert into book select x, 'title ' || x from system_range(1, " + ROWS + ")");
        }
        connection = connect(peer, h2);
        if (peer == Peer.PORTABLE || peer == Peer.PORTABLE_COLD) {
            Connections.expect(connection, Statements.POINT_QUERY, PlanOutcome.UNCHANGED_BY_PRECHECK);
        }
        pointQuery();
        if (peer == Peer.PORTABLE) {
            misses = connection
                    .unwrap(PortableConnection.class)
                    .rewriteStatistics()
                    .misses();
        }
    }

    private static Connection connect(Peer peer, DataSource h2) throws SQLException {
        switch (peer) {
            case H2:
                return h2.getConnection();
            case PORTABLE:
                return portable();
            case PORTABLE_COLD:
                return portable("portable.cacheSize", "0");
            case P6SPY:
                System.setProperty("p6spy.config.appender", DiscardingAppender.class.getName());
                return new P6DataSource(h2).getConnection();
            case JOOQ:
                System.setProperty("org.jooq.no-logo", "true");
                System.setProperty("org.jooq.no-tips", "true");
                return DSL.using(h2.getConnection(), SQLDialect.H2).parsingConnection();
            default:
                return ShardingSphereDataSourceFactory.createDataSource(
                                "peers",
                                null,
                                Map.of("ds", h2),
                                List.of(new SingleRuleConfiguration(List.of("*.*"), null)),
                                new Properties())
                        .getConnection();
        }
    }

    /** This driver on H2, with {@code options} (pairs of {@code portable.} keys and values). */
    private static Connection portable(String... options) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("portable.delegateDriver", H2Delegate.class.getName());
        for (int i = 0; i < options.length; i += 2) {
            properties.setProperty(options[i], options[i + 1]);
        }
        return new PortableDriver().connect("jdbc:altibase-portable://localhost:20300/mydb", properties);
    }

    /** With the cache on, every call measured was a cache hit: no miss since the set-up. */
    @TearDown
    public void close() throws SQLException {
        if (peer == Peer.PORTABLE) {
            long now = connection
                    .unwrap(PortableConnection.class)
                    .rewriteStatistics()
                    .misses();
            if (now != misses) {
                throw new IllegalStateException((now - misses) + " cache misses while measuring hits");
            }
        }
        connection.close();
        database.close();
    }

    @Benchmark
    public String pointQuery() throws SQLException {
        id = id % ROWS + 1;
        try (PreparedStatement statement = connection.prepareStatement(Statements.POINT_QUERY)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no book " + id);
                }
                return row.getString(2);
            }
        }
    }
}
