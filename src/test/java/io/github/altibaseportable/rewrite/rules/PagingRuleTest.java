package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.GoldenRunner;
import io.github.altibaseportable.rewrite.GoldenTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PagingRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new PagingRule(), "paging.golden");
    }

    @Test
    void goldenTableHasAtLeastSixtyRows() {
        int rows = GoldenTable.load("paging.golden").size();
        assertTrue(rows >= 60, "paging.golden has " + rows + " rows");
    }
}
