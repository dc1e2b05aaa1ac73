package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.GoldenRunner;
import io.github.altibaseportable.rewrite.GoldenTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden tables of the portable-form rules, each run against its rule alone, and the rules
 * together on statements where their edits meet.
 */
class PortableFormRulesTest {

    @TestFactory
    Stream<DynamicTest> booleans() {
        return GoldenRunner.run(new BooleanRule(), "booleans.golden");
    }

    @TestFactory
    Stream<DynamicTest> selectParameters() {
        return GoldenRunner.run(new SelectListParameterRule(), "selectparameters.golden");
    }

    @TestFactory
    Stream<DynamicTest> setOperations() {
        return GoldenRunner.run(new SetOperationRule(), "setoperations.golden");
    }

    @TestFactory
    Stream<DynamicTest> joins() {
        return GoldenRunner.run(new JoinRule(), "joins.golden");
    }

    @TestFactory
    Stream<DynamicTest> upserts() {
        return GoldenRunner.run(new UpsertRule(), "upserts.golden");
    }

    @TestFactory
    Stream<DynamicTest> allRulesTogether() {
        return GoldenRunner.run(Rules.all(), "portable_forms.golden");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "booleans.golden",
                "selectparameters.golden",
                "setoperations.golden",
                "joins.golden",
                "upserts.golden"
            })
    void eachTableHasTenRewritesAndStatementsOutOfScope(String table) {
        List<GoldenTable.Row> rows = GoldenTable.load(table);
        long rewritten =
                rows.stream().filter(row -> !"=".equals(row.get("out"))).count();
        long untouched = rows.stream()
                .filter(row -> "=".equals(row.get("out")) && row.get("outcome") == null)
                .count();
        assertTrue(rewritten >= 10, table + " has " + rewritten + " rewritten rows");
        assertTrue(untouched >= 3, table + " has " + untouched + " rows sent as written");
    }
}
