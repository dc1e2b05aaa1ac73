package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.InMemoryRows;
import io.github.altibaseportable.keys.KeyedBatch;
import io.github.altibaseportable.keys.KeyedExecution;
import io.github.altibaseportable.keys.PreparedVariant;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A prepared {@code INSERT ... VALUES} whose generated keys (or rows) the driver handles: generated keys
 * asked for, a PostgreSQL {@code RETURNING} (answered as a result set by {@code executeQuery} and
 * {@code execute}), or several rows. Binds go to the Altibase statement as usual and are also recorded
 * ({@link RecordingPreparedStatement}), so that the statement can run in another form ({@link KeyedExecution}) and its batches with keys drawn
 * beforehand ({@link KeyedBatch}); {@code getGeneratedKeys()} answers from what the driver learned.
 */
final class KeyedPreparedStatement extends RecordingPreparedStatement {
    private final KeyedInsert insert;
    private final KeysRequest request;
    private final List<RecordedRow> batch = new ArrayList<>();
    private final PreparedVariant variant = new PreparedVariant();

    /**
     * A keyed statement prepared as {@code prepared}; or, when that is {@code null} (its rows go as
     * {@code INSERT ... SELECT}, or its plan runs other steps first), one prepared by {@code preparer} only
     * when an execution runs the planned form, {@code standIn} holding its settings until then.
     */
    KeyedPreparedStatement(
            PortableConnection connection,
            PreparedStatement prepared,
            Statement standIn,
            StatementPlan plan,
            KeysRequest request,
            Preparer preparer) {
        super(connection, prepared, standIn, plan, preparer);
        this.insert = (KeyedInsert) plan.keys();
        this.request = request;
    }

    @Override
    int plannedParameterCount() {
        return insert.parameterCount();
    }

    // ---- execution -------------------------------------------------------------------------------------

    /** Runs one execution ({@link #execute}) and keeps its keys; a RETURNING statement's rows are its result. */
    private Execution run() throws SQLException {
        return execute(Execution.Expect.COUNT, execution -> {
            KeyedExecution keyed = connection.keys().execution(plan, insert, request, current);
            if (keyed.usesVariant()) {
                long count = keyed.runPrepared(current);
                connection.ran(plan);
                execution.answerCount(count);
            } else {
                runSteps(plan, () -> execution.count(main().executeUpdate()), execution);
            }
            execution.keys = keysResult(keyed.finish());
            if (insert.returning() != null) {
                execution.answerRows(execution.keys);
            }
        });
    }

    @Override
    public int executeUpdate() throws SQLException {
        return count(run());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return run().count();
    }

    /** True for a RETURNING statement, whose rows are then the result set; false otherwise. */
    @Override
    public boolean execute() throws SQLException {
        return run().hasResultSet();
    }

    /** A RETURNING statement's rows; any other INSERT has no result set. */
    @Override
    public ResultSet executeQuery() throws SQLException {
        return insert.returning() == null ? super.executeQuery() : run().resultSet();
    }

    // ---- batches ---------------------------------------------------------------------------------------

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (!plan.isSingleStatement()) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                    "a statement that runs as several statements cannot be batched: " + plan.original());
        }
        batch.add(current.copy());
    }

    @Override
    public void clearBatch() throws SQLException {
        batch.clear();
        super.clearBatch();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return narrow(executeLargeBatch());
    }

    /** Runs the rows added with {@link #addBatch()}; see {@link KeyedBatch} for how their keys are found. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        return execute(Execution.Expect.COUNT, execution -> {
                    List<RecordedRow> rows = new ArrayList<>(batch);
                    batch.clear();
                    if (insert.rows().size() > 1) {
                        execution.counts(severalRowsEach(rows, execution));
                    } else {
                        KeyedBatch keyedBatch = connection.keys().batch(plan, insert, request);
                        execution.counts(keyedBatch.run(rows, main(), variant));
                        execution.keys = keysResult(keyedBatch.keys());
                    }
                    connection.ran(plan);
                })
                .counts();
    }

    /**
     * A batch of a multi-row statement: one Altibase batch when the statement runs as planned (no keys,
     * no sequence default), otherwise each set of rows as one execution, the keys of all in order.
     */
    private long[] severalRowsEach(List<RecordedRow> rows, Execution execution) throws SQLException {
        if (rows.isEmpty() || connection.keys().runsAsPlanned(insert, request)) {
            return KeyedBatch.asOneBatch(rows, main(), this::positions);
        }
        long[] counts = new long[rows.size()];
        InMemoryRows keys = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                KeyedExecution keyed = connection.keys().execution(plan, insert, request, rows.get(i));
                if (keyed.usesVariant()) {
                    counts[i] = keyed.runPrepared(rows.get(i));
                } else {
                    PreparedStatement main = main();
                    rows.get(i).bindTo(main, this::positions);
                    counts[i] = main.executeUpdate();
                }
                InMemoryRows rowKeys = keyed.finish();
                if (keys == null) {
                    keys = rowKeys;
                } else if (rowKeys != null) {
                    keys.addAll(rowKeys);
                }
            } catch (SQLException failure) {
                throw SqlState.batchFailure(failure, counts, i);
            }
        }
        execution.keys = keysResult(keys);
        return counts;
    }

    @Override
    public void close() throws SQLException {
        try {
            variant.close();
        } finally {
            super.close();
        }
    }
}
