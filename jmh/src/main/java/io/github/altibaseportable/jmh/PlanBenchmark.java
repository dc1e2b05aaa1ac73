package io.github.altibaseportable.jmh;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.rules.Rules;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
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
 * Benchmarks 2 and 3, planning a statement that is not in the cache (the cache is off): for the
 * pass-through statements that is the lexical pre-check alone (benchmark 2), for the others the
 * pre-check, the bounded parse, every rule and the splice (benchmark 3; the fast path is off here, see
 * {@link FastPathBenchmark}). {@link #bareParse()} is
 * JSqlParser's parse alone on the calling thread, what both are compared with. A fixed heap keeps the
 * collector's sizing out of figures that allocate 0.1 to 0.7 MB per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanBenchmark {
    @Param({"PASSTHROUGH", "PAGING", "IDENTITY"})
    public Statements.Kind kind;

    @Param({"SHORT", "HIBERNATE", "REPORT"})
    public Statements.Size size;

    private String sql;
    private RewriteEngine uncached;

    @Setup
    public void setUp() {
        sql = Statements.of(kind, size);
        // the full parse: FastPathBenchmark measures the fast path
        uncached = new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, ParseLimits.DEFAULT, false);
        StatementPlan plan = plan();
        if (plan.outcome() != Connections.outcome(kind)) {
            throw new IllegalStateException("expected " + Connections.outcome(kind) + " but planned " + plan.outcome()
                    + " (" + plan.detail() + "): " + sql);
        }
    }

    @Benchmark
    public StatementPlan plan() {
        return uncached.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    @Benchmark
    public Statement bareParse() throws ParseException {
        return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement();
    }
}
