package io.github.altibaseportable.rewrite.rules;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.altibaseportable.rewrite.GoldenRunner;

class AddColumnRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(new AddColumnRule(), "addcolumn.golden");
    }
}
