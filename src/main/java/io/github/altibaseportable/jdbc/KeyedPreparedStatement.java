package io.github.altibaseportable.jdbc;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.KeyRows;
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
    private final PreparedStatement prepared;
    private final KeyedInsert insert;
    private final KeysRequest request;
    private final List<RecordedRow> batch = new ArrayList<>();
    private final PreparedVariant variant = new PreparedVariant();
    /** The keys of a RETURNING statement's last execution, as its result. */
    private ResultSet returned;

    KeyedPreparedStatement(PortableConnection connection, PreparedStatement prepared, StatementPlan plan,
                           KeysRequest request) {
        super(connection, prepared, plan);
        this.prepared = prepared;
        this.insert = (KeyedInsert) plan.keys();
        this.request = request;
    }

    // ---- execution -------------------------------------------------------------------------------------

    /** Runs one execution and keeps its keys; the update count. */
    private long run() throws SQLException {
        mainSkipped = false;
        generatedKeys = null;
        returned = null;
        KeyedExecution execution = connection.keys().execution(plan, insert, request, current);
        long count;
        if (execution.usesVariant()) {
            count = execution.runPrepared(current);
        } else if (plan.isSingleStatement()) {
            count = prepared.executeUpdate();
        } else {
            count = runPlan(() -> (long) prepared.executeUpdate(), 0L);
        }
        keep(execution.finish());
        return count;
    }

    private void keep(KeyRows keys) throws SQLException {
        generatedKeys = keysResult(keys);
        if (insert.returning() != null) {
            returned = generatedKeys;
        }
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
        return returned != null;
    }

    /** A RETURNING statement's rows; any other INSERT has no result set. */
    @Override
    public ResultSet executeQuery() throws SQLException {
        if (insert.returning() == null) {
            return super.executeQuery();
        }
        run();
        return returned;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return returned != null ? returned : super.getResultSet();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return returned != null ? -1 : super.getUpdateCount();
    }

    // ---- batches ---------------------------------------------------------------------------------------

    @Override
    public void addBatch() throws SQLException {
        if (!plan.isSingleStatement()) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("a statement that runs as several statements cannot be batched: "
                    + plan.original());
        }
        batch.add(current.copy());
    }

    @Override
    public void clearBatch() throws SQLException {
        batch.clear();
        prepared.clearBatch();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return narrow(executeLargeBatch());
    }

    /** Runs the rows added with {@link #addBatch()}; see {@link KeyedBatch} for how their keys are found. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        List<RecordedRow> rows = new ArrayList<>(batch);
        batch.clear();
        mainSkipped = false;
        generatedKeys = null;
        returned = null;
        if (insert.rows().size() > 1) {
            return severalRowsEach(rows);
        }
        KeyedBatch keyedBatch = connection.keys().batch(plan, insert, request);
        long[] counts = keyedBatch.run(rows, prepared, variant);
        generatedKeys = keysResult(keyedBatch.keys());
        return counts;
    }

    /**
     * A batch of a multi-row statement: one Altibase batch when the statement runs as planned (no keys,
     * no sequence default), otherwise each set of rows as one execution, the keys of all in order.
     */
    private long[] severalRowsEach(List<RecordedRow> rows) throws SQLException {
        if (rows.isEmpty() || connection.keys().runsAsPlanned(insert, request)) {
            return KeyedBatch.asOneBatch(rows, prepared, this::positions);
        }
        long[] counts = new long[rows.size()];
        KeyRows keys = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                KeyedExecution execution = connection.keys().execution(plan, insert, request, rows.get(i));
                if (execution.usesVariant()) {
                    counts[i] = execution.runPrepared(rows.get(i));
                } else {
                    rows.get(i).bindTo(prepared, this::positions);
                    counts[i] = prepared.executeUpdate();
                }
                KeyRows rowKeys = execution.finish();
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

    /** Where the application's parameter goes in the statement as planned. */
    private int[] positions(int parameter) {
        return mapping == null ? new int[] {parameter} : mapping.targets(parameter);
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
