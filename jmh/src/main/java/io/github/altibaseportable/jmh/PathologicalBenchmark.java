package io.github.altibaseportable.jmh;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.rules.Rules;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parse bound: planning pathological statements (cache off) with the default
 * {@code portable.parseTimeoutMillis} (1000) and with a bound shorter than their parse. Each plan is
 * timed once per measurement (single shot), so the figures include any wait for the timer. The
 * set-up prints what the plan was (rewritten, or sent as written because the parse timed out).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(2)
public class PathologicalBenchmark {
    /** The statements. */
    public enum Shape {
        /** A paging query with a 10,000-element {@code IN (?, ...)} list. */
        IN_LIST_10000,
        /** A paging query whose condition is nested in 199 brackets (200 is the nesting limit). */
        NESTED_199,
        /** 199 nested function calls in a select list. */
        NESTED_CALLS_199;

        String sql() {
            switch (this) {
                case IN_LIST_10000:
                    StringBuilder sql = new StringBuilder("select a from t where a in (");
                    for (int i = 0; i < 10_000; i++) {
                        sql.append(i == 0 ? "?" : ", ?");
                    }
                    return sql.append(") order by a")
                            .append(Statements.PAGING_TAIL)
                            .toString();
                case NESTED_199:
                    return "select a from t where " + "(".repeat(199) + "a = ?" + ")".repeat(199)
                            + Statements.PAGING_TAIL;
                default:
                    return "select " + "abs(".repeat(199) + "a" + ")".repeat(199) + " from t" + Statements.PAGING_TAIL;
            }
        }
    }

    @Param({"IN_LIST_10000", "NESTED_199", "NESTED_CALLS_199"})
    public Shape shape;

    @Param({"1000", "5"})
    public long parseTimeoutMillis;

    private String sql;
    private RewriteEngine engine;

    @Setup
    public void setUp() {
        sql = shape.sql();
        engine = new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT.withTimeoutMillis(parseTimeoutMillis));
        StatementPlan plan = plan();
        System.out.println("\n# " + shape + " (" + sql.length() + " characters), bound " + parseTimeoutMillis + " ms: "
                + plan.outcome() + (plan.detail() == null ? "" : " (" + plan.detail() + ")"));
    }

    @Benchmark
    public StatementPlan plan() {
        return engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }
}
