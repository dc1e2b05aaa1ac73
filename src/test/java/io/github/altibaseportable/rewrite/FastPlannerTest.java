package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.altibaseportable.rewrite.rules.BooleanRule;
import io.github.altibaseportable.rewrite.rules.PagingRule;
import io.github.altibaseportable.rewrite.rules.Rules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fast path answers and every reason it leaves a statement to the full parse; that its plans are
 * the full parse's is {@link FastPathEqualityTest}'s business.
 */
class FastPlannerTest {
    private final RewriteEngine engine =
            new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, ParseLimits.DEFAULT, true);
    private final FastPlanner fast = FastPlanner.of(Rules.all(), ParseLimits.DEFAULT);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT a FROM t ORDER BY a LIMIT 10 OFFSET 20 | SELECT a FROM t ORDER BY a LIMIT 21, 10 | ''",
                "SELECT a FROM t LIMIT ? OFFSET ? | SELECT a FROM t LIMIT ?, ? | 2+1 1",
                "SELECT a FROM t WHERE b = ? OFFSET ? ROWS FETCH NEXT ? ROWS ONLY | SELECT a FROM t WHERE b = ? LIMIT ?, ? "
                        + "| 1 2+1 3",
                "SELECT a FROM t FETCH FIRST ROW ONLY | SELECT a FROM t LIMIT 1 | ''",
                "SELECT a FROM t OFFSET 5 | SELECT a FROM t LIMIT 6, 9223372036854775807 | ''",
                "SELECT a FROM t LIMIT 0 OFFSET ? | SELECT a FROM t LIMIT 0 | ''",
                "SELECT a FROM t WHERE TRUE AND b = FALSE | SELECT a FROM t WHERE 1=1 AND b = 0 | ''",
                "SELECT a FROM t WHERE (b IN (TRUE, ?) OR FALSE) | SELECT a FROM t WHERE (b IN (1, ?) OR 1=0) | ''",
                "UPDATE t SET f = TRUE WHERE id = ? | UPDATE t SET f = 1 WHERE id = ? | ''",
                "INSERT INTO t (id, f) VALUES (NEXT VALUE FOR s.q, FALSE) | INSERT INTO t (id, f) VALUES (s.q.NEXTVAL, 0) | ''",
                "SELECT nextval('order_seq') | SELECT order_seq.NEXTVAL FROM DUAL | ''",
                "SELECT 'TRUE', \"FALSE\" FROM t WHERE x = 'LIMIT 1 OFFSET 2' LIMIT 1 OFFSET 2 "
                        + "| SELECT 'TRUE', \"FALSE\" FROM t WHERE x = 'LIMIT 1 OFFSET 2' LIMIT 3, 1 | ''"
            })
    void answersWithTheRewrite(String sql, String expected, String parameters) {
        StatementPlan plan = plan(fast, sql, RewriteProfile.DEFAULT);
        assertNotNull(plan, sql);
        assertEquals(expected, plan.sql());
        assertEquals(
                parameters, plan.parameters() == null ? "" : plan.parameters().toString());
    }

    @Test
    void answersMySqlsZeroBasedLimitInTheMySqlDialectOnly() {
        String sql = "SELECT a FROM t LIMIT 5, 10";
        assertEquals(
                "SELECT a FROM t LIMIT 6, 10",
                plan(fast, sql, RewriteProfile.of(SourceDialect.MYSQL, Set.of(), false))
                        .sql());
        StatementPlan portable = plan(fast, sql, RewriteProfile.DEFAULT);
        assertEquals(PlanOutcome.UNCHANGED, portable.outcome());
        assertSame(sql, portable.sql());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another rule's trigger
                "SELECT a::text FROM t LIMIT 1 OFFSET 2",
                "SELECT `a` FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t UNION SELECT b FROM u LIMIT 1 OFFSET 2",
                "SELECT ? FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t CROSS JOIN u LIMIT 1 OFFSET 2",
                "SELECT level FROM t LIMIT 1 OFFSET 2",
                // other statement kinds
                "WITH w AS (SELECT a FROM t) SELECT a FROM w LIMIT 1 OFFSET 2",
                "CREATE VIEW v AS SELECT a FROM t LIMIT 1 OFFSET 2",
                "MERGE INTO t USING u ON (TRUE) WHEN MATCHED THEN DELETE",
                "CALL p(TRUE)",
                // forms of the handled rules the grammar does not place
                "SELECT a FROM t WHERE b IS TRUE",
                "SELECT a FROM t WHERE NOT TRUE",
                "SELECT a = b FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE (a > b) = TRUE",
                "SELECT setval('s', 5)",
                "SELECT NEXTVAL FOR s",
                "SELECT NEXT  VALUE FOR s",
                "SELECT nextval(name)",
                "SELECT nextval('a''b')",
                "SELECT currval('1x')",
                "SELECT a FROM t LIMIT a + 1 OFFSET 2",
                "SELECT a FROM t LIMIT ALL OFFSET 2",
                "SELECT a FROM t LIMIT -1",
                "SELECT a FROM t OFFSET 20 LIMIT 10",
                "SELECT a FROM t LIMIT 1, 2 OFFSET 3",
                "SELECT a FROM t FETCH FIRST 5 ROWS WITH TIES",
                "SELECT a FROM t LIMIT 1 OFFSET 2 FOR UPDATE",
                "SELECT CASE WHEN TRUE THEN 1 END FROM t",
                "SELECT CAST(a AS INT) FROM t LIMIT 1 OFFSET 2",
                "SELECT sum(a) OVER () FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b",
                "DELETE FROM t WHERE a = TRUE LIMIT 1",
                "INSERT INTO t VALUES (TRUE) RETURNING id",
                // what the lexer does not place as JSqlParser does
                "SELECT a FROM t WHERE b = N'x' LIMIT 1 OFFSET 2",
                "SELECT /*+ INDEX(t i) */ a FROM t LIMIT 1 OFFSET 2",
                "SELECT a /* x /* y */ FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t LIMIT 1 OFFSET 2 // c",
                "SELECT a FROM t -- c\rLIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = ?1 LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = 'x LIMIT 1 OFFSET 2",
                "SELECT a FROM t /* LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = 1x LIMIT 1 OFFSET 2",
                "SELECT a$b FROM t LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = 'x' LIMIT 1 OFFSET 2; SELECT 1",
                "SELECT a FROM t WHERE b = \"\" LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE (b = 1 LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = 1) LIMIT 1 OFFSET 2",
                "SELECT a FROM t WHERE b = 'é' AND c = é LIMIT 1 OFFSET 2",
                "SELECT * FROM t WHERE a = 'x\\'' OR b = ' LIMIT 5 OFFSET 10"
            })
    void leavesToTheFullParse(String sql) {
        assertNull(plan(fast, sql, RewriteProfile.DEFAULT), sql);
        assertNull(plan(fast, sql, RewriteProfile.of(SourceDialect.MYSQL, Set.of(), false)), sql);
    }

    @Test
    void leavesToTheFullParseWhenARuleItStandsForIsDisabled() {
        String sql = "SELECT a FROM t WHERE b = TRUE LIMIT 1 OFFSET 2";
        assertNotNull(plan(fast, sql, RewriteProfile.DEFAULT));
        for (String rule : FastPlanner.HANDLED) {
            assertNull(plan(fast, sql, RewriteProfile.of(SourceDialect.PORTABLE, Set.of(rule), false)), rule);
        }
        assertNotNull(plan(fast, sql, RewriteProfile.of(SourceDialect.PORTABLE, Set.of("joins"), false)));
    }

    @Test
    void isNotMadeForAnEngineWithoutEveryRuleItStandsFor() {
        assertNull(FastPlanner.of(List.of(new PagingRule(), new BooleanRule()), ParseLimits.DEFAULT));
    }

    @Test
    void leavesDeepOrLongStatementsToTheFullParse() {
        String nested = "SELECT a FROM t WHERE " + "(".repeat(FastPlanner.MAX_DEPTH + 1) + "b = 1"
                + ")".repeat(FastPlanner.MAX_DEPTH + 1) + " LIMIT 1 OFFSET 2";
        assertNull(plan(fast, nested, RewriteProfile.DEFAULT));
        String shallower = "SELECT a FROM t WHERE " + "(".repeat(FastPlanner.MAX_DEPTH) + "b = 1"
                + ")".repeat(FastPlanner.MAX_DEPTH) + " LIMIT 1 OFFSET 2";
        assertNotNull(plan(fast, shallower, RewriteProfile.DEFAULT));
        String sql = "SELECT a FROM t LIMIT 1 OFFSET 2";
        FastPlanner limited = FastPlanner.of(Rules.all(), new ParseLimits(sql.length() - 1, 200, 1000));
        assertNull(plan(limited, sql, RewriteProfile.DEFAULT));
    }

    @Test
    void theEngineAsksItOnlyWhenNoKeysAreRequested() {
        String sql = "SELECT a FROM t LIMIT 1 OFFSET 2";
        engine.plan(sql, KeysRequest.DEFAULT_KEYS, RewriteProfile.DEFAULT);
        assertEquals(0, engine.fastPlans());
        assertEquals(
                "SELECT a FROM t LIMIT 3, 1",
                engine.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT).sql());
        assertEquals(1, engine.fastPlans());
        RewriteEngine off =
                new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, ParseLimits.DEFAULT, false);
        assertEquals(
                "SELECT a FROM t LIMIT 3, 1",
                off.plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT).sql());
        assertEquals(0, off.fastPlans());
    }

    @Test
    void aLongStatementIsAnsweredInOnePass() {
        StringBuilder sql = new StringBuilder("SELECT a FROM t WHERE b IN (?");
        for (int i = 1; i < 50_000; i++) {
            sql.append(", ?");
        }
        sql.append(") AND c = TRUE LIMIT ? OFFSET ?");
        StatementPlan plan = plan(fast, sql.toString(), RewriteProfile.DEFAULT);
        assertNotNull(plan);
        assertEquals(50_002, plan.parameters().delegateCount());
        assertArrayEquals(new int[] {50_002}, plan.parameters().targets(50_001));
        assertArrayEquals(new int[] {50_001}, plan.parameters().targets(50_002));
        assertEquals(1, plan.parameters().shift(50_002, 0));
    }

    /** What {@code planner} answers where the engine asks it: when its pre-check met no other rule's trigger. */
    private StatementPlan plan(FastPlanner planner, String sql, RewriteProfile profile) {
        return engine.precheck(profile).check(sql) == Precheck.Verdict.FAST_PATH ? planner.plan(sql, profile) : null;
    }
}
