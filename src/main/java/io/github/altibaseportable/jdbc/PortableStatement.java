package io.github.altibaseportable.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.KeyRows;
import io.github.altibaseportable.keys.KeyedExecution;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.StatementPlan;

/**
 * A statement of this driver. Every SQL string passed to it is rewritten before it reaches the
 * Altibase statement; a statement that expands into several (DDL companions, catalog checks) runs
 * them as one unit through the connection's {@link PlanRunner}. Result sets come back wrapped. Every other
 * call goes to the Altibase statement ({@link ForwardingStatement}).
 */
public class PortableStatement extends ForwardingStatement {
    /** The connection wrapper that created this statement. */
    final PortableConnection connection;
    /** The Altibase statement; replaced after a failure, or once a deferred main statement is prepared. */
    private Statement delegate;
    /** A fresh Altibase statement like this one's; {@code null} for a prepared statement. */
    private final Fresh fresh;
    /** Whether an execution failed on {@link #delegate}, which must not run another (see {@link #onDelegate}). */
    private boolean delegateFailed;
    /** Settings without a getter, kept to be carried over to a replacing statement ({@code null}: never set). */
    private Boolean escapeProcessing;
    private String cursorName;
    /** The plans of {@link #addBatch(String)}, made on the first one: most statements are never batched. */
    private List<StatementPlan> batch;
    private PortableResultSet resultSet;
    /** The result of the last execution when the driver answers it itself; {@code null}: ask the Altibase statement. */
    OwnResult own;
    /** The keys of the last execution, when the driver found them itself ({@code null}: ask Altibase). */
    PortableResultSet generatedKeys;

    /** Makes a new Altibase statement, created as the application asked for this one. */
    interface Fresh {
        Statement create() throws SQLException;
    }

    PortableStatement(PortableConnection connection, Statement delegate, Fresh fresh) {
        this.connection = connection;
        this.delegate = delegate;
        this.fresh = fresh;
    }

    /** The Altibase statement. */
    @Override
    Statement delegate() {
        return delegate;
    }

    /** The SQL-taking call to make on the Altibase statement for the main step. */
    interface Call<T> {
        T run(Statement statement, String sql) throws SQLException;
    }

    /**
     * Starts an execution: refused on a closed statement (nothing is planned or sent), and what the last
     * one left (the driver's own result, keys) is dropped.
     */
    void startExecution() throws SQLException {
        checkOpen();
        own = null;
        generatedKeys = null;
    }

    private <T> T run(String sql, KeysRequest keys, Call<T> call, T whenSkipped) throws SQLException {
        startExecution();
        StatementPlan plan = connection.plan(sql, keys);
        if (plan.keys() instanceof KeyedInsert insert) {
            return runKeyed(plan, insert, keys, call, whenSkipped);
        }
        return runSteps(plan, () -> onDelegate(call, plan.sql()), whenSkipped);
    }

    /**
     * Runs {@code main}, the main step of {@code plan}, alone when the plan is a single statement, else with
     * the plan's other steps; then the connection learns what the plan changed (the one completion hook of
     * every execution; the runner calls it for a plan of several steps).
     */
    <T> T runSteps(StatementPlan plan, PlanRunner.Main<T> main, T whenSkipped) throws SQLException {
        if (!plan.isSingleStatement()) {
            return connection.runner().run(plan, main, () -> skipped(whenSkipped));
        }
        T result = main.run();
        connection.ran(plan);
        return result;
    }

    /**
     * Runs {@code call} on the Altibase statement. After an execution failed on it, it is first replaced
     * by a fresh one with the same settings: the Altibase driver may keep the id of a cursor the server
     * dropped, and the statement's next execution then fails (266298, 266392) or reports a failure of a
     * statement that ran (docs/altibase.md, "Altibase JDBC drivers").
     */
    private <T> T onDelegate(Call<T> call, String sql) throws SQLException {
        if (delegateFailed) {
            replaceDelegate(fresh.create());
            delegateFailed = false;
        }
        try {
            return call.run(delegate, sql);
        } catch (SQLException | RuntimeException failure) {
            delegateFailed = fresh != null;
            throw failure;
        }
    }

    /**
     * Makes {@code next} this statement's Altibase statement, with the settings made on the one it
     * replaces, which is closed. A failure to close the replaced statement is not reported: it is the
     * one whose state the Altibase driver lost, and nothing is read from it again.
     */
    void replaceDelegate(Statement next) throws SQLException {
        Statement previous = delegate;
        if (previous.getMaxRows() != next.getMaxRows()) {
            next.setMaxRows(previous.getMaxRows());
        }
        if (previous.getFetchSize() != next.getFetchSize()) {
            next.setFetchSize(previous.getFetchSize());
        }
        if (previous.getQueryTimeout() != next.getQueryTimeout()) {
            next.setQueryTimeout(previous.getQueryTimeout());
        }
        if (previous.getMaxFieldSize() != next.getMaxFieldSize()) {
            next.setMaxFieldSize(previous.getMaxFieldSize());
        }
        if (previous.getFetchDirection() != next.getFetchDirection()) {
            next.setFetchDirection(previous.getFetchDirection());
        }
        if (previous.isPoolable() != next.isPoolable()) {
            next.setPoolable(previous.isPoolable());
        }
        if (previous.isCloseOnCompletion()) {
            next.closeOnCompletion();
        }
        if (escapeProcessing != null) {
            next.setEscapeProcessing(escapeProcessing);
        }
        if (cursorName != null) {
            next.setCursorName(cursorName);
        }
        delegate = next;
        resultSet = null;
        try {
            previous.close();
        } catch (SQLException lost) {
            // the replaced statement is discarded; see above
        }
    }

    /**
     * Runs an INSERT whose keys or rows the driver handles (see {@link KeyedExecution}) and keeps its keys.
     * A RETURNING statement answers as a query: {@code executeQuery} gets its rows (whenSkipped is
     * {@code null} only there), {@code execute} gets {@code true} and {@code getResultSet} the rows.
     */
    @SuppressWarnings({"unchecked", "BooleanLiteral"}) // (T) Boolean.TRUE: a boxed value for the caller's T
    private <T> T runKeyed(StatementPlan plan, KeyedInsert insert, KeysRequest keys, Call<T> call, T whenSkipped)
            throws SQLException {
        KeyedExecution execution = connection.keys().execution(plan, insert, keys, null);
        boolean returning = insert.returning() != null;
        Call<T> main = returning && whenSkipped == null ? (statement, text) -> {
            statement.executeUpdate(text);
            return null;
        } : call;
        T result = runSteps(plan, () -> onDelegate(main, execution.sql()), whenSkipped);
        generatedKeys = keysResult(execution.finish());
        if (!returning) {
            return result;
        }
        own = OwnResult.rows(generatedKeys);
        return whenSkipped == null ? (T) generatedKeys : whenSkipped instanceof Boolean ? (T) Boolean.TRUE : result;
    }

    /** The result set of keys the driver found, or {@code null} when it found none. */
    PortableResultSet keysResult(KeyRows keys) throws SQLException {
        return keys == null ? null : new GeneratedKeysResultSet(this, keys.toResultSet());
    }

    /** Records that the main step was skipped (0 rows, no result set) and answers what the caller gets instead. */
    <T> T skipped(T result) throws SQLException {
        if (result == null) {
            throw SqlState.GENERAL_ERROR.exception("the statement returns no result set: its main step is skipped by a catalog"
                    + " condition or carried out by the connection");
        }
        own = OwnResult.count(0);
        return result;
    }

    /** The wrapper for the Altibase result set {@code results}: the same wrapper for the same result set. */
    @Override
    ResultSet wrap(ResultSet results) {
        if (results == null) {
            return null;
        }
        if (resultSet == null || resultSet.delegate() != results) {
            resultSet = new PortableResultSet(this, results);
        }
        return resultSet;
    }

    void checkOpen() throws SQLException {
        if (delegate.isClosed()) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("statement is closed");
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        return run(sql, KeysRequest.NONE, (statement, text) -> wrap(statement.executeQuery(text)), null);
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return run(sql, KeysRequest.NONE, Statement::executeUpdate, 0);
    }

    /** Closes the Altibase statement, and the keys the driver found, which belong to this statement. */
    @Override
    public void close() throws SQLException {
        connection.forget(this);
        try {
            if (generatedKeys != null) {
                generatedKeys.close();
            }
        } finally {
            delegate.close();
        }
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        delegate.setEscapeProcessing(enable);
        escapeProcessing = enable;
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        delegate.setCursorName(name);
        cursorName = name;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return run(sql, KeysRequest.NONE, Statement::execute, false);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return own != null ? own.resultSet() : wrap(delegate.getResultSet());
    }

    /** -1 while a RETURNING statement's rows are the current result, as for any query. */
    @Override
    public int getUpdateCount() throws SQLException {
        return own != null ? (int) Math.min(Integer.MAX_VALUE, own.updateCount()) : delegate.getUpdateCount();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return own != null ? own.next(CLOSE_CURRENT_RESULT) : delegate.getMoreResults();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        StatementPlan plan = connection.plan(sql, KeysRequest.NONE);
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(plan);
    }

    @Override
    public void clearBatch() throws SQLException {
        batch = null;
        delegate.clearBatch();
    }

    /**
     * Runs the statements added with {@link #addBatch(String)}: as one Altibase batch when each is a
     * single statement, otherwise one after the other, each expansion as one unit.
     */
    @Override
    public int[] executeBatch() throws SQLException {
        List<StatementPlan> plans = takeBatch();
        if (isOneBatch(plans)) {
            int[] counts = onDelegate((statement, unused) -> addTo(statement, plans).executeBatch(), null);
            batchRan(plans);
            return counts;
        }
        return narrow(runOneByOne(plans));
    }

    /** Update counts as {@code executeBatch} returns them: capped at {@code Integer.MAX_VALUE}. */
    static int[] narrow(long[] counts) {
        int[] narrowed = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            narrowed[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
        }
        return narrowed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        return own != null ? own.next(current) : delegate.getMoreResults(current);
    }

    /** The keys the driver found for the last INSERT, or else what the Altibase driver reports. */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        if (generatedKeys != null) {
            return generatedKeys;
        }
        ResultSet keys = delegate.getGeneratedKeys();
        return keys == null ? null : new PortableResultSet(this, keys);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return run(sql, KeysRequest.fromFlag(autoGeneratedKeys), (statement, text) -> statement.executeUpdate(text, autoGeneratedKeys), 0);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return run(sql, KeysRequest.indexes(columnIndexes), (statement, text) -> statement.executeUpdate(text, columnIndexes), 0);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return run(sql, KeysRequest.columns(columnNames), (statement, text) -> statement.executeUpdate(text, columnNames), 0);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return run(sql, KeysRequest.fromFlag(autoGeneratedKeys), (statement, text) -> statement.execute(text, autoGeneratedKeys), false);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return run(sql, KeysRequest.indexes(columnIndexes), (statement, text) -> statement.execute(text, columnIndexes), false);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return run(sql, KeysRequest.columns(columnNames), (statement, text) -> statement.execute(text, columnNames), false);
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return own != null ? own.updateCount()
                : OlderDrivers.newerOrOlder(delegate::getLargeUpdateCount, () -> (long) delegate.getUpdateCount());
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        OlderDrivers.newerOrOlder(() -> {
            delegate.setLargeMaxRows(max);
            return null;
        }, () -> {
            delegate.setMaxRows((int) Math.min(max, Integer.MAX_VALUE));
            return null;
        });
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return OlderDrivers.newerOrOlder(delegate::getLargeMaxRows, () -> (long) delegate.getMaxRows());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        List<StatementPlan> plans = takeBatch();
        if (isOneBatch(plans)) {
            long[] counts = onDelegate((statement, unused) -> {
                Statement batched = addTo(statement, plans);
                return OlderDrivers.newerOrOlder(batched::executeLargeBatch,
                        () -> OlderDrivers.widen(batched.executeBatch()));
            }, null);
            batchRan(plans);
            return counts;
        }
        return runOneByOne(plans);
    }

    /** After the Altibase batch of {@code plans} ran: the connection learns what each changed. */
    void batchRan(List<StatementPlan> plans) throws SQLException {
        for (StatementPlan plan : plans) {
            connection.ran(plan);
        }
        connection.keys().batchRan(plans);
    }

    private List<StatementPlan> takeBatch() throws SQLException {
        startExecution();
        List<StatementPlan> plans = batch == null ? List.of() : batch;
        batch = null;
        return plans;
    }

    /**
     * Whether the plans can run as one Altibase batch: each a single statement that runs as planned (not
     * a multi-row INSERT into a table with a sequence default, which runs as INSERT ... SELECT).
     */
    private boolean isOneBatch(List<StatementPlan> plans) throws SQLException {
        for (StatementPlan plan : plans) {
            if (!plan.isSingleStatement() || (plan.keys() instanceof KeyedInsert insert
                    && !connection.keys().runsAsPlanned(insert, KeysRequest.NONE))) {
                return false;
            }
        }
        return true;
    }

    /** {@code statement} with the plans added to its batch. */
    private static Statement addTo(Statement statement, List<StatementPlan> plans) throws SQLException {
        for (StatementPlan plan : plans) {
            statement.addBatch(plan.sql());
        }
        return statement;
    }

    private long[] runOneByOne(List<StatementPlan> plans) throws SQLException {
        long[] counts = new long[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            StatementPlan plan = plans.get(i);
            try {
                KeyedExecution execution = plan.keys() instanceof KeyedInsert insert
                        ? connection.keys().execution(plan, insert, KeysRequest.NONE, null) : null;
                String sql = execution == null ? plan.sql() : execution.sql();
                counts[i] = runSteps(plan, () -> onDelegate((statement, text) -> (long) statement.executeUpdate(text), sql), 0L);
                if (execution != null) {
                    execution.finish();
                }
            } catch (SQLException failure) {
                throw new BatchUpdateException(failure.getMessage(), failure.getSQLState(), failure.getErrorCode(),
                        Arrays.copyOf(counts, i), failure);
            }
        }
        return counts;
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        return run(sql, KeysRequest.NONE, (statement, text) -> OlderDrivers.newerOrOlder(
                () -> statement.executeLargeUpdate(text), () -> (long) statement.executeUpdate(text)), 0L);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return run(sql, KeysRequest.fromFlag(autoGeneratedKeys), (statement, text) -> OlderDrivers.newerOrOlder(
                () -> statement.executeLargeUpdate(text, autoGeneratedKeys), () -> (long) statement.executeUpdate(text, autoGeneratedKeys)), 0L);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return run(sql, KeysRequest.indexes(columnIndexes), (statement, text) -> OlderDrivers.newerOrOlder(
                () -> statement.executeLargeUpdate(text, columnIndexes), () -> (long) statement.executeUpdate(text, columnIndexes)), 0L);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return run(sql, KeysRequest.columns(columnNames), (statement, text) -> OlderDrivers.newerOrOlder(
                () -> statement.executeLargeUpdate(text, columnNames), () -> (long) statement.executeUpdate(text, columnNames)), 0L);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
