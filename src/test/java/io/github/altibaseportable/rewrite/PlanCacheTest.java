package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.rules.Rules;
import org.junit.jupiter.api.Test;

/** The plan cache stays within its byte budget, whatever the statements weigh. */
class PlanCacheTest {
    private static final long BUDGET = 1 << 20;

    private static StatementPlan plan(RewriteEngine engine, String sql) {
        return engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
    }

    /** A paging statement of about {@code chars} characters, distinct for each {@code i}. */
    private static String paging(int chars, int i) {
        return "SELECT a FROM t WHERE b = '" + "x".repeat(chars) + "' LIMIT 5 OFFSET " + i;
    }

    @Test
    void largeStatementsNeverTakeTheCacheBeyondItsBudget() {
        RewriteEngine engine = new RewriteEngine(Rules.all(), 2000, BUDGET, ParseLimits.DEFAULT);
        long largestWeight = 0;
        for (int i = 0; i < 200; i++) {
            String sql = paging(20_000, i);
            largestWeight = Math.max(largestWeight, PlanCache.bytes(sql, plan(engine, sql)));
            RewriteStatistics statistics = engine.statistics();
            assertTrue(statistics.bytes() <= BUDGET, i + ": " + statistics);
        }
        RewriteStatistics statistics = engine.statistics();
        assertTrue(statistics.evictions() > 0, statistics.toString());
        assertTrue(statistics.size() * largestWeight <= BUDGET, statistics + ", " + largestWeight + " bytes each");
        assertTrue(largestWeight > 4 * 20_000, "a plan weighs both its texts: " + largestWeight);
    }

    @Test
    void aPlanHeavierThanAnEighthOfTheBudgetIsNotCached() {
        RewriteEngine engine = new RewriteEngine(Rules.all(), 2000, BUDGET, ParseLimits.DEFAULT);
        String heavy = paging((int) (BUDGET / PlanCache.LARGEST_SHARE / 4) + 1000, 1);
        plan(engine, heavy);
        plan(engine, heavy);
        assertEquals(0, engine.statistics().size());
        assertEquals(2, engine.statistics().misses());
        String light = paging(100, 1);
        plan(engine, light);
        plan(engine, light);
        assertEquals(1, engine.statistics().hits());
    }

    @Test
    void theEntryBoundStillHoldsForSmallPlans() {
        RewriteEngine engine = new RewriteEngine(Rules.all(), 10, BUDGET, ParseLimits.DEFAULT);
        for (int i = 0; i < 50; i++) {
            plan(engine, "SELECT a FROM t LIMIT 5 OFFSET " + i);
        }
        assertTrue(engine.statistics().size() <= 10, engine.statistics().toString());
    }
}
