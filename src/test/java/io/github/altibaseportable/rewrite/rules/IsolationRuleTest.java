package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.altibaseportable.rewrite.GoldenRunner;

class IsolationRuleTest {
    private final IsolationRule rule = new IsolationRule();

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        return GoldenRunner.run(rule, "isolation.golden");
    }

    @Test
    void everyStatementIsOnlyRecognisedWhole() {
        assertNull(rule.planUnparsed("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; COMMIT", text -> null));
        assertNull(rule.planUnparsed("SET TRANSACTION ISOLATION LEVEL", text -> null));
        assertNull(rule.planUnparsed("SET TRANSACTIONISOLATION LEVEL SERIALIZABLE", text -> null));
    }
}
