package io.github.altibaseportable.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.JDBCType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a golden table against one rule alone: each row's {@code in} is planned by an engine that
 * runs only that rule, and the plan's script, parameter mapping and outcome are compared with the
 * row. {@code out: =} means "sent exactly as written" (the very same string). Optional keys:
 * {@code keys} (generated keys asked for: {@code generated}, {@code columns A,B} or {@code indexes 1,2}),
 * {@code variant.<name>} (a variant's SQL, holes written {@code {NAME}}, or {@code none}),
 * {@code types} (plan for bound values: {@code 1:INTEGER 3:VARCHAR}, as {@code java.sql.Types} names; an
 * array of 3 elements: {@code 2:ARRAY[3]})
 * and {@code typed} (the parameters the plan depends on the bound types of, e.g. {@code 1 3}; absent: none),
 * {@code uniquekeys} (the unique keys and columns the catalog gives for a table: {@code ACCOUNT pk(ID)
 * unique(EMAIL) unique(A,B) columns(ID,EMAIL,A,B)}, stored names; the statement is planned with them when its
 * plan without them asks for them).
 */
public final class GoldenRunner {

    private GoldenRunner() {}

    public static Stream<DynamicTest> run(RewriteRule rule, String table) {
        return run(List.of(rule), table);
    }

    public static Stream<DynamicTest> run(List<? extends RewriteRule> rules, String table) {
        RewriteEngine engine = new RewriteEngine(rules, 0, ParseLimits.DEFAULT);
        List<GoldenTable.Row> rows = GoldenTable.load(table);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(engine, row)));
    }

    /** The generated keys a row asks for: none, {@code generated}, {@code columns A,B} or {@code indexes 1,2}. */
    private static KeysRequest keys(String keys) {
        if (keys == null) {
            return KeysRequest.NONE;
        }
        String[] parts = keys.split(" ", 2);
        switch (parts[0]) {
            case "generated":
                return KeysRequest.DEFAULT_KEYS;
            case "columns":
                return KeysRequest.columns(parts[1].split(","));
            case "indexes":
                return KeysRequest.indexes(Arrays.stream(parts[1].split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray());
            default:
                throw new IllegalArgumentException("keys: " + keys);
        }
    }

    /** Bound types written {@code 1:INTEGER 3:VARCHAR}; {@code null} when the row gives none. */
    private static BoundTypes types(String types) {
        if (types == null) {
            return null;
        }
        String[] entries = types.trim().split("\\s+", -1);
        int[] parameters = new int[entries.length];
        int[] codes = new int[entries.length];
        int[] lengths = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            String[] entry = entries[i].split("[:\\[\\]]", -1);
            parameters[i] = Integer.parseInt(entry[0]);
            codes[i] = JDBCType.valueOf(entry[1]).getVendorTypeNumber();
            lengths[i] = entry.length > 2 ? Integer.parseInt(entry[2]) : -1;
        }
        return BoundTypes.of(parameters, codes, lengths);
    }

    /** Unique keys and columns written {@code TABLE pk(A) unique(B,C) columns(A,B,C)}; {@code null} when the row gives none. */
    private static ConflictTargets uniqueKeys(String written) {
        if (written == null) {
            return null;
        }
        String[] parts = written.trim().split("\\s+", -1);
        String[] table = parts[0].split("\\.", -1);
        List<String> primaryKey = List.of();
        List<List<String>> uniqueKeys = new ArrayList<>();
        List<String> tableColumns = List.of();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            List<String> columns = List.of(
                    part.substring(part.indexOf('(') + 1, part.length() - 1).split(","));
            if (part.startsWith("pk(")) {
                primaryKey = columns;
            } else if (part.startsWith("unique(")) {
                uniqueKeys.add(columns);
            } else if (part.startsWith("columns(")) {
                tableColumns = columns;
            } else {
                throw new IllegalArgumentException("uniquekeys: " + written);
            }
        }
        return new ConflictTargets(
                table.length == 1 ? new QualifiedName(null, table[0]) : new QualifiedName(table[0], table[1]),
                primaryKey,
                uniqueKeys,
                tableColumns);
    }

    private static String typed(StatementPlan plan) {
        int[] parameters = plan.typedParameters();
        return parameters == null
                ? ""
                : Arrays.stream(parameters).mapToObj(String::valueOf).collect(Collectors.joining(" "));
    }

    static void check(RewriteEngine engine, GoldenTable.Row row) {
        String in = row.get("in");
        SourceDialect dialect = SourceDialect.fromOption(row.getOrDefault("dialect", "portable"));
        RewriteProfile profile = dialect == SourceDialect.PORTABLE
                ? RewriteProfile.DEFAULT
                : new RewriteProfile(dialect, Set.of(), false);
        KeysRequest keys = keys(row.get("keys"));
        BoundTypes types = types(row.get("types"));
        StatementPlan plan = engine.plan(in, keys, profile, types, null);
        ConflictTargets uniqueKeys = uniqueKeys(row.get("uniquekeys"));
        if (uniqueKeys != null) {
            assertEquals(uniqueKeys.table(), plan.uniqueKeysNeeded(), row + ": the unique keys asked for");
            plan = engine.plan(in, keys, profile, types, uniqueKeys);
        }
        String out = row.get("out");
        String where = row.toString();
        if (out == null || out.equals("=")) {
            assertSame(in, plan.sql(), where + ": expected the statement unchanged, got " + plan.script());
            assertEquals(1, plan.steps().size(), where);
            String outcome = row.get("outcome");
            if (outcome == null) {
                assertTrue(
                        plan.outcome() == PlanOutcome.UNCHANGED || plan.outcome() == PlanOutcome.UNCHANGED_BY_PRECHECK,
                        where + ": " + plan.outcome() + " (" + plan.detail() + ")");
            } else {
                assertEquals(PlanOutcome.valueOf(outcome), plan.outcome(), where + " (" + plan.detail() + ")");
            }
        } else {
            assertEquals(out, plan.script(), where);
            assertEquals(PlanOutcome.valueOf(row.getOrDefault("outcome", "REWRITTEN")), plan.outcome(), where);
        }
        for (String key : row.values().keySet()) {
            if (key.startsWith("variant.")) {
                StatementPlan.Variant variant = plan.variant(key.substring("variant.".length()));
                String shown = variant == null ? "none" : KeyedInsert.fill(variant.sql(), hole -> "{" + hole + "}");
                assertEquals(row.get(key), shown, where + " " + key);
            }
        }
        assertEquals(row.getOrDefault("typed", ""), typed(plan), where + " typed");
        String params = row.get("params");
        if (params == null || params.equals("=")) {
            assertNull(plan.parameters(), where + ": expected parameters unchanged, got " + plan.parameters());
        } else {
            assertEquals(params, String.valueOf(plan.parameters()), where);
        }
    }
}
