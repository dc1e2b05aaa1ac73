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
    private final SessionCommand sessionCommand;
    private final boolean single;
    private final PlanOutcome outcome;
    private final String detail;

    private StatementPlan(String original, List<Step> steps, int mainIndex, ParameterMapping parameters,
                          SessionCommand sessionCommand, PlanOutcome outcome, String detail) {
        this.original = original;
        this.steps = List.copyOf(steps);
        this.mainIndex = mainIndex;
        this.sql = this.steps.get(mainIndex).sql();
        this.parameters = parameters;
        this.sessionCommand = sessionCommand;
        this.single = this.steps.size() == 1 && this.steps.get(0).guard() == null && sessionCommand == null;
        this.outcome = outcome;
        this.detail = detail;
    }

    /** The statement sent exactly as written; {@code detail} says why (may be {@code null}). */
    public static StatementPlan unchanged(String sql, PlanOutcome outcome, String detail) {
        return new StatementPlan(sql, List.of(Step.of(sql)), 0, null, null, outcome, detail);
    }

    /** A rewritten statement: {@code steps.get(mainIndex)} is the application's statement. */
    public static StatementPlan rewritten(String original, List<Step> steps, int mainIndex,
                                          ParameterMapping parameters, String rules) {
        return new StatementPlan(original, steps, mainIndex, parameters, null, PlanOutcome.REWRITTEN, rules);
    }

    /** A statement the connection carries out with {@code command} (recognised by {@code rule}) instead of sending it. */
    public static StatementPlan sessionCommand(String original, SessionCommand command, String rule) {
        return new StatementPlan(original, List.of(Step.of(command.sql())), 0, null, command, PlanOutcome.REWRITTEN, rule);
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
