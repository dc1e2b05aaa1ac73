package io.github.altibaseportable.rewrite.rules;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.altibaseportable.rewrite.GoldenRunner;

class ArrayParameterRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new ArrayParameterRule(), "arrays.golden");
    }
}
