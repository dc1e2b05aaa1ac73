package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's promise of bounded planning: the work the rules and the splice do grows linearly with the
 * statement (counted, not timed: positions and tokens read, splice steps, bytes allocated), and what runs
 * past the parse bound is sent as written, or refused in strict mode.
 */
class BoundedPlanningTest {
    /** A statement twice as large may cost at most this much more (quadratic work would cost 4 times). */
    private static final double LINEAR = 2.6;

    private static final ParseLimits UNBOUNDED = new ParseLimits(1 << 24, 200, 600_000);

    /** Statements of {@code n} repeated parts that once took seconds after their parse. */
    @SuppressWarnings("ImmutableEnumChecker") // the functions are stateless lambdas
    enum Wide {
        CASTS(n -> "SELECT " + "a::text, ".repeat(n) + "a FROM t", "CAST(a AS VARCHAR(32000)), "),
        UPSERT(
                n -> "INSERT INTO t (" + list(n, i -> "c" + i) + ") VALUES (" + list(n, i -> "?")
                        + ") ON CONFLICT (c0) DO UPDATE SET " + list(n, i -> "c" + i + " = EXCLUDED.c" + i),
                "MERGE INTO t"),
        BOOLEAN_COLUMNS(
                n -> "CREATE TABLE t (" + list(n, i -> "c" + i + " BOOLEAN DEFAULT TRUE NOT NULL") + ")",
                "c1 SMALLINT DEFAULT 1 NOT NULL"),
        DEFAULTS_AFTER_CONSTRAINTS(
                n -> "CREATE TABLE t (" + list(n, i -> "c" + i + " INT NOT NULL DEFAULT " + i) + ")",
                "c1 INT DEFAULT 1 NOT NULL");

        final IntFunction<String> sql;
        final String rewritten;

        Wide(IntFunction<String> sql, String rewritten) {
            this.sql = sql;
            this.rewritten = rewritten;
        }

        private static String list(int n, IntFunction<String> item) {
            return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(", "));
        }
    }

    /** What planning one statement cost. */
    private record Work(long reads, long spliceSteps, long allocated) {}

    private static Work work(String sql) throws ParseFailure {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ParsedStatement statement = SqlParser.parse(sql, UNBOUNDED, SqlLexer.STANDARD);
        RewriteContext context = new RewriteContext(KeysRequest.NONE, RewriteProfile.DEFAULT, null, null);
        for (RewriteRule rule : Rules.all()) {
            context.startRule(rule.name());
            rule.rewrite(statement, context);
        }
        Splicer.Result spliced = Splicer.splice(statement, context.edits());
        return new Work(statement.reads(), spliced.steps(), threads.getCurrentThreadAllocatedBytes() - before);
    }

    @ParameterizedTest
    @EnumSource(Wide.class)
    void rulesAndSpliceWorkLinearly(Wide wide) throws ParseFailure {
        work(wide.sql.apply(300)); // loads and compiles what the measured runs use
        Work small = work(wide.sql.apply(1000));
        Work large = work(wide.sql.apply(2000));
        assertTrue(large.reads() <= LINEAR * small.reads(), wide + ": reads " + small + " -> " + large);
        assertTrue(large.spliceSteps() <= LINEAR * small.spliceSteps(), wide + ": splice " + small + " -> " + large);
        assertTrue(large.allocated() <= LINEAR * small.allocated(), wide + ": allocated " + small + " -> " + large);
    }

    @ParameterizedTest
    @EnumSource(Wide.class)
    void wideStatementsAreRewritten(Wide wide) {
        String sql = wide.sql.apply(1000);
        StatementPlan plan =
                new RewriteEngine(Rules.all(), 0, UNBOUNDED).plan(sql, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertEquals(PlanOutcome.REWRITTEN, plan.outcome(), plan.detail());
        assertTrue(plan.script().contains(wide.rewritten), plan.script());
    }

    private static final String SLOW_SQL = "SELECT a FROM t LIMIT 5";

    /** A rule that takes until the deadline of {@link #SLOW_SQL} has passed (and no time on other statements). */
    private static final RewriteRule SLOW = new RewriteRule() {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public String description() {
            return "waits for the deadline";
        }

        @Override
        public Set<String> triggerWords() {
            return Set.of("LIMIT");
        }

        @Override
        public void rewrite(ParsedStatement statement, RewriteContext context) {
            while (statement.sql().equals(SLOW_SQL) && !statement.isPastDeadline()) {
                Thread.onSpinWait();
            }
            context.edit(Edit.replace(0, 6, "select"));
        }
    };

    @Test
    void rulesPastTheParseBoundSendTheStatementAsWritten() {
        RewriteEngine engine = new RewriteEngine(List.of(SLOW), 0, ParseLimits.DEFAULT.withTimeoutMillis(20));
        StatementPlan plan = engine.plan(SLOW_SQL, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertSame(SLOW_SQL, plan.sql());
        assertEquals(PlanOutcome.TIMED_OUT, plan.outcome());
        assertEquals("planning took longer than 20 ms", plan.detail());
    }

    @Test
    void aPlanThatRanOutOfTimeIsNotCached() {
        RewriteEngine engine = new RewriteEngine(List.of(SLOW), 100, ParseLimits.DEFAULT.withTimeoutMillis(20));
        engine.plan(SLOW_SQL, KeysRequest.NONE, RewriteProfile.DEFAULT);
        engine.plan(SLOW_SQL, KeysRequest.NONE, RewriteProfile.DEFAULT);
        assertEquals(0, engine.statistics().size());
        assertEquals(2, engine.statistics().misses());
    }

    @Test
    void strictModeRefusesWhatRanPastTheBound() {
        RewriteEngine engine = new RewriteEngine(List.of(SLOW), 0, ParseLimits.DEFAULT.withTimeoutMillis(20));
        StatementRewriter strict = new StatementRewriter(engine, RewriteProfile.DEFAULT, true, true);
        SQLException refused =
                assertThrows(SQLSyntaxErrorException.class, () -> strict.plan(SLOW_SQL, KeysRequest.NONE));
        assertEquals("42000", refused.getSQLState());
    }
}
