package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.InMemoryRows;
import io.github.altibaseportable.keys.KeyedExecution;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
    /** What the last execution left; {@code null} before the first. Replaced only by {@link #execute}. */
    private Execution execution;

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

    /** The SQL-taking call to make on the Altibase statement for the main step: it sets the outcome. */
    interface Call {
        void run(Statement statement, String sql, Execution execution) throws SQLException;
    }

    /** What an execution does once it is started. */
    interface Work {
        void run(Execution execution) throws SQLException;
    }

    /**
     * The one entry point of every execution, of every kind of statement: refused on a closed statement
     * (nothing is planned or sent); what the previous execution left is closed ({@link Execution#close}) and
     * a new execution, whose caller expects {@code expect}, replaces it; then {@code work} runs it.
     */
    final Execution execute(Execution.Expect expect, Work work) throws SQLException {
        checkOpen();
        Execution previous = execution;
        execution = null;
        if (previous != null) {
            previous.close();
        }
        Execution next = new Execution(expect);
        execution = next;
        work.run(next);
        return next;
    }

    /** Plans {@code sql} and runs it, with {@code call} for its main step. */
    private Execution run(String sql, KeysRequest keys, Execution.Expect expect, Call call) throws SQLException {
        return execute(expect, current -> {
            StatementPlan plan = connection.plan(sql, keys);
            if (plan.keys() instanceof KeyedInsert insert) {
                runKeyed(plan, insert, keys, call, current);
            } else {
                runSteps(plan, () -> onDelegate(call, plan.sql(), current), current);
            }
        });
    }

    /** The main step of a plan, which sets its outcome on the execution. */
    interface MainStep {
        void run() throws SQLException;
    }

    /**
     * Runs {@code main}, the main step of {@code plan}, alone when the plan is a single statement, else with
     * the plan's other steps (a skipped main step is {@link Execution#skipped}); then the connection learns
     * what the plan changed (the one completion hook of every execution; the runner calls it for a plan of
     * several steps).
     */
    void runSteps(StatementPlan plan, MainStep main, Execution current) throws SQLException {
        if (!plan.isSingleStatement()) {
            connection
                    .runner()
                    .run(
                            plan,
                            () -> {
                                main.run();
                                return null;
                            },
                            () -> {
                                current.skipped();
                                return null;
                            });
            return;
        }
        main.run();
        connection.ran(plan);
    }

    /**
     * Runs {@code call} on the Altibase statement. After an execution failed on it, it is first replaced
     * by a fresh one with the same settings: the Altibase driver may keep the id of a cursor the server
     * dropped, and the statement's next execution then fails (266298, 266392) or reports a failure of a
     * statement that ran (docs/altibase.md, "Altibase JDBC drivers").
     */
    private void onDelegate(Call call, String sql, Execution current) throws SQLException {
        if (delegateFailed) {
            replaceDelegate(fresh.create());
            delegateFailed = false;
        }
        try {
            call.run(delegate, sql, current);
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
        try {
            previous.close();
        } catch (SQLException lost) {
            // the replaced statement is discarded; see above
        }
    }

    /**
     * Runs an INSERT whose keys or rows the driver handles (see {@link KeyedExecution}) and keeps its keys.
     * A RETURNING statement answers as a query: {@code executeQuery} and {@code getResultSet} get its rows,
     * {@code execute} gets {@code true}; for {@code executeQuery} its main step runs as an update.
     */
    private void runKeyed(StatementPlan plan, KeyedInsert insert, KeysRequest keys, Call call, Execution current)
            throws SQLException {
        KeyedExecution keyed = connection.keys().execution(plan, insert, keys, null);
        boolean returning = insert.returning() != null;
        Call main = returning && current.expects(Execution.Expect.ROWS)
                ? (statement, text, outcome) -> outcome.count(statement.executeUpdate(text))
                : call;
        runSteps(plan, () -> onDelegate(main, keyed.sql(), current), current);
        current.keys = keysResult(keyed.finish());
        if (returning) {
            current.answerRows(current.keys);
        }
    }

    /** The result set of keys the driver found, or {@code null} when it found none. */
    PortableResultSet keysResult(InMemoryRows keys) throws SQLException {
        return keys == null ? null : new InMemoryResultSet(this, keys.toResultSet());
    }

    /** The wrapper for the Altibase result set {@code results}: the same wrapper for the same result set. */
    @Override
    ResultSet wrap(ResultSet results) {
        if (results == null) {
            return null;
        }
        Execution current = execution;
        if (current == null) {
            return new PortableResultSet(this, results);
        }
        if (current.wrapped == null || current.wrapped.delegate() != results) {
            current.wrapped = new PortableResultSet(this, results);
        }
        return current.wrapped;
    }

    /** The result the driver answers itself for the last execution, or {@code null}: ask Altibase. */
    private OwnResult own() {
        Execution current = execution;
        return current == null ? null : current.own;
    }

    /** The Altibase statement holding the results of the last execution. */
    private Statement results() {
        Statement form = lastForm();
        return form == null ? delegate : form;
    }

    /** The other form of the statement the last execution ran on ({@link Execution#form}), or {@code null}. */
    final PreparedStatement lastForm() {
        Execution current = execution;
        return current == null ? null : current.form;
    }

    void checkOpen() throws SQLException {
        if (delegate.isClosed()) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("statement is closed");
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        return run(
                        sql,
                        KeysRequest.NONE,
                        Execution.Expect.ROWS,
                        (statement, text, outcome) -> outcome.rows(wrap(statement.executeQuery(text))))
                .resultSet();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return count(run(
                sql,
                KeysRequest.NONE,
                Execution.Expect.COUNT,
                (statement, text, outcome) -> outcome.count(statement.executeUpdate(text))));
    }

    /** The update count of {@code done} as {@code executeUpdate} returns it: capped at {@code Integer.MAX_VALUE}. */
    static int count(Execution done) {
        return (int) Math.min(Integer.MAX_VALUE, done.count());
    }

    /** Closes the Altibase statement, and the keys the driver found, which belong to this statement. */
    @Override
    public void close() throws SQLException {
        connection.forget(this);
        try {
            if (execution != null) {
                execution.close();
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
        return run(
                        sql,
                        KeysRequest.NONE,
                        Execution.Expect.EITHER,
                        (statement, text, outcome) -> outcome.either(statement.execute(text)))
                .hasResultSet();
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        OwnResult own = own();
        return own != null ? own.resultSet() : wrap(results().getResultSet());
    }

    /** -1 while a RETURNING statement's rows are the current result, as for any query. */
    @Override
    public int getUpdateCount() throws SQLException {
        OwnResult own = own();
        return own != null
                ? (int) Math.min(Integer.MAX_VALUE, own.updateCount())
                : results().getUpdateCount();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        OwnResult own = own();
        return own != null ? own.next(CLOSE_CURRENT_RESULT) : results().getMoreResults();
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
        return narrow(runBatch(statement -> OlderDrivers.widen(statement.executeBatch())));
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return runBatch(statement -> OlderDrivers.newerOrOlder(
                statement::executeLargeBatch, () -> OlderDrivers.widen(statement.executeBatch())));
    }

    /** The batch call to make on an Altibase statement: {@code executeBatch} or {@code executeLargeBatch}. */
    interface BatchCall {
        long[] run(Statement statement) throws SQLException;
    }

    /** Runs the batch, with {@code call} when it runs as one Altibase batch; its update counts. */
    long[] runBatch(BatchCall call) throws SQLException {
        return execute(Execution.Expect.COUNT, current -> {
                    List<StatementPlan> plans = batch == null ? List.of() : batch;
                    batch = null;
                    PreparedStatement form = batchForm(current);
                    if (form != null) {
                        current.form = form;
                        current.counts(call.run(form));
                    } else if (isOneBatch(plans)) {
                        onDelegate(
                                (statement, unused, outcome) -> outcome.counts(call.run(addTo(statement, plans))),
                                null,
                                current);
                        batchRan(plans);
                    } else {
                        current.counts(runOneByOne(plans, current));
                    }
                })
                .counts();
    }

    /**
     * The Altibase statement the batch runs on instead of this one's, with the batch added there, or
     * {@code null} (here: always; a prepared statement may run in another form).
     */
    PreparedStatement batchForm(Execution current) throws SQLException {
        return null;
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
        OwnResult own = own();
        return own != null ? own.next(current) : results().getMoreResults(current);
    }

    /** The keys the driver found for the last INSERT, or else what the Altibase driver reports. */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        Execution current = execution;
        if (current != null && current.keys != null) {
            return current.keys;
        }
        ResultSet keys = delegate.getGeneratedKeys();
        return keys == null ? null : new PortableResultSet(this, keys);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return count(run(
                sql,
                KeysRequest.fromFlag(autoGeneratedKeys),
                Execution.Expect.COUNT,
                (statement, text, outcome) -> outcome.count(statement.executeUpdate(text, autoGeneratedKeys))));
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return count(run(
                sql,
                KeysRequest.indexes(columnIndexes),
                Execution.Expect.COUNT,
                (statement, text, outcome) -> outcome.count(statement.executeUpdate(text, columnIndexes))));
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return count(run(
                sql,
                KeysRequest.columns(columnNames),
                Execution.Expect.COUNT,
                (statement, text, outcome) -> outcome.count(statement.executeUpdate(text, columnNames))));
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return run(
                        sql,
                        KeysRequest.fromFlag(autoGeneratedKeys),
                        Execution.Expect.EITHER,
                        (statement, text, outcome) -> outcome.either(statement.execute(text, autoGeneratedKeys)))
                .hasResultSet();
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return run(
                        sql,
                        KeysRequest.indexes(columnIndexes),
                        Execution.Expect.EITHER,
                        (statement, text, outcome) -> outcome.either(statement.execute(text, columnIndexes)))
                .hasResultSet();
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return run(
                        sql,
                        KeysRequest.columns(columnNames),
                        Execution.Expect.EITHER,
                        (statement, text, outcome) -> outcome.either(statement.execute(text, columnNames)))
                .hasResultSet();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        OwnResult own = own();
        Statement results = results();
        return own != null
                ? own.updateCount()
                : OlderDrivers.newerOrOlder(results::getLargeUpdateCount, () -> (long) results.getUpdateCount());
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        OlderDrivers.newerOrOlder(
                () -> {
                    delegate.setLargeMaxRows(max);
                    return null;
                },
                () -> {
                    delegate.setMaxRows((int) Math.min(max, Integer.MAX_VALUE));
                    return null;
                });
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return OlderDrivers.newerOrOlder(delegate::getLargeMaxRows, () -> (long) delegate.getMaxRows());
    }

    /** After the Altibase batch of {@code plans} ran: the connection learns what each changed. */
    void batchRan(List<StatementPlan> plans) throws SQLException {
        for (StatementPlan plan : plans) {
            connection.ran(plan);
        }
        connection.keys().batchRan(plans);
    }

    /**
     * Whether the plans can run as one Altibase batch: each a single statement that runs as planned (not
     * a multi-row INSERT into a table with a sequence default, which runs as INSERT ... SELECT).
     */
    private boolean isOneBatch(List<StatementPlan> plans) throws SQLException {
        for (StatementPlan plan : plans) {
            if (!plan.isSingleStatement()
                    || (plan.keys() instanceof KeyedInsert insert
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

    private long[] runOneByOne(List<StatementPlan> plans, Execution current) throws SQLException {
        long[] counts = new long[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            StatementPlan plan = plans.get(i);
            try {
                KeyedExecution keyed = plan.keys() instanceof KeyedInsert insert
                        ? connection.keys().execution(plan, insert, KeysRequest.NONE, null)
                        : null;
                String sql = keyed == null ? plan.sql() : keyed.sql();
                current.count(0);
                Call update = (statement, text, outcome) -> outcome.count(statement.executeUpdate(text));
                runSteps(plan, () -> onDelegate(update, sql, current), current);
                counts[i] = current.count();
                if (keyed != null) {
                    keyed.finish();
                }
            } catch (SQLException failure) {
                throw SqlState.batchFailure(failure, counts, i);
            }
        }
        return counts;
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        return run(
                        sql,
                        KeysRequest.NONE,
                        Execution.Expect.COUNT,
                        (statement, text, outcome) -> outcome.count(OlderDrivers.newerOrOlder(
                                () -> statement.executeLargeUpdate(text), () -> (long) statement.executeUpdate(text))))
                .count();
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return run(
                        sql,
                        KeysRequest.fromFlag(autoGeneratedKeys),
                        Execution.Expect.COUNT,
                        (statement, text, outcome) -> outcome.count(OlderDrivers.newerOrOlder(
                                () -> statement.executeLargeUpdate(text, autoGeneratedKeys),
                                () -> (long) statement.executeUpdate(text, autoGeneratedKeys))))
                .count();
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return run(
                        sql,
                        KeysRequest.indexes(columnIndexes),
                        Execution.Expect.COUNT,
                        (statement, text, outcome) -> outcome.count(
                                OlderDrivers.newerOrOlder(() -> statement.executeLargeUpdate(text, columnIndexes), () ->
                                        (long) statement.executeUpdate(text, columnIndexes))))
                .count();
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return run(
                        sql,
                        KeysRequest.columns(columnNames),
                        Execution.Expect.COUNT,
                        (statement, text, outcome) -> outcome.count(
                                OlderDrivers.newerOrOlder(() -> statement.executeLargeUpdate(text, columnNames), () ->
                                        (long) statement.executeUpdate(text, columnNames))))
                .count();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
