package io.github.altibaseportable.jmh;

import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.ParseLimits;
import io.github.altibaseportable.rewrite.RewriteEngine;
import io.github.altibaseportable.rewrite.RewriteProfile;
import io.github.altibaseportable.rewrite.rules.Rules;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 6, memory: the retained heap of a rewrite cache holding 10,000 distinct plans, per kind and
 * size of statement, measured with JOL (the object graph reachable from the engine, full minus empty).
 * The SQL strings the application passes are the cache's keys; applications usually hold them anyway
 * (Hibernate keeps its SQL), so the figure without them is printed too.
 *
 * <p>Run: {@code java -cp jmh/target/benchmarks.jar io.github.altibaseportable.jmh.CacheMemory [entries]}
 */
public final class CacheMemory {
    private CacheMemory() {}

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf(
                Locale.ROOT,
                "%-12s %-10s %8s %14s %12s %14s %12s%n",
                "kind",
                "size",
                "entries",
                "retained",
                "per entry",
                "without keys",
                "per entry");
        for (Statements.Kind kind : Statements.Kind.values()) {
            for (Statements.Size size : Statements.Size.values()) {
                measure(kind, size, entries);
            }
        }
    }

    private static void measure(Statements.Kind kind, Statements.Size size, int entries) {
        RewriteEngine engine = new RewriteEngine(Rules.all(), entries, ParseLimits.DEFAULT);
        long empty = GraphLayout.parseInstance(engine).totalSize();
        String[] keys = new String[entries];
        for (int i = 0; i < entries; i++) {
            keys[i] = Statements.of(kind, size, i);
            engine.plan(keys[i], KeysRequest.NONE, RewriteProfile.DEFAULT);
        }
        long cached = engine.statistics().size();
        if (cached != entries) {
            throw new IllegalStateException("the cache holds " + cached + " plans, not " + entries);
        }
        long retained = GraphLayout.parseInstance(engine).totalSize() - empty;
        long withoutKeys = retained - GraphLayout.parseInstance((Object[]) keys).totalSize();
        System.out.printf(
                Locale.ROOT,
                "%-12s %-10s %8d %11.1f MB %9d B %11.1f MB %9d B%n",
                kind,
                size,
                entries,
                retained / 1e6,
                retained / entries,
                withoutKeys / 1e6,
                withoutKeys / entries);
    }
}
