package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A bounded, deterministic fuzz test: mutants of every golden statement, planned with every rule, must
 * keep the promises of the README. No exception escapes planning; the work of the rules grows at most
 * linearly with the statement; string literals are never altered (a rewrite may drop or repeat one, never
 * change one, and adds only the date formats of {@link #RULE_LITERALS}); an output that differs from its input is claimed by a rule; and a rewritten statement the
 * parser could read is read again, unless it holds a form that only Altibase takes ({@link #ALTIBASE_ONLY}).
 *
 * <p>{@code -Dfuzz.mutants=N} (default 600) and {@code -Dfuzz.seed=S} (default 12) choose the run; see
 * CONTRIBUTING for a longer one.
 */
class PlanningFuzzTest {
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 600);
    private static final long SEED = Long.getLong("fuzz.seed", 12);
    /** Work allowed per character of a statement: positions and tokens the rules read. */
    private static final int READS_PER_CHARACTER = 200;
    /** Forms the rules write on purpose that JSqlParser cannot read. */
    static final Pattern ALTIBASE_ONLY = Pattern.compile("(?i)\\bBYTE\\b|CASCADE CONSTRAINTS|\\bLIMIT \\S+, \\S+"
            + "|\\bMODIFY\\b|\\bRENAME COLUMN\\b|\\bALTER \\(|\\bADD \\(|\\bMINUS\\b|\\bNEXTVAL\\b|\\bMERGE\\b");
    /**
     * Literals the rules write themselves: {@code TO_DATE}'s arguments for a typed literal
     * ({@code TIMESTAMP '2010-09-08 00:00:00.5'}, its value written out in full, and its format).
     */
    static final Pattern RULE_LITERALS = Pattern.compile("'YYYY-MM-DD( HH24:MI:SS(\\.SSSSSS)?)?'");

    private static final String[] PIECES = {
        "(",
        ")",
        "'",
        "\"",
        "`",
        "?",
        "--",
        "/*",
        "*/",
        " LIMIT 5 OFFSET 1",
        " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
        "::text",
        "||",
        " TRUE",
        " FALSE",
        ",",
        ";",
        "\n",
        " ",
        "$1",
        " NULL",
        " = ",
        "<>",
        " IS NOT ",
        " AND ",
        " EXISTS (SELECT 1)",
        " CASE WHEN a = 1 THEN b = 2 END",
        "nextval('s')",
        "\\'",
        " BOOLEAN",
        " AUTO_INCREMENT",
        " DEFAULT 1",
        " COLLATE \"C\"",
        " ON CONFLICT (a) DO NOTHING"
    };

    private final RewriteEngine engine =
            new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT.withTimeoutMillis(60_000));
    private final RewriteProfile mysql = RewriteProfile.of(SourceDialect.MYSQL, Set.of(), false);

    /** The statements mutants are made of: every golden row's and those of {@link PrecheckSupersetTest#ONCE_MISSED}. */
    static List<String> corpus() throws IOException, URISyntaxException {
        List<String> corpus = new ArrayList<>();
        for (GoldenTable.Row row : PrecheckSupersetTest.goldenRows()) {
            corpus.add(row.get("in"));
        }
        corpus.addAll(PrecheckSupersetTest.ONCE_MISSED);
        return corpus;
    }

    @Test
    void mutantsOfTheGoldenCorpusKeepThePromises() throws IOException, URISyntaxException {
        List<String> corpus = corpus();
        Random random = new Random(SEED);
        for (int i = 0; i < MUTANTS; i++) {
            String sql = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
            check(sql, random.nextInt(4) == 0 ? mysql : RewriteProfile.DEFAULT, "mutant " + i + " (seed " + SEED + ")");
        }
    }

    /** {@code sql} with one to three random deletions, repeats, insertions of pieces or of corpus text, or lower-casings. */
    static String mutate(String sql, List<String> corpus, Random random) {
        StringBuilder text = new StringBuilder(sql);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), at + 1 + random.nextInt(12));
            switch (random.nextInt(5)) {
                case 0 -> text.delete(at, end);
                case 1 -> text.insert(at, text.substring(at, end));
                case 2 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 3 -> {
                    String other = corpus.get(random.nextInt(corpus.size()));
                    int from = random.nextInt(other.length() + 1);
                    text.insert(at, other, from, Math.min(other.length(), from + 1 + random.nextInt(30)));
                }
                default -> text.replace(at, end, text.substring(at, end).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return text.toString();
    }

    @SuppressWarnings("ReferenceEquality") // an unchanged plan hands back the very text it was given
    private void check(String sql, RewriteProfile profile, String where) {
        String shown = where + ", " + profile.dialect() + ": " + sql;
        StatementPlan plan;
        try {
            plan = engine.plan(sql, KeysRequest.NONE, profile);
        } catch (Throwable escaped) {
            throw new AssertionError(shown + ": planning threw", escaped);
        }
        assertNotNull(plan, shown);
        SqlLexer lexer = SqlLexer.of(profile.dialect());
        if (plan.sql() != sql) {
            assertEquals(PlanOutcome.REWRITTEN, plan.outcome(), shown);
            assertTrue(plan.detail() != null && !plan.detail().isEmpty(), shown + ": no rule claims the change");
        }
        List<String> before = literals(sql, lexer);
        // The information_schema rule writes whole queries of its own, with their literals.
        boolean ownQueries = plan.detail() != null && plan.detail().contains("informationschema");
        for (String literal : ownQueries ? List.<String>of() : literals(plan.sql(), lexer)) {
            boolean typed = plan.sql().contains("TO_DATE(" + literal + ", ");
            if (!before.contains(literal)
                    && !typed
                    && !RULE_LITERALS.matcher(literal).matches()) {
                fail(shown + ": literal " + literal + " is not the application's; became " + plan.sql());
            }
        }
        ParsedStatement parsed = parsed(sql, lexer);
        if (parsed == null) {
            return;
        }
        long reads = work(parsed, profile);
        assertTrue(reads <= READS_PER_CHARACTER * (sql.length() + 10L), shown + ": " + reads + " reads");
        if (plan.outcome() == PlanOutcome.REWRITTEN
                && plan.sessionCommand() == null
                && !ALTIBASE_ONLY.matcher(plan.sql()).find()
                && parsed(plan.sql(), lexer) == null) {
            fail(shown + ": parsed, but its rewrite does not: " + plan.sql());
        }
    }

    /** The string literals of {@code sql}, quotes included, in order. */
    private static List<String> literals(String sql, SqlLexer lexer) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (SqlLexer.isQuote(c)) {
                int end = lexer.skipQuoted(sql, i);
                if (c == '\'') {
                    found.add(sql.substring(i, end));
                }
                i = end;
            } else if (SqlLexer.isCommentStart(sql, i)) {
                i = SqlLexer.skipComment(sql, i);
            } else {
                i++;
            }
        }
        return found;
    }

    private static ParsedStatement parsed(String sql, SqlLexer lexer) {
        try {
            return SqlParser.parse(sql, ParseLimits.DEFAULT.withTimeoutMillis(60_000), lexer);
        } catch (ParseFailure failure) {
            return null;
        }
    }

    /** The positions and tokens every rule reads from {@code statement}. */
    private static long work(ParsedStatement statement, RewriteProfile profile) {
        RewriteContext context = new RewriteContext(KeysRequest.NONE, profile, null, null);
        for (RewriteRule rule : Rules.all()) {
            if (profile.isEnabled(rule.name())) {
                context.startRule(rule.name());
                try {
                    rule.rewrite(statement, context);
                } catch (RuntimeException bug) {
                    throw new AssertionError("rule " + rule.name() + " threw on " + statement.sql(), bug);
                }
            }
        }
        return statement.reads();
    }
}
