package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParserKeywordsUtils;
import org.junit.jupiter.api.Test;

/**
 * The fast path makes exactly the plan the full parse makes: every golden row of every table, the mutants
 * of {@link PlanningFuzzTest}'s generator, the benchmarks' statements and JSqlParser's reserved words used as
 * names are planned by {@link FastPlanner} and, where it answers, by an engine without it; the two plans
 * must not differ in anything a plan carries. The fast path must also answer most of the paging, booleans
 * and sequences rows, so that the comparison is not won by declining.
 *
 * <p>{@code -Dfastpath.mutants=N} (default 3000) and {@code -Dfuzz.seed=S} (default 12) choose the mutants.
 */
class FastPathEqualityTest {
    private static final int MUTANTS = Integer.getInteger("fastpath.mutants", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 12);
    private static final ParseLimits LIMITS = ParseLimits.DEFAULT.withTimeoutMillis(60_000);

    private final RewriteEngine full =
            new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, LIMITS, false);
    private final RewriteEngine withFastPath =
            new RewriteEngine(Rules.all(), 0, RewriteEngine.DEFAULT_CACHE_BYTES, LIMITS, true);
    private final FastPlanner fast = FastPlanner.of(Rules.all(), LIMITS);
    private final RewriteProfile mysql = RewriteProfile.of(SourceDialect.MYSQL, Set.of(), false);
    private final RewriteProfile postgresql = RewriteProfile.of(SourceDialect.POSTGRESQL, Set.of(), false);
    private final List<String> differences = new ArrayList<>();
    /** Per profile, the two pre-checks the engine's one pass stands for: of all the rules, of the others. */
    private final Map<RewriteProfile, List<Precheck>> separate = new HashMap<>();

    @Test
    void everyGoldenRowIsPlannedAsTheFullParsePlansIt() throws IOException, URISyntaxException {
        Map<String, int[]> answered = new TreeMap<>();
        for (GoldenTable.Row row : PrecheckSupersetTest.goldenRows()) {
            SourceDialect dialect = SourceDialect.fromOption(row.getOrDefault("dialect", "portable"));
            StatementPlan plan = compare(row.get("in"), RewriteProfile.of(dialect, Set.of(), false), row.toString());
            int[] counts = answered.computeIfAbsent(row.source(), table -> new int[3]);
            counts[0]++;
            counts[1] += plan != null ? 1 : 0;
            counts[2] += plan != null && plan.outcome() == PlanOutcome.REWRITTEN ? 1 : 0;
        }
        assertEquals(List.of(), differences);
        // Rows of the three tables the fast path answers, and of those the rewritten ones: it must not win by
        // declining.
        assertAnswered(answered, "paging.golden", 30, 20);
        assertAnswered(answered, "booleans.golden", 10, 8);
        assertAnswered(answered, "sequences.golden", 5, 4);
    }

    private static void assertAnswered(Map<String, int[]> answered, String table, int least, int leastRewritten) {
        int[] counts = answered.get(table);
        assertNotNull(counts, table);
        assertTrue(
                counts[1] >= least && counts[2] >= leastRewritten,
                table + ": the fast path answered " + counts[1]
                        + " of " + counts[0] + " rows (" + counts[2] + " rewritten); expected at least " + least + " ("
                        + leastRewritten + ")");
    }

    /**
     * Mutants of the whole corpus, and as many of the rows of the three tables whose rewrites the fast path makes
     * (of which it must answer a twentieth at least).
     */
    @Test
    void mutantsOfTheGoldenCorpusArePlannedAsTheFullParsePlansThem() throws IOException, URISyntaxException {
        List<String> corpus = PlanningFuzzTest.corpus();
        List<String> handled = new ArrayList<>();
        for (String table : List.of("paging.golden", "booleans.golden", "sequences.golden")) {
            for (GoldenTable.Row row : GoldenTable.load(table)) {
                handled.add(row.get("in"));
            }
        }
        Random random = new Random(SEED);
        int answered = 0;
        for (int i = 0; i < 2 * MUTANTS; i++) {
            List<String> base = i < MUTANTS ? corpus : handled;
            String sql = PlanningFuzzTest.mutate(base.get(random.nextInt(base.size())), corpus, random);
            int dialect = random.nextInt(6);
            RewriteProfile profile = dialect == 0 ? mysql : dialect == 1 ? postgresql : RewriteProfile.DEFAULT;
            boolean planned = compare(sql, profile, "mutant " + i + " (seed " + SEED + ")") != null;
            answered += planned && i >= MUTANTS ? 1 : 0;
        }
        assertEquals(List.of(), differences);
        assertTrue(
                answered >= MUTANTS / 20,
                "the fast path answered only " + answered + " of " + MUTANTS
                        + " mutants of the paging, booleans and sequences rows");
    }

    @Test
    void theBenchmarksStatementsAreAnsweredAndPlannedAsTheFullParsePlansThem() {
        String hibernate = "select b1_0.id,b1_0.author_id,a1_0.id,a1_0.first_name,a1_0.last_name,b1_0.isbn,"
                + "b1_0.price from book b1_0 join author a1_0 on a1_0.id=b1_0.author_id "
                + "left join publisher p1_0 on p1_0.id=b1_0.publisher_id "
                + "where b1_0.title like ? escape '\\' and b1_0.price between ? and ? "
                + "and a1_0.last_name=? and p1_0.country_code in (?,?,?) and b1_0.stock_count>5 "
                + "and d1_0.format<>? and b1_0.published_on>=? order by b1_0.published_on desc,b1_0.id"
                + " offset ? rows fetch first ? rows only";
        List<String> statements = List.of(
                "select b1_0.id,b1_0.title from book b1_0 where b1_0.id>0 offset ? rows fetch first ? rows only",
                hibernate,
                "select t0.a, sum(t0.amount_0) as total_0 from orders t0 join customer t1 on t1.id = t0.customer_id "
                        + "where t0.status in (?, ?) and exists (select 1 from order_line l where l.order_id = t0.id "
                        + "and l.quantity > 3) and t1.flag_1 <> ? group by t0.a having sum(t0.amount_0) > ? "
                        + "order by 1, 2 offset ? rows fetch first ? rows only",
                "SELECT id FROM t WHERE active = TRUE AND (deleted = FALSE OR TRUE) LIMIT 10 OFFSET 20",
                "INSERT INTO t (id, name, flag) VALUES (NEXT VALUE FOR s, ?, TRUE)",
                "SELECT nextval('order_seq')",
                "UPDATE t SET flag = FALSE WHERE id = ? AND TRUE",
                "DELETE FROM t WHERE flag = TRUE");
        for (String sql : statements) {
            StatementPlan plan = compare(sql, RewriteProfile.DEFAULT, "benchmark");
            assertNotNull(
                    plan,
                    "the fast path declined " + sql + " (pre-check: "
                            + withFastPath.precheck(RewriteProfile.DEFAULT).check(sql) + ")");
            assertEquals(PlanOutcome.REWRITTEN, plan.outcome(), sql);
        }
        assertEquals(List.of(), differences);
    }

    /** Every word JSqlParser reserves, used as a name, is left to the full parse or planned as it plans it. */
    @Test
    void theParsersReservedWordsAsNamesArePlannedAsTheFullParsePlansThem() {
        Set<String> reserved = new TreeSet<>();
        for (String image : CCJSqlParserConstants.tokenImage) {
            if (image.matches("<K_[A-Z_0-9]+>")) {
                reserved.add(image.substring(3, image.length() - 1));
            }
        }
        reserved.removeAll(ParserKeywordsUtils.getNonReservedKeywords());
        assertTrue(reserved.size() > 100, "JSqlParser reserves " + reserved);
        // words of its data type tokens, and its abbreviation of SELECT
        reserved.addAll(List.of(
                "INT",
                "INTEGER",
                "BIGINT",
                "SMALLINT",
                "TINYINT",
                "DECIMAL",
                "NUMERIC",
                "REAL",
                "FLOAT",
                "DOUBLE",
                "VARCHAR",
                "CHAR",
                "CHARACTER",
                "TEXT",
                "BOOLEAN",
                "BLOB",
                "CLOB",
                "BIT",
                "TIME",
                "TIMESTAMP",
                "UUID",
                "SEL"));
        for (String word : reserved) {
            for (String sql : List.of(
                    "SELECT " + word + " FROM t LIMIT 1 OFFSET 2",
                    "SELECT a " + word + " FROM t LIMIT 1 OFFSET 2",
                    "SELECT a FROM t " + word + " LIMIT 1 OFFSET 2",
                    "SELECT a FROM " + word + " LIMIT 1 OFFSET 2",
                    "SELECT " + word + "(a) FROM t LIMIT 1 OFFSET 2",
                    "SELECT a FROM t WHERE " + word + " = TRUE",
                    "UPDATE t SET " + word + " = TRUE")) {
                compare(sql, RewriteProfile.DEFAULT, word);
                compare(sql.toLowerCase(java.util.Locale.ROOT), RewriteProfile.DEFAULT, word);
            }
        }
        assertEquals(List.of(), differences);
    }

    /** The fast path's plan of {@code sql} ({@code null}: it declined), noting any difference from the full parse's. */
    private StatementPlan compare(String sql, RewriteProfile profile, String where) {
        Precheck.Verdict verdict = withFastPath.precheck(profile).check(sql);
        assertEquals(separateVerdict(sql, profile), verdict, where + ": " + sql);
        if (verdict != Precheck.Verdict.FAST_PATH) {
            return null; // the engine asks the fast path only where its pre-check met no other rule's trigger
        }
        StatementPlan quick;
        try {
            quick = fast.attempt(sql, profile);
        } catch (RuntimeException escaped) {
            throw new AssertionError(where + ": the fast path threw on " + sql, escaped);
        }
        if (quick != null) {
            String expected = describe(full.plan(sql, KeysRequest.NONE, profile), sql);
            String actual = describe(quick, sql);
            if (!expected.equals(actual)) {
                differences.add(where + ", " + profile.dialect() + ": " + sql + "\n  full: " + expected + "\n  fast: "
                        + actual);
            }
        }
        return quick;
    }

    /**
     * The verdict of two scans, one with the triggers of all the rules and one with those of the rules the fast
     * path does not stand in for, which the engine's pre-check makes in one.
     */
    private Precheck.Verdict separateVerdict(String sql, RewriteProfile profile) {
        List<Precheck> prechecks = separate.computeIfAbsent(
                profile,
                enabled -> List.of(
                        new Precheck(withFastPath.triggers(enabled, true), null, SqlLexer.of(enabled.dialect())),
                        new Precheck(withFastPath.triggers(enabled, false), null, SqlLexer.of(enabled.dialect()))));
        Precheck.Verdict all = prechecks.get(0).check(sql);
        return all == Precheck.Verdict.PARSE && prechecks.get(1).check(sql) == Precheck.Verdict.UNCHANGED
                ? Precheck.Verdict.FAST_PATH
                : all;
    }

    /** Everything a plan carries, as text. */
    @SuppressWarnings("ReferenceEquality") // an unchanged plan hands back the very text it was given
    static String describe(StatementPlan plan, String sql) {
        StringBuilder text = new StringBuilder();
        text.append(plan.outcome())
                .append(" | ")
                .append(plan.detail())
                .append(" | same text: ")
                .append(plan.sql() == sql)
                .append(" | ")
                .append(plan.original().equals(sql))
                .append(" | main ")
                .append(plan.mainIndex());
        for (Step step : plan.steps()) {
            text.append(" | step ")
                    .append(step.sql())
                    .append(" undo ")
                    .append(step.undo())
                    .append(" guard ")
                    .append(step.guard())
                    .append(" lookup ")
                    .append(step.lookup());
        }
        ParameterMapping mapping = plan.parameters();
        text.append(" | params ")
                .append(
                        mapping == null
                                ? "none"
                                : mapping + " of " + mapping.originalCount() + " to " + mapping.delegateCount());
        text.append(" | keys ")
                .append(plan.keys())
                .append(" | typed ")
                .append(Arrays.toString(plan.typedParameters()))
                .append(" | unique keys ")
                .append(plan.uniqueKeysNeeded())
                .append(" | session ")
                .append(plan.sessionCommand())
                .append(" | single ")
                .append(plan.isSingleStatement())
                .append(" | catalog ")
                .append(plan.hasCatalogSteps())
                .append(" | schema ")
                .append(plan.changesSchema())
                .append(" | ends ")
                .append(plan.endsTransaction())
                .append(" | bytes ")
                .append(plan.retainedBytes());
        return text.toString();
    }
}
