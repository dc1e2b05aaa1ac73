package io.github.altibaseportable.rewrite.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ReservedNamesRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return RuleGolden.of(new ReservedNamesRule(), "reservednames.golden");
    }
}
