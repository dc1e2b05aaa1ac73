package io.github.altibaseportable.jmh;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.PlanOutcome;
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
 * Cold planning (the cache is off) of the paging statements of {@link Statements} (short, Hibernate-sized and
 * report-sized, each with Hibernate's {@code offset ? rows fetch first ? rows only}), with the token-level fast
 * path ({@code fastPath=true}, the default of {@code portable.fastPath}) and with the full parse
 * ({@code fastPath=false}). Both make the same plan; the set-up checks that, and that the fast path answered.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FastPathBenchmark {
    @Param({"true", "false"})
    public boolean fastPath;

    @Param({"SHORT", "HIBERNATE", "REPORT"})
    public Statements.Size size;

    private String sql;
    private RewriteEngine uncached;

    @Setup
    public void setUp() {
        sql = Statements.of(Statements.Kind.PAGING, size);
        uncached = new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, ParseLimits.DEFAULT, fastPath);
        StatementPlan plan = plan();
        StatementPlan parsed = new RewriteEngine(
                        Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, ParseLimits.DEFAULT, false)
                .plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        if (plan.outcome() != PlanOutcome.REWRITTEN
                || !plan.sql().equals(parsed.sql())
                || !String.valueOf(plan.parameters()).equals(String.valueOf(parsed.parameters()))) {
            throw new IllegalStateException("planned " + plan + " (" + plan.parameters() + "), the full parse " + parsed
                    + " (" + parsed.parameters() + "): " + sql);
        }
        if (fastPath && uncached.fastPlans() == 0) {
            throw new IllegalStateException("the fast path did not answer: " + sql);
        }
    }

    @Benchmark
    public StatementPlan plan() {
        return uncached.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }
}
