package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.GoldenRunner;
import io.github.altibaseportable.rewrite.GoldenTable;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A rule's golden table, run against the rule alone, and checked to hold at least ten rows that the
 * rule rewrites and at least one out-of-scope row ({@code out: =}).
 */
final class RuleGolden {
    private static final int MIN_REWRITTEN = 10;

    private RuleGolden() {}

    static Stream<DynamicTest> of(RewriteRule rule, String table) {
        return Stream.concat(GoldenRunner.run(rule, table), Stream.of(DynamicTest.dynamicTest(table + " size", () -> {
            List<GoldenTable.Row> rows = GoldenTable.load(table);
            long unchanged =
                    rows.stream().filter(row -> "=".equals(row.get("out"))).count();
            assertTrue(
                    rows.size() - unchanged >= MIN_REWRITTEN,
                    table + " has " + (rows.size() - unchanged) + " rewritten rows");
            assertTrue(unchanged >= 1, table + " has no out-of-scope row");
        })));
    }
}
