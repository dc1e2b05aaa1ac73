package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.altibaseportable.rewrite.rules.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pre-check's trigger words and characters are the superset they claim: every statement that a
 * forced parse would plan differently from "sent as written" passes the pre-check, over every golden
 * table (those other rules add too) and the statements below, which once slipped through.
 */
class PrecheckSupersetTest {
    /** Statements a forced parse rewrites that the pre-check once passed as unchanged. */
    static final List<String> ONCE_MISSED = List.of(
            "SELECT * FROM A WHERE a - (b < c) < 0",
            "SELECT * FROM A WHERE COALESCE(0 <> 0, 1 <> 0)",
            "SELECT * FROM A WHERE CASE WHEN a = 'c' THEN a IN (1, 2, 3) END",
            "SELECT 1 && 0",
            "SELECT LOWER('ABC') RLIKE LOWER('a.*')",
            "SELECT 'he%lo' ILIKE ANY (ARRAY['%a'])");

    private final RewriteEngine engine = new RewriteEngine(Rules.all(), 0, ParseLimits.DEFAULT);
    private final List<RewriteRule> rules = Rules.all();

    /** Every row of every golden table, with its dialect. */
    static List<GoldenTable.Row> goldenRows() throws IOException, URISyntaxException {
        Path directory = Path.of(Objects.requireNonNull(PrecheckSupersetTest.class.getResource("/golden"))
                .toURI());
        List<GoldenTable.Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".golden"))
                    .sorted()
                    .toList()) {
                rows.addAll(GoldenTable.load(file.getFileName().toString()));
            }
        }
        return rows;
    }

    /** Whether planning {@code sql} without the pre-check would send something else than {@code sql}. */
    private boolean forcedPlanChanges(String sql, RewriteProfile profile) {
        ParsedStatement statement;
        try {
            statement = SqlParser.parse(sql, ParseLimits.DEFAULT, SqlLexer.of(profile.dialect()));
        } catch (ParseFailure failure) {
            for (RewriteRule rule : rules) {
                if (profile.isEnabled(rule.name())
                        && rule.planUnparsed(
                                        sql,
                                        equivalent -> StatementPlan.unchanged(equivalent, PlanOutcome.UNCHANGED, null))
                                != null) {
                    return true;
                }
            }
            return false;
        }
        RewriteContext context = new RewriteContext(KeysRequest.NONE, profile, null, null);
        for (RewriteRule rule : rules) {
            if (profile.isEnabled(rule.name())) {
                context.startRule(rule.name());
                try {
                    rule.rewrite(statement, context);
                } catch (RuntimeException bug) {
                    return true;
                }
            }
        }
        return context.changed() || context.unsupportedReason() != null || context.uniqueKeysNeeded() != null;
    }

    private void check(String sql, RewriteProfile profile, String where) {
        if (forcedPlanChanges(sql, profile)) {
            assertNotEquals(
                    Precheck.Verdict.UNCHANGED,
                    engine.precheck(profile).check(sql),
                    where + ": a forced parse rewrites it, the pre-check lets it through: " + sql);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenRowThatARuleChangesPassesThePrecheck() throws IOException, URISyntaxException {
        return goldenRows().stream()
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
                    SourceDialect dialect = SourceDialect.fromOption(row.getOrDefault("dialect", "portable"));
                    check(row.get("in"), RewriteProfile.of(dialect, Set.of(), false), row.toString());
                }));
    }

    @Test
    void theStatementsThatOnceSlippedThroughPassThePrecheck() {
        List<String> missed = new ArrayList<>();
        for (String sql : ONCE_MISSED) {
            assertTrue(forcedPlanChanges(sql, RewriteProfile.DEFAULT), "no rule rewrites " + sql);
            if (engine.precheck(RewriteProfile.DEFAULT).check(sql) == Precheck.Verdict.UNCHANGED) {
                missed.add(sql);
            }
        }
        assertTrue(missed.isEmpty(), "the pre-check lets through: " + missed);
    }
}
