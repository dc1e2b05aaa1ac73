package io.github.altibaseportable.stub;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A statement of a {@link StubConnection}. Each execution is logged (on the statement and on the
 * connection) before the script is consulted, so a scripted failure still shows what was attempted.
 * Like a real driver it keeps one current result set or update count, closes the previous result
 * set when it runs again, and closes its result set when it is closed.
 */
public class StubStatement implements UnsupportedStatement {
    /** The connection that created this statement. */
    final StubConnection connection;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> batch = new ArrayList<>();
    private volatile boolean closed;
    private StubResultSet resultSet;
    private long updateCount = -1;
    private String lastSql;
    private StubResultSet generatedKeys;
    private int maxRows;
    private int fetchSize;
    private int queryTimeout;
    private int maxFieldSize;
    private boolean poolable;
    private boolean closeOnCompletion;
    /** Whether an execution has been attempted on this statement. */
    private boolean executed;
    /** Whether an execution on this statement failed (see {@link StubConnection#staleCursorAfterFailure()}). */
    private boolean failed;

    StubStatement(StubConnection connection) {
        this.connection = connection;
    }

    /** This statement's events, oldest first (the same strings as in the connection's log). */
    public List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    void record(String event) {
        if (!connection.isQuiet()) {
            events.add(event);
            connection.record(event);
        }
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("statement is closed", "HY010");
        }
    }

    /**
     * Runs {@code sql}: logs {@code "<call>: <sql>"}, throws a scripted failure, then makes the
     * scripted rows (or {@code null} for an update) the current result.
     */
    StubRows run(String call, String sql) throws SQLException {
        checkOpen();
        record(call + ": " + sql);
        connection.recordExecuted(sql);
        closeResultSet();
        updateCount = -1;
        generatedKeys = null;
        lastSql = sql;
        executed = true;
        try {
            checkAtPrepare(sql);
            connection.script().failIfScripted(sql);
        } catch (SQLException failure) {
            failed = true;
            throw failure;
        }
        StubRows rows = connection.script().rowsFor(sql, boundValues());
        if (rows == null) {
            connection.script().runEffect(sql, boundValues());
        }
        connection.ran(sql);
        failIfStaleCursor();
        return rows;
    }

    /** A plain statement is prepared on the server each time it runs: the server's prepare-time rules apply. */
    void checkAtPrepare(String sql) throws SQLException {
        connection.checkAtPrepare(sql);
    }

    /**
     * The upstream driver's fault, when the connection reproduces it: once an execution failed on a
     * plain statement, the statement keeps the id of a cursor the server dropped, and each later
     * execution on it runs but then reports 266392 "Failure to find statement" (docs/altibase.md,
     * "Altibase JDBC drivers").
     */
    private void failIfStaleCursor() throws SQLException {
        if (failed && connection.keepsStaleCursors() && !(this instanceof StubPreparedStatement)) {
            throw new SQLException("Failure to find statement", "HY000", 266392);
        }
    }

    /** Like the Altibase driver, an update count read before any execution is error 334427. */
    private void checkExecuted() throws SQLException {
        if (!executed) {
            throw new SQLException("Statement has not been executed yet", "HY010", 334427);
        }
    }

    /** The values bound for the next execution: none for a plain statement. */
    Map<Integer, Object> boundValues() {
        return Map.of();
    }

    ResultSet query(String call, String sql) throws SQLException {
        StubRows rows = run(call, sql);
        if (rows == null) {
            throw new SQLException("executeQuery: the statement returns no result set: " + sql, "HY000");
        }
        resultSet = new StubResultSet(this, rows);
        return resultSet;
    }

    long update(String call, String sql) throws SQLException {
        if (run(call, sql) != null) {
            throw new SQLException(call + ": the statement returns a result set: " + sql, "HY000");
        }
        updateCount = connection.script().updateCountFor(sql);
        return updateCount;
    }

    boolean executeAny(String call, String sql) throws SQLException {
        StubRows rows = run(call, sql);
        if (rows != null) {
            resultSet = new StubResultSet(this, rows);
            return true;
        }
        updateCount = connection.script().updateCountFor(sql);
        return false;
    }

    /** Runs each SQL of a batch; a failure is a {@link BatchUpdateException} with the counts so far. */
    long[] runBatch(List<String> sqls) throws SQLException {
        return runBatch(sqls, Collections.nCopies(sqls.size(), Map.of()));
    }

    /** Runs each SQL of a batch with the values bound for it. */
    long[] runBatch(List<String> sqls, List<Map<Integer, Object>> binds) throws SQLException {
        checkOpen();
        record("executeBatch");
        executed = true;
        long[] counts = new long[sqls.size()];
        for (int i = 0; i < sqls.size(); i++) {
            String sql = sqls.get(i);
            connection.recordExecuted(sql);
            try {
                checkAtPrepare(sql);
                connection.script().failIfScripted(sql);
                if (connection.script().rowsFor(sql, binds.get(i)) != null) {
                    throw new SQLException("a batch cannot hold a query: " + sql, "HY000");
                }
                connection.script().runEffect(sql, binds.get(i));
                connection.ran(sql);
            } catch (SQLException failure) {
                int[] done = Arrays.stream(Arrays.copyOf(counts, i))
                        .mapToInt(count -> (int) count)
                        .toArray();
                throw new BatchUpdateException(
                        failure.getMessage(), failure.getSQLState(), failure.getErrorCode(), done, failure);
            }
            counts[i] = connection.script().updateCountFor(sql);
        }
        lastSql = sqls.isEmpty() ? lastSql : sqls.get(sqls.size() - 1);
        return counts;
    }

    static int[] narrow(long[] counts) {
        return Arrays.stream(counts)
                .mapToInt(count -> (int) Math.min(count, Integer.MAX_VALUE))
                .toArray();
    }

    private void closeResultSet() {
        if (resultSet != null) {
            resultSet.close();
            resultSet = null;
        }
    }

    /** Marks this statement closed without logging: the connection closing what is left open. */
    void closeSilently() {
        closed = true;
        closeResultSet();
    }

    // ---- java.sql.Statement ----------------------------------------------------------------------

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        return query("executeQuery", sql);
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) update("executeUpdate", sql);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        connection.requireLarge("executeLargeUpdate");
        return update("executeLargeUpdate", sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return executeLargeUpdate(sql);
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return executeAny("execute", sql);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return execute(sql);
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        record("addBatch: " + sql);
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        record("clearBatch");
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return narrow(runPendingBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        connection.requireLarge("executeLargeBatch");
        return runPendingBatch();
    }

    /** Runs what was added to the batch. */
    long[] runPendingBatch() throws SQLException {
        List<String> sqls = new ArrayList<>(batch);
        batch.clear();
        return runBatch(sqls);
    }

    /** The current result set: the same object until the statement runs again or moves on. */
    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return resultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        checkOpen();
        checkExecuted();
        return (int) updateCount;
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        connection.requireLarge("getLargeUpdateCount");
        checkOpen();
        checkExecuted();
        return updateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    /** No more results: the current result set is closed, unless {@code current} says to keep it. */
    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current == KEEP_CURRENT_RESULT) {
            resultSet = null;
        } else {
            closeResultSet();
        }
        updateCount = -1;
        return false;
    }

    /** The keys scripted for the last SQL run (none when nothing was scripted); the same object until it runs again. */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        if (generatedKeys == null) {
            generatedKeys = new StubResultSet(
                    this,
                    lastSql == null ? StubRows.columns() : connection.script().keysFor(lastSql));
        }
        return generatedKeys;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    /** Logs {@code close statement} (once) and closes the current result set. */
    @Override
    public void close() {
        if (!closed) {
            record("close statement");
            closeSilently();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void cancel() throws SQLException {
        checkOpen();
        record("cancel");
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public int getMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        checkOpen();
        maxRows = max;
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        connection.requireLarge("getLargeMaxRows");
        return getMaxRows();
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        connection.requireLarge("setLargeMaxRows");
        setMaxRows((int) Math.min(max, Integer.MAX_VALUE));
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = rows;
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw new SQLException("only FETCH_FORWARD", "HY024");
        }
    }

    /** The query timeout last set, in seconds; readable after the statement is closed. */
    public int queryTimeout() {
        return queryTimeout;
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeout;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        queryTimeout = seconds;
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return maxFieldSize;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        maxFieldSize = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (closed ? "[closed]" : "[open]");
    }
}
