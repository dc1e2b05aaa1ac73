package io.github.altibaseportable.rewrite;

import java.util.List;

/**
 * What the driver sends for one application statement: the rewritten statement (the "main" step,
 * which receives the application's bind parameters), any companion statements before and after
 * it, and how bind parameters are mapped. Immutable and shared through the rewrite cache.
 */
public final class StatementPlan {
    private final String original;
    private final String sql;
    private final List<Step> steps;
    private final int mainIndex;
    private final ParameterMapping parameters;
    private final PlanOutcome outcome;
    private final String detail;

    private StatementPlan(String original, List<Step> steps, int mainIndex, ParameterMapping parameters,
                          PlanOutcome outcome, String detail) {
        this.original = original;
        this.steps = List.copyOf(steps);
        this.mainIndex = mainIndex;
        this.sql = this.steps.get(mainIndex).sql();
        this.parameters = parameters;
        this.outcome = outcome;
        this.detail = detail;
    }

    /** The statement sent exactly as written; {@code detail} says why (may be {@code null}). */
    public static StatementPlan unchanged(String sql, PlanOutcome outcome, String detail) {
        return new StatementPlan(sql, List.of(Step.of(sql)), 0, null, outcome, detail);
    }

    /** A rewritten statement: {@code steps.get(mainIndex)} is the application's statement. */
    public static StatementPlan rewritten(String original, List<Step> steps, int mainIndex,
                                          ParameterMapping parameters, String rules) {
        return new StatementPlan(original, steps, mainIndex, parameters, PlanOutcome.REWRITTEN, rules);
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

    /** Whether the plan is just its main statement: no companions and no guard. */
    public boolean isSingleStatement() {
        return steps.size() == 1 && steps.get(0).guard() == null;
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

    @Override
    public String toString() {
        return outcome + ": " + script();
    }
}
