package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that once made planning throw, or plan wrongly, on their way through the engine. */
class PlanningRobustnessTest {
    private final RewriteEngine engine = new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n", "-- nothing\n", "/* nothing */"})
    void aStatementOfNothingWithKeysAskedForIsSentAsWritten(String sql) {
        for (KeysRequest keys : List.of(KeysRequest.DEFAULT_KEYS, KeysRequest.columns("ID"), KeysRequest.indexes(1))) {
            StatementPlan plan = engine.plan(sql, keys, RewriteProfile.DEFAULT);
            assertSame(sql, plan.sql());
            assertEquals(PlanOutcome.UNCHANGED_BY_PRECHECK, plan.outcome());
        }
    }

    @Test
    void aFailingRuleIsNamedAndItsExceptionIsNotQuoted() {
        RewriteRule failing = new RewriteRule() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public String description() {
                return "throws";
            }

            @Override
            public Set<String> triggerWords() {
                return Set.of("SELECT");
            }

            @Override
            public void rewrite(ParsedStatement statement, RewriteContext context) {
                throw new NullPointerException("internal detail");
            }
        };
        String sql = "SELECT a FROM t";
        StatementPlan plan = new RewriteEngine(List.of(failing), 0, ParseLimits.DEFAULT)
                .plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertSame(sql, plan.sql());
        assertEquals(PlanOutcome.NOT_REWRITABLE, plan.outcome());
        assertEquals("rule failing failed (a bug, logged)", plan.detail());
    }

    @Test
    void bracketsInLiteralsAndCommentsAreNotCountedAsNesting() {
        String brackets = "(".repeat(201) + ")".repeat(201);
        String sql = "SELECT a FROM t WHERE b = '" + brackets + "' /* " + brackets + " */ LIMIT 5 OFFSET 1";
        StatementPlan plan = engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertEquals(sql.replace("LIMIT 5 OFFSET 1", "LIMIT 2, 5"), plan.sql());
    }

    @Test
    void unclosedBracketsCountAsNesting() {
        String sql = "SELECT a FROM t WHERE b IN " + "(".repeat(5000) + " LIMIT 5 OFFSET 1";
        StatementPlan plan = engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertSame(sql, plan.sql());
        assertEquals(PlanOutcome.NOT_PARSED, plan.outcome());
        assertEquals("brackets nested 5000 deep (limit 200)", plan.detail());
    }

    @Test
    void theLexerCountsTheDeepestBracket() {
        assertEquals(2, SqlLexer.STANDARD.bracketDepth("f((a), (b)) ')))(((' -- ((\n/* ( */ \"(\""));
        assertEquals(3, SqlLexer.STANDARD.bracketDepth("((("));
        assertEquals(0, SqlLexer.STANDARD.bracketDepth(")))"));
        assertEquals(1, SqlLexer.MYSQL.bracketDepth("('\\')' , ')')"));
        assertFalse(SqlLexer.isEmpty("/* a */ x"));
        assertTrue(SqlLexer.isEmpty("/* a */ -- b"));
    }

    @Test
    void parametersTouchingOperatorsAreParsedWithBlanksAndMappedBack() {
        String sql = "a LIKE ?||'?|' AND b=?::int -- ?=\n, (?)";
        SqlLexer.Spaced spaced = SqlLexer.STANDARD.spaceParameters(sql);
        assertEquals("a LIKE ? ||'?|' AND b= ? ::int -- ?=\n, (?)", spaced.text());
        for (int i = 0; i <= spaced.text().length(); i++) {
            int original = spaced.toOriginal()[i];
            if (i < spaced.text().length() && spaced.text().charAt(i) != ' ') {
                assertEquals(spaced.text().charAt(i), sql.charAt(original), "position " + i);
            }
        }
        assertEquals(sql.length(), spaced.toOriginal()[spaced.text().length()]);
        assertEquals(sql.indexOf("||"), spaced.toOriginal()[spaced.text().indexOf(" ||")]);
        assertNull(SqlLexer.STANDARD.spaceParameters("a = ? AND b IN (?, ?) AND c = '?|'"));
    }
}
