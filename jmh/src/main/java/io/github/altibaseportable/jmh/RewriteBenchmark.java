package io.github.altibaseportable.jmh;

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

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.StatementKind;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.rules.Rules;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/** The rewrite path: a cache hit, and a cold rewrite (cache off) against JSqlParser's bare parse. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RewriteBenchmark {
    @Param({"paging"})
    public String statement;

    private String sql;
    private RewriteEngine cached;
    private RewriteEngine uncached;

    @Setup
    public void setUp() {
        sql = "select b1_0.id,b1_0.title from book b1_0 order by b1_0.id offset ? rows fetch first ? rows only";
        cached = new RewriteEngine(Rules.all(), 10_000, ParseLimits.DEFAULT);
        uncached = new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT);
        cached.plan(sql, StatementKind.PREPARED, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    @Benchmark
    public StatementPlan cacheHit() {
        return cached.plan(sql, StatementKind.PREPARED, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    @Benchmark
    public StatementPlan coldRewrite() {
        return uncached.plan(sql, StatementKind.PREPARED, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    @Benchmark
    public Statement bareParse() throws Exception {
        return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement();
    }
}
