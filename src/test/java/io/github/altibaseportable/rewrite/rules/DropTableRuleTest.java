package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.GoldenRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DropTableRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new DropTableRule(), "droptable.golden");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleTogetherOnDdl() {
        return GoldenRunner.run(Rules.all(), "ddl.golden");
    }
}
