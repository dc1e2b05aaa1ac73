package io.github.altibaseportable.rewrite.rules;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class InformationSchemaRuleTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return RuleGolden.of(new InformationSchemaRule(), "informationschema.golden");
    }
}
