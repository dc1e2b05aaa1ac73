package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.GoldenRunner;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The portable-breadth rules of issue 5 (part A) working on one statement together, as registered in
 * {@link Rules}: edits of one rule inside text another rule moves or replaces.
 */
class BreadthRulesTogetherTest {
    private static final Set<String> RULES = Set.of(
            "sequences", "types", "ifexists", "backticks", "defaultorder", "altercolumn", "comments", "tableoptions");

    @TestFactory
    Stream<DynamicTest> goldenTable() {
        List<RewriteRule> rules =
                Rules.all().stream().filter(rule -> RULES.contains(rule.name())).toList();
        return GoldenRunner.run(rules, "breadth-together.golden");
    }
}
