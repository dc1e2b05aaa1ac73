package io.github.altibaseportable.rewrite.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.RewriteRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every rule is in the README's table of rules, with its description, and has a section of its own. */
class RulesDocumentedTest {

    @TestFactory
    Stream<DynamicTest> everyRuleIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        return Rules.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.name(), () -> {
                    String row =
                            "| `" + rule.name() + "` | " + rule.description().replace("|", "\\|") + " |";
                    assertTrue(readme.contains(row), "README's table of rules lacks: " + row);
                    int section = readme.indexOf("(`" + rule.name() + "`)\n");
                    assertTrue(section > 0, "README has no section for " + rule.name());
                    int next = readme.indexOf("\n#", section);
                    String text = readme.substring(section, next < 0 ? readme.length() : next);
                    assertTrue(
                            text.contains("portable.disabledRules=" + rule.name()),
                            "README's section for " + rule.name() + " does not say how to switch it off");
                }));
    }

    @TestFactory
    Stream<DynamicTest> ruleNamesAreLowerCaseWordsWrittenTogether() {
        return Rules.all().stream()
                .map(RewriteRule::name)
                .map(name -> DynamicTest.dynamicTest(
                        name,
                        () -> assertTrue(
                                name.matches("[a-z]+"), name + " is not one lower-case word (like droptable)")));
    }
}
