package io.github.altibaseportable.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the driver sends for one application statement: the rewritten statement (the "main" step,
 * which receives the application's bind parameters), any companion statements before and after
 * it, and how bind parameters are mapped; for the generated-keys support, what it needs to know
 * ({@link #keys()}) and alternative forms of the statement ({@link #variant(String)}). Immutable and
 * shared through the rewrite cache.
 */
public final class StatementPlan {
    private static final String[] SCHEMA_CHANGING_WORDS = {"CREATE", "ALTER", "DROP", "RENAME"};
    /** Besides DDL, statements that end the transaction (Altibase commits before any DDL). */
    private static final String[] TRANSACTION_ENDING_WORDS = {"COMMIT", "TRUNCATE", "COMMENT", "GRANT", "REVOKE"};

    private final String original;
    private final String sql;
    private final List<Step> steps;
    private final int mainIndex;
    private final ParameterMapping parameters;
    private final SessionCommand sessionCommand;
    private final boolean single;
    private final PlanOutcome outcome;
    private final String detail;
    private final KeysPlan keys;
    private final Map<String, Variant> variants;
    private final boolean catalogSteps;
    private final boolean changesSchema;
    private final boolean endsTransaction;
    private final int[] typedParameters;
    private final QualifiedName uniqueKeysNeeded;

    /**
     * Another form of the statement, with every rule's edits and those of the rule that asked for it
     * (see {@link RewriteContext#variant}); it may hold holes the driver fills at execution time.
     */
    public record Variant(String sql, ParameterMapping parameters) {}

    private StatementPlan(
            String original,
            List<Step> steps,
            int mainIndex,
            ParameterMapping parameters,
            SessionCommand sessionCommand,
            PlanOutcome outcome,
            String detail,
            KeysPlan keys,
            Map<String, Variant> variants,
            int[] typedParameters,
            QualifiedName uniqueKeysNeeded) {
        this.original = original;
        this.steps = List.copyOf(steps);
        this.mainIndex = mainIndex;
        this.sql = this.steps.get(mainIndex).sql();
        this.parameters = parameters;
        this.sessionCommand = sessionCommand;
        this.single = this.steps.size() == 1 && this.steps.get(0).guard() == null && sessionCommand == null;
        this.outcome = outcome;
        this.detail = detail;
        this.keys = keys;
        this.variants = Map.copyOf(variants);
        boolean lookups = false;
        for (Step step : this.steps) {
            lookups |= step.lookup() != null;
        }
        this.catalogSteps = lookups;
        int first = SqlLexer.skipBlanksAndComments(original, 0);
        this.changesSchema = startsWithAny(original, first, SCHEMA_CHANGING_WORDS);
        this.endsTransaction = changesSchema
                || startsWithAny(original, first, TRANSACTION_ENDING_WORDS)
                || (startsWithAny(original, first, "ROLLBACK") && !isRollbackToSavepoint(original, first));
        this.typedParameters = typedParameters;
        this.uniqueKeysNeeded = uniqueKeysNeeded;
    }

    /** The statement sent exactly as written; {@code detail} says why (may be {@code null}). */
    public static StatementPlan unchanged(String sql, PlanOutcome outcome, String detail) {
        return new StatementPlan(
                sql, List.of(Step.of(sql)), 0, null, null, outcome, detail, null, Map.of(), null, null);
    }

    /**
     * A statement that cannot be planned without the unique keys of {@code table}; as it stands, the
     * statement as written.
     */
    static StatementPlan needingUniqueKeys(String sql, QualifiedName table) {
        return new StatementPlan(
                sql,
                List.of(Step.of(sql)),
                0,
                null,
                null,
                PlanOutcome.NEEDS_UNIQUE_KEYS,
                "needs the unique keys of " + table,
                null,
                Map.of(),
                null,
                table);
    }

    /** A rewritten statement: {@code steps.get(mainIndex)} is the application's statement. */
    public static StatementPlan rewritten(
            String original, List<Step> steps, int mainIndex, ParameterMapping parameters, String rules) {
        return rewritten(original, steps, mainIndex, parameters, rules, null, Map.of(), null);
    }

    /**
     * A rewritten statement with what the generated-keys support needs, alternative forms by name, and
     * the parameters whose bound types it depends on ({@code null}: none).
     */
    public static StatementPlan rewritten(
            String original,
            List<Step> steps,
            int mainIndex,
            ParameterMapping parameters,
            String rules,
            KeysPlan keys,
            Map<String, Variant> variants,
            int[] typedParameters) {
        return new StatementPlan(
                original,
                steps,
                mainIndex,
                parameters,
                null,
                PlanOutcome.REWRITTEN,
                rules,
                keys,
                variants,
                typedParameters,
                null);
    }

    /** A statement the connection carries out with {@code command} (recognised by {@code rule}) instead of sending it. */
    public static StatementPlan sessionCommand(String original, SessionCommand command, String rule) {
        return new StatementPlan(
                original,
                List.of(Step.of(command.sql())),
                0,
                null,
                command,
                PlanOutcome.REWRITTEN,
                rule,
                null,
                Map.of(),
                null,
                null);
    }

    /**
     * This plan, made for a text equivalent to {@code original} that the parser could read, as the plan
     * of {@code original}, which {@code rule} recognised: rewritten even where the equivalent text needed
     * no rule.
     */
    StatementPlan asPlanOf(String original, String rule) {
        if (outcome.isFailure()) {
            return unchanged(original, outcome, detail);
        }
        if (uniqueKeysNeeded != null) {
            return needingUniqueKeys(original, uniqueKeysNeeded);
        }
        String rules = outcome == PlanOutcome.REWRITTEN && !detail.equals(rule) ? rule + ", " + detail : rule;
        return new StatementPlan(
                original,
                steps,
                mainIndex,
                parameters,
                sessionCommand,
                PlanOutcome.REWRITTEN,
                rules,
                keys,
                variants,
                typedParameters,
                null);
    }

    /** This plan, its main step run only when {@code guard} holds. */
    public StatementPlan guardedBy(Guard guard) {
        List<Step> guarded = new ArrayList<>(steps);
        guarded.set(mainIndex, guarded.get(mainIndex).withGuard(guard));
        return new StatementPlan(
                original,
                guarded,
                mainIndex,
                parameters,
                sessionCommand,
                outcome,
                detail,
                keys,
                variants,
                typedParameters,
                uniqueKeysNeeded);
    }

    /** The SQL the application gave. */
    public String original() {
        return original;
    }

    /** The SQL of the main step: what is prepared or executed in place of {@link #original()}. */
    public String sql() {
        return sql;
    }

    /** Every step in execution order, the main step included. */
    public List<Step> steps() {
        return steps;
    }

    /** The position of the main step in {@link #steps()}. */
    public int mainIndex() {
        return mainIndex;
    }

    /** The main step. */
    public Step main() {
        return steps.get(mainIndex);
    }

    /** What the generated-keys support needs to know about this statement, or {@code null}. */
    public KeysPlan keys() {
        return keys;
    }

    /** The alternative form called {@code name}, or {@code null}. */
    public Variant variant(String name) {
        return variants.get(name);
    }

    /**
     * The application's parameters whose rewrite depends on the type of the value bound to them (a
     * {@code ?} in a select list that the statement gives no type): this plan is the one used before
     * any bind, and the statement is planned again for the types bound when it runs. {@code null}: none.
     */
    public int[] typedParameters() {
        return typedParameters == null ? null : typedParameters.clone();
    }

    /**
     * The table whose unique keys this statement needs to be planned ({@link PlanOutcome#NEEDS_UNIQUE_KEYS}),
     * or {@code null}: plan it again with {@link RewriteEngine#plan(String, KeysRequest,
     * RewriteProfile, BoundTypes, ConflictTargets) them}.
     */
    public QualifiedName uniqueKeysNeeded() {
        return uniqueKeysNeeded;
    }

    /** Whether the plan depends on the types of bound values ({@link #typedParameters()}). */
    public boolean isTypedByBinds() {
        return typedParameters != null;
    }

    /** Whether some step is a placeholder for steps read from the catalog when the plan runs. */
    public boolean hasCatalogSteps() {
        return catalogSteps;
    }

    /**
     * Whether the statement may change table definitions ({@code CREATE}, {@code ALTER}, {@code DROP},
     * {@code RENAME}), so that what the driver knows of tables must be read again.
     */
    public boolean changesSchema() {
        return changesSchema;
    }

    /**
     * Whether the statement ends the transaction when it runs: {@code COMMIT}, {@code ROLLBACK} (not to a
     * savepoint), or DDL, which Altibase commits before it runs.
     */
    public boolean endsTransaction() {
        return endsTransaction;
    }

    /** Whether the plan is just its main statement: no companions, no guard, no session command. */
    public boolean isSingleStatement() {
        return single;
    }

    /** The command the connection carries out in place of sending the statement, or {@code null}. */
    public SessionCommand sessionCommand() {
        return sessionCommand;
    }

    /** The bind parameter mapping, or {@code null} when parameters reach the server unchanged. */
    public ParameterMapping parameters() {
        return parameters;
    }

    public PlanOutcome outcome() {
        return outcome;
    }

    /**
     * For a rewritten plan, the rules that changed it; for a failure, the reason; otherwise a note
     * or {@code null}.
     */
    public String detail() {
        return detail;
    }

    /**
     * About how many bytes this plan keeps reachable besides the application's text: the texts of its
     * steps and alternative forms, at two bytes a character, and its parameter mappings.
     */
    @SuppressWarnings("ReferenceEquality") // a step that shares the application's text object keeps no copy of it
    long retainedBytes() {
        long bytes = 128;
        for (Step step : steps) {
            bytes += 48
                    + (step.sql() == original ? 0 : 2L * step.sql().length())
                    + (step.undo() == null ? 0 : 2L * step.undo().length());
        }
        for (Variant variant : variants.values()) {
            bytes += 48 + 2L * variant.sql().length() + mappingBytes(variant.parameters());
        }
        return bytes + mappingBytes(parameters);
    }

    private static long mappingBytes(ParameterMapping mapping) {
        return mapping == null ? 0 : 64 + 32L * (mapping.originalCount() + mapping.delegateCount());
    }

    /** The steps as one script, as {@code Connection.nativeSQL} shows them. */
    public String script() {
        if (isSingleStatement()) {
            return sql;
        }
        StringBuilder script = new StringBuilder();
        for (Step step : steps) {
            if (script.length() > 0) {
                script.append(";\n");
            }
            if (step.guard() != null) {
                script.append("-- ").append(step.guard().describe()).append('\n');
            }
            script.append(step.sql());
        }
        return script.toString();
    }

    /** Whether the word at {@code i} of {@code sql} is one of {@code words}, ignoring case. */
    private static boolean startsWithAny(String sql, int i, String... words) {
        for (String word : words) {
            int end = i + word.length();
            if (sql.regionMatches(true, i, word, 0, word.length())
                    && (end == sql.length() || !Character.isLetterOrDigit(sql.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code ROLLBACK} at {@code i} is {@code ROLLBACK [WORK] TO [SAVEPOINT] ...}. */
    private static boolean isRollbackToSavepoint(String sql, int i) {
        String[] words = sql.substring(i).trim().split("\\s+", 4);
        int to = words.length > 1 && words[1].equalsIgnoreCase("WORK") ? 2 : 1;
        return words.length > to && words[to].equalsIgnoreCase("TO");
    }

    @Override
    public String toString() {
        return outcome + ": " + script();
    }
}
