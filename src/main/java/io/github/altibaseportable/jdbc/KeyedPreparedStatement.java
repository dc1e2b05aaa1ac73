package io.github.altibaseportable.jdbc;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * {@code execute}), or several rows. Binds go to the Altibase statement as usual and are also recorded,
 * so that the statement can run in another form ({@link KeyedExecution}) and its batches with keys drawn
 * beforehand ({@link KeyedBatch}); {@code getGeneratedKeys()} answers from what the driver learned.
 */
final class KeyedPreparedStatement extends PortablePreparedStatement {
    private final PreparedStatement prepared;
    private final KeyedInsert insert;
    private final KeysRequest request;
    private final RecordedRow current = new RecordedRow();
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

    // ---- binds: made on the Altibase statement, and recorded -------------------------------------------

    @Override
    <V> void bind(int index, V value, Binder<V> binder) throws SQLException {
        super.bind(index, value, binder);
        current.record(index, value, (statement, position) -> binder.bind(statement, position, value));
    }

    @Override
    <V, W> void bind(int index, V value, W extra, Binder2<V, W> binder) throws SQLException {
        super.bind(index, value, extra, binder);
        current.record(index, value, (statement, position) -> binder.bind(statement, position, value, extra));
    }

    @Override
    <V> void bindNumber(int index, V value, Binder<V> binder) throws SQLException {
        super.bindNumber(index, value, binder);
        current.record(index, value, (statement, position) -> binder.bind(statement, position, value));
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        super.setBoolean(parameterIndex, x);
        current.record(parameterIndex, x, (statement, position) -> statement.setBoolean(position, x));
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        super.setInt(parameterIndex, x);
        current.record(parameterIndex, x, (statement, position) -> statement.setInt(position, x));
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        super.setLong(parameterIndex, x);
        current.record(parameterIndex, x, (statement, position) -> statement.setLong(position, x));
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        super.setFloat(parameterIndex, x);
        current.record(parameterIndex, x, (statement, position) -> statement.setFloat(position, x));
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        super.setDouble(parameterIndex, x);
        current.record(parameterIndex, x, (statement, position) -> statement.setDouble(position, x));
    }

    @Override
    public void clearParameters() throws SQLException {
        super.clearParameters();
        current.clear();
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
            throw new SQLFeatureNotSupportedException("a statement that runs as several statements cannot be batched: "
                    + plan.original(), "HYC00");
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
        long[] counts = executeLargeBatch();
        int[] narrowed = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            narrowed[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
        }
        return narrowed;
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
