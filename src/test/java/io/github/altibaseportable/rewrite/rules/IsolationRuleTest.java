package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.GoldenRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

    @Test
    void trailingBlanksAreReadOnce() {
        long shorter = charactersRead(20_000);
        long longer = charactersRead(40_000);
        assertTrue(longer <= 2.2 * shorter, shorter + " -> " + longer);
    }

    /** How many characters matching reads of an isolation statement, {@code blanks} blanks and an x. */
    private static long charactersRead(int blanks) {
        String sql = "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE" + " ".repeat(blanks) + "x";
        long[] reads = new long[1];
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return sql.length();
            }

            @Override
            public char charAt(int index) {
                reads[0]++;
                return sql.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return sql.subSequence(start, end);
            }

            @Override
            public String toString() {
                return sql;
            }
        };
        assertNull(IsolationRule.level(counted));
        return reads[0];
    }
}
