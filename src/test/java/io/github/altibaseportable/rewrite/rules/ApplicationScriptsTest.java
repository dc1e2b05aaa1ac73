package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.GoldenRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Statements of real applications' scripts, planned with every rule, as the driver plans them. */
class ApplicationScriptsTest {

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(Rules.all(), "application-scripts.golden");
    }
}
