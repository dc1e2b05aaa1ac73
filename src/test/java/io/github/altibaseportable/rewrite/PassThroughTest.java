package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every statement of the corpus reaches Altibase as the very string the application gave, with every
 * rule enabled: ORM SQL that needs no rewrite, and Altibase-native SQL, parseable or not.
 */
class PassThroughTest {
    private final RewriteEngine engine = new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT);

    @TestFactory
    Stream<DynamicTest> corpusIsSentByteForByte() {
        return GoldenTable.load("passthrough.golden").stream()
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
                    String sql = new String(row.get("in"));
                    StatementPlan plan = engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
                    assertSame(sql, plan.sql(), row + " became " + plan.sql());
                    assertEquals(1, plan.steps().size(), row.toString());
                    assertNull(plan.parameters(), row.toString());
                    assertNotEquals(PlanOutcome.REWRITTEN, plan.outcome(), row.toString());
                    assertNotEquals(PlanOutcome.NOT_REWRITABLE, plan.outcome(), row + ": " + plan.detail());
                    if (row.get("outcome") != null) {
                        assertEquals(
                                PlanOutcome.valueOf(row.get("outcome")), plan.outcome(), row + ": " + plan.detail());
                    }
                }));
    }
}
