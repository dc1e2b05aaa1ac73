package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.GoldenRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ArrayParameterRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new ArrayParameterRule(), "arrays.golden");
    }
}
