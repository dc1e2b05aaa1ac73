package io.github.altibaseportable.jdbc;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.InMemoryRows;
import io.github.altibaseportable.keys.KeyedBatch;
import io.github.altibaseportable.keys.KeyedExecution;
import io.github.altibaseportable.keys.PreparedVariant;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.StatementPlan;

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
    KeyedPreparedStatement(PortableConnection connection, PreparedStatement prepared, Statement standIn,
                           StatementPlan plan, KeysRequest request, Preparer preparer) {
        super(connection, prepared, standIn, plan, preparer);
        this.insert = (KeyedInsert) plan.keys();
        this.request = request;
    }

    @Override
    int plannedParameterCount() {
        return insert.parameterCount();
    }

    // ---- execution -------------------------------------------------------------------------------------

    /** Runs one execution and keeps its keys; the update count. */
    private long run() throws SQLException {
        startExecution();
        KeyedExecution execution = connection.keys().execution(plan, insert, request, current);
        long count;
        if (execution.usesVariant()) {
            count = execution.runPrepared(current);
            connection.ran(plan);
            own = OwnResult.count(count);
        } else {
            count = runPlan(() -> (long) main().executeUpdate(), 0L);
        }
        generatedKeys = keysResult(execution.finish());
        if (insert.returning() != null) {
            own = OwnResult.rows(generatedKeys);
        }
        return count;
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, run());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return run();
    }

    /** True for a RETURNING statement, whose rows are then the result set; false otherwise. */
    @Override
    public boolean execute() throws SQLException {
        run();
        return insert.returning() != null;
    }

    /** A RETURNING statement's rows; any other INSERT has no result set. */
    @Override
    public ResultSet executeQuery() throws SQLException {
        if (insert.returning() == null) {
            return super.executeQuery();
        }
        run();
        return generatedKeys;
    }

    // ---- batches ---------------------------------------------------------------------------------------

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (!plan.isSingleStatement()) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("a statement that runs as several statements cannot be batched: "
                    + plan.original());
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
        startExecution();
        List<RecordedRow> rows = new ArrayList<>(batch);
        batch.clear();
        long[] counts;
        if (insert.rows().size() > 1) {
            counts = severalRowsEach(rows);
        } else {
            KeyedBatch keyedBatch = connection.keys().batch(plan, insert, request);
            counts = keyedBatch.run(rows, main(), variant);
            generatedKeys = keysResult(keyedBatch.keys());
        }
        connection.ran(plan);
        return counts;
    }

    /**
     * A batch of a multi-row statement: one Altibase batch when the statement runs as planned (no keys,
     * no sequence default), otherwise each set of rows as one execution, the keys of all in order.
     */
    private long[] severalRowsEach(List<RecordedRow> rows) throws SQLException {
        if (rows.isEmpty() || connection.keys().runsAsPlanned(insert, request)) {
            return KeyedBatch.asOneBatch(rows, main(), this::positions);
        }
        long[] counts = new long[rows.size()];
        InMemoryRows keys = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                KeyedExecution execution = connection.keys().execution(plan, insert, request, rows.get(i));
                if (execution.usesVariant()) {
                    counts[i] = execution.runPrepared(rows.get(i));
                } else {
                    PreparedStatement main = main();
                    rows.get(i).bindTo(main, this::positions);
                    counts[i] = main.executeUpdate();
                }
                InMemoryRows rowKeys = execution.finish();
                if (keys == null) {
                    keys = rowKeys;
                } else if (rowKeys != null) {
                    keys.addAll(rowKeys);
                }
            } catch (SQLException failure) {
                throw new BatchUpdateException(failure.getMessage(), failure.getSQLState(), failure.getErrorCode(),
                        Arrays.copyOf(counts, i), failure);
            }
        }
        generatedKeys = keysResult(keys);
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
