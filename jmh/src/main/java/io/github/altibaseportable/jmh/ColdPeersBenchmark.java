package io.github.altibaseportable.jmh;

import io.github.altibaseportable.jdbc.PortableConnection;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.PlanOutcome;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.StatementRewriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Parser;
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
 * The cold path beside jOOQ's: planning a paging statement ({@link Statements.Kind#PAGING}) that the
 * cache has not seen, through a connection with the cache off, with the fast path and with the full
 * parse, against jOOQ parsing the same text and rendering it for MySQL (whose {@code LIMIT} is the
 * nearest of jOOQ's open-source dialects to Altibase's). Parameters of one benchmark are those of its state: {@link Planner} for {@link #plan},
 * {@link Jooq} for {@link #jooqParseRender}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ColdPeersBenchmark {
    /**
     * This driver's connection, its cache off, with the token-level fast path ({@code portable.fastPath},
     * {@code fastPath=true}) or the full parse for every statement ({@code fastPath=false}), and the
     * statement it plans. The set-up checks that both plan the statement alike.
     */
    @State(Scope.Thread)
    public static class Planner {
        @Param({"true", "false"})
        public boolean fastPath;

        @Param({"SHORT", "HIBERNATE", "REPORT"})
        public Statements.Size size;

        String sql;
        StatementRewriter rewriter;
        private Connection connection;

        @Setup
        public void open() throws SQLException {
            sql = Statements.of(Statements.Kind.PAGING, size);
            connection = Connections.portable("portable.cacheSize", "0", "portable.fastPath", String.valueOf(fastPath));
            rewriter = connection.unwrap(PortableConnection.class).rewriter();
            StatementPlan plan = Connections.expect(connection, sql, PlanOutcome.REWRITTEN);
            try (Connection parsing = Connections.portable("portable.cacheSize", "0", "portable.fastPath", "false")) {
                StatementPlan parsed = Connections.expect(parsing, sql, PlanOutcome.REWRITTEN);
                if (!plan.sql().equals(parsed.sql())) {
                    throw new IllegalStateException("planned " + plan.sql() + ", the full parse " + parsed.sql());
                }
            }
        }

        @TearDown
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** jOOQ's parser and a context that renders for MySQL, and the statement. */
    @State(Scope.Thread)
    public static class Jooq {
        @Param({"SHORT", "HIBERNATE", "REPORT"})
        public Statements.Size size;

        String sql;
        Parser parser;
        DSLContext target;

        @Setup
        public void create() {
            System.setProperty("org.jooq.no-logo", "true");
            System.setProperty("org.jooq.no-tips", "true");
            sql = Statements.of(Statements.Kind.PAGING, size);
            parser = DSL.using(SQLDialect.DEFAULT).parser();
            target = DSL.using(SQLDialect.MYSQL);
            String rendered = parseAndRender();
            if (!rendered.toLowerCase(Locale.ROOT).contains("limit")) {
                throw new IllegalStateException("jOOQ rendered no LIMIT: " + rendered);
            }
        }

        String parseAndRender() {
            return target.render(parser.parseQuery(sql));
        }
    }

    @Benchmark
    public StatementPlan plan(Planner planner) throws SQLException {
        return planner.rewriter.plan(planner.sql, KeysRequest.NONE);
    }

    @Benchmark
    public String jooqParseRender(Jooq jooq) {
        return jooq.parseAndRender();
    }
}
