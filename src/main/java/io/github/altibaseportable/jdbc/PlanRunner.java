package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.catalog.Catalog;
import io.github.altibaseportable.rewrite.SessionCommand;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs a plan of several steps as one unit on the Altibase connection: companion statements on a
 * statement of their own, the main step through the caller, each guard checked against the catalog
 * just before its step. A guard on the main step is checked first: when it fails, nothing runs, since
 * the companions exist only for the main step. Steps that only the catalog can tell are read next,
 * before any step runs. If a step fails, the undo statements of the steps already done run in reverse
 * order, and the original exception is thrown with any undo failure added as suppressed. (Altibase
 * commits every DDL statement, so nothing else can take it back.) A plan that is a
 * {@link SessionCommand} is carried out on the application's connection, and nothing else is sent.
 */
final class PlanRunner {
    private final Connection delegate;
    private final Connection application;
    private final Completion completion;

    /** What to do once a plan has run to the end (for what the connection knows of tables). */
    interface Completion {
        void ran(StatementPlan plan) throws SQLException;
    }

    /**
     * A runner on {@code delegate}, the Altibase connection, for {@code application}, the connection the
     * application holds, telling {@code completion} of every plan that ran to the end.
     */
    PlanRunner(Connection delegate, Connection application, Completion completion) {
        this.delegate = delegate;
        this.application = application;
        this.completion = completion;
    }

    /** The main step's execution, supplied by the statement that runs the plan. */
    interface Main<T> {
        T run() throws SQLException;
    }

    <T> T run(StatementPlan plan, Main<T> main, Main<T> whenSkipped) throws SQLException {
        SessionCommand command = plan.sessionCommand();
        if (command != null) {
            T result = whenSkipped.run();
            command.call().apply(application);
            return result;
        }
        if (plan.main().guard() != null && !Catalog.holds(delegate, plan.main().guard())) {
            return whenSkipped.run();
        }
        List<Step> steps = plan.steps();
        int mainIndex = plan.mainIndex();
        if (plan.hasCatalogSteps()) {
            List<Step> resolved = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (i == plan.mainIndex()) {
                    mainIndex = resolved.size();
                }
                if (step.lookup() != null) {
                    resolved.addAll(step.lookup().resolve(delegate));
                } else {
                    resolved.add(step);
                }
            }
            steps = resolved;
        }
        Deque<String> undo = new ArrayDeque<>();
        Statement companion = null;
        T result = null;
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                boolean isMain = i == mainIndex;
                try {
                    if (!isMain && step.guard() != null && !Catalog.holds(delegate, step.guard())) {
                        continue;
                    }
                    if (isMain) {
                        result = main.run();
                    } else {
                        if (companion == null) {
                            companion = delegate.createStatement();
                        }
                        companion.execute(step.sql());
                    }
                } catch (SQLException | RuntimeException failure) {
                    undo(undo, failure);
                    throw failure;
                }
                if (step.undo() != null) {
                    undo.push(step.undo());
                }
            }
            completion.ran(plan);
            return result;
        } finally {
            if (companion != null) {
                companion.close();
            }
        }
    }

    private void undo(Deque<String> undo, Exception failure) {
        if (undo.isEmpty()) {
            return;
        }
        try (Statement statement = delegate.createStatement()) {
            while (!undo.isEmpty()) {
                String sql = undo.pop();
                try {
                    statement.execute(sql);
                } catch (SQLException undoFailure) {
                    failure.addSuppressed(SqlState.reporting("undo failed: " + sql, undoFailure));
                }
            }
        } catch (SQLException cannotUndo) {
            failure.addSuppressed(cannotUndo);
        }
    }
}
