package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.KeysSupport;
import io.github.altibaseportable.rewrite.BoundTypes;
import io.github.altibaseportable.rewrite.IsolationLevel;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.RewriteStatistics;
import io.github.altibaseportable.rewrite.StatementPlan;
import io.github.altibaseportable.rewrite.StatementRewriter;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * A connection of this driver, wrapping an Altibase connection. Every statement it creates is one
 * of this driver's wrappers, and every SQL string it is given goes through the rewrite engine.
 *
 * <p>Reach it from a pool with {@code connection.unwrap(PortableConnection.class)}, for instance to
 * read {@link #rewriteStatistics()}; {@code unwrap} also reaches the Altibase connection.
 *
 * <p>Transactions follow JDBC: the isolation level is set with
 * {@code ALTER SESSION SET TRANSACTION ISOLATION LEVEL}, which lasts for the session in and out of
 * autocommit, and the connection remembers it; savepoints are kept by {@link Savepoints}.
 */
public final class PortableConnection extends ForwardingConnection {
    private final Connection delegate;
    private final StatementRewriter rewriter;
    private final PlanRunner runner;
    private final KeysSupport keys;
    private final OpenStatements statements = new OpenStatements();
    private final Savepoints savepoints;
    private volatile PortableDatabaseMetaData metaData;
    /** The level set through this connection ({@code Connection.TRANSACTION_*}), or 0 before any. */
    private volatile int isolation;

    /** Wraps {@code delegate}, an open Altibase connection, rewriting with {@code rewriter}. */
    public PortableConnection(Connection delegate, StatementRewriter rewriter) {
        this.delegate = delegate;
        this.rewriter = rewriter;
        this.keys = new KeysSupport(delegate, rewriter.profile().identitiesPastExplicitKeys());
        this.runner = new PlanRunner(delegate, this, this::ran);
        this.savepoints = new Savepoints(delegate);
    }

    /** Figures of the rewrite cache this connection uses (shared with other connections). */
    public RewriteStatistics rewriteStatistics() {
        return rewriter.engine().statistics();
    }

    /** The rewriter: engine, profile, and whether rewriting is on and strict. */
    public StatementRewriter rewriter() {
        return rewriter;
    }

    StatementPlan plan(String sql, KeysRequest keys) throws SQLException {
        return plan(sql, keys, null);
    }

    /** {@code sql} planned for values of {@code types} bound (see {@link BindTypedPreparedStatement}). */
    StatementPlan plan(String sql, KeysRequest keys, BoundTypes types) throws SQLException {
        return withUniqueKeys(rewriter.plan(sql, keys, types, null), keys, types);
    }

    /** {@code plan} planned again with the unique keys of its table when it needs them (read from the catalog). */
    private StatementPlan withUniqueKeys(StatementPlan plan, KeysRequest keys, BoundTypes types) throws SQLException {
        if (plan.uniqueKeysNeeded() == null) {
            return plan;
        }
        return rewriter.plan(plan.original(), keys, types, this.keys.conflictTargets(plan.uniqueKeysNeeded()));
    }

    /** The Altibase connection, also for statements that prepare another form of themselves. */
    @Override
    Connection delegate() {
        return delegate;
    }

    PlanRunner runner() {
        return runner;
    }

    /** The generated-keys support of this connection. */
    KeysSupport keys() {
        return keys;
    }

    /**
     * After {@code plan} ran successfully, through any execute path (never when it is only planned, or
     * failed): DDL makes what is known of tables stale, and a statement that ends the transaction ends its
     * savepoints.
     */
    void ran(StatementPlan plan) throws SQLException {
        if (plan.changesSchema()) {
            keys.ran(plan);
        }
        if (plan.endsTransaction()) {
            savepoints.transactionEnded();
        }
    }

    /**
     * The driver's prepared statement for {@code plan}, its main step prepared on Altibase by
     * {@code preparer} now, or when it is about to run if the steps before it must run first or a
     * multi-row INSERT goes in another form (decided from the catalog before anything is prepared); one
     * that handles generated keys when the plan needs it.
     */
    private PreparedStatement prepared(
            StatementPlan plan, KeysRequest request, PortablePreparedStatement.Preparer preparer) throws SQLException {
        boolean keyed = plan.keys() instanceof KeyedInsert;
        boolean late = !plan.isSingleStatement() || (keyed && keys.sendsRowsAsSelect((KeyedInsert) plan.keys()));
        PreparedStatement altibase = late ? null : preparer.prepare(delegate, plan.sql());
        Statement standIn = late ? delegate.createStatement() : null;
        if (keyed) {
            return track(new KeyedPreparedStatement(this, altibase, standIn, plan, request, preparer));
        }
        if (late) {
            return track(new DeferredPreparedStatement(this, standIn, plan, preparer));
        }
        return track(
                plan.isTypedByBinds()
                        ? new BindTypedPreparedStatement(this, altibase, plan)
                        : new PortablePreparedStatement(this, altibase, plan));
    }

    private <S extends PortableStatement> S track(S statement) {
        statements.add(statement);
        return statement;
    }

    void forget(PortableStatement statement) {
        statements.remove(statement);
    }

    @Override
    public Statement createStatement() throws SQLException {
        return track(new PortableStatement(this, delegate.createStatement(), delegate::createStatement));
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return prepared(plan, KeysRequest.NONE, Connection::prepareStatement);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return track(new PortableCallableStatement(this, delegate.prepareCall(plan.sql()), plan));
    }

    /**
     * One statement that does what {@code sql} does when it is sent back through this driver (tools such
     * as Liquibase execute what this returns): the rewritten statement when the driver sends one statement
     * as it is; otherwise (companion statements, a catalog condition, a JDBC call) the application's own
     * text, which the driver expands again. The offline translator shows every step.
     */
    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        StatementPlan plan = withUniqueKeys(rewriter.plan(sql, KeysRequest.NONE), KeysRequest.NONE, null);
        return plan.isSingleStatement() ? plan.sql() : sql;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        boolean commits = autoCommit && !delegate.getAutoCommit();
        delegate.setAutoCommit(autoCommit);
        if (commits) {
            savepoints.transactionEnded();
        }
    }

    @Override
    public void commit() throws SQLException {
        delegate.commit();
        savepoints.transactionEnded();
    }

    @Override
    public void rollback() throws SQLException {
        delegate.rollback();
        savepoints.transactionEnded();
    }

    /** Closes every statement this connection opened, then the Altibase connection. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PortableStatement statement : statements.drain()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        try {
            delegate.close();
        } catch (SQLException e) {
            if (failure != null) {
                e.addSuppressed(failure);
            }
            throw e;
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        PortableDatabaseMetaData current = metaData;
        if (current == null) {
            current = new PortableDatabaseMetaData(this, delegate.getMetaData());
            metaData = current;
        }
        return current;
    }

    /**
     * Sets the level for the rest of the session, autocommit on or off, across commits and rollbacks
     * (Altibase's {@code SET TRANSACTION} would last one transaction, and its driver refuses the
     * call in autocommit mode). READ UNCOMMITTED and NONE: SQLState {@code HYC00}; a number that is
     * no level: {@code HY024}; nothing is sent in either case.
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        IsolationLevel target = IsolationLevel.supported(level);
        try (Statement statement = delegate.createStatement()) {
            statement.execute(target.alterSessionSql());
        }
        isolation = level;
    }

    /** The level last set through this connection, or else the one the server gave the session. */
    @Override
    public int getTransactionIsolation() throws SQLException {
        int known = isolation;
        if (known == 0) {
            return delegate.getTransactionIsolation();
        }
        checkOpen();
        return known;
    }

    /** SQLState 08003 once the connection is closed, for what would not ask the Altibase connection. */
    private void checkOpen() throws SQLException {
        if (delegate.isClosed()) {
            throw SqlState.CONNECTION_DOES_NOT_EXIST.exception("connection is closed");
        }
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return track(new PortableStatement(
                this,
                delegate.createStatement(resultSetType, resultSetConcurrency),
                () -> delegate.createStatement(resultSetType, resultSetConcurrency)));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return prepared(
                plan,
                KeysRequest.NONE,
                (altibase, text) -> altibase.prepareStatement(text, resultSetType, resultSetConcurrency));
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return track(new PortableCallableStatement(
                this, delegate.prepareCall(plan.sql(), resultSetType, resultSetConcurrency), plan));
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return savepoints.set(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        if (name == null) {
            throw SqlState.INVALID_SAVEPOINT_SPECIFICATION.exception("savepoint name is null");
        }
        return savepoints.set(name);
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        savepoints.rollbackTo(savepoint);
    }

    /** Forgets the savepoint and those set after it; sends nothing (Altibase has no RELEASE SAVEPOINT). */
    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        savepoints.release(savepoint);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return track(new PortableStatement(
                this,
                delegate.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability),
                () -> delegate.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability)));
    }

    @Override
    public PreparedStatement prepareStatement(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return prepared(
                plan,
                KeysRequest.NONE,
                (altibase, text) ->
                        altibase.prepareStatement(text, resultSetType, resultSetConcurrency, resultSetHoldability));
    }

    @Override
    public CallableStatement prepareCall(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        StatementPlan plan = plan(sql, KeysRequest.NONE);
        return track(new PortableCallableStatement(
                this,
                delegate.prepareCall(plan.sql(), resultSetType, resultSetConcurrency, resultSetHoldability),
                plan));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        KeysRequest request = KeysRequest.fromFlag(autoGeneratedKeys);
        StatementPlan plan = plan(sql, request);
        return prepared(plan, request, (altibase, text) -> altibase.prepareStatement(text, autoGeneratedKeys));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        KeysRequest request = KeysRequest.indexes(columnIndexes);
        StatementPlan plan = plan(sql, request);
        return prepared(plan, request, (altibase, text) -> altibase.prepareStatement(text, columnIndexes));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        KeysRequest request = KeysRequest.columns(columnNames);
        StatementPlan plan = plan(sql, request);
        return prepared(plan, request, (altibase, text) -> altibase.prepareStatement(text, columnNames));
    }

    /** The Altibase driver's answer; with an older one (no {@code isValid}), whether {@code SELECT 1 FROM DUAL} answers in time. */
    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("isValid timeout " + timeout + " is negative");
        }
        return OlderDrivers.newerOrOlder(() -> delegate.isValid(timeout), () -> answersQuery(timeout));
    }

    /** Whether the Altibase connection runs {@code SELECT 1 FROM DUAL} within {@code timeout} seconds (0: no limit). */
    private boolean answersQuery(int timeout) throws SQLException {
        if (delegate.isClosed()) {
            return false;
        }
        try (Statement probe = delegate.createStatement()) {
            probe.setQueryTimeout(timeout);
            try (ResultSet row = probe.executeQuery("SELECT 1 FROM DUAL")) {
                return row.next();
            }
        } catch (SQLException broken) {
            return false;
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        return OlderDrivers.newerOrOlder(() -> delegate.getClientInfo(name), () -> null);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return OlderDrivers.newerOrOlder(delegate::getClientInfo, Properties::new);
    }

    /**
     * An array holding {@code elements} (Altibase has none of its own), for {@code = ANY (?)} and
     * {@code <> ALL (?)} parameters, which are sent as one parameter per element.
     */
    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        if (delegate.isClosed()) {
            throw SqlState.CONNECTION_DOES_NOT_EXIST.exception("connection is closed");
        }
        return new PortableArray(typeName, elements);
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        OlderDrivers.newerOrUnsupported(
                () -> {
                    delegate.setSchema(schema);
                    return null;
                },
                "Connection.setSchema");
    }

    /** The Altibase driver's answer; with an older one, the connected user, whose schema it is. */
    @Override
    public String getSchema() throws SQLException {
        return OlderDrivers.newerOrOlder(delegate::getSchema, this::connectedUser);
    }

    private String connectedUser() throws SQLException {
        try (Statement query = delegate.createStatement();
                ResultSet row = query.executeQuery("SELECT USER_NAME() FROM DUAL")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlState.INVALID_USE_OF_NULL_POINTER.exception("abort needs an executor");
        }
        OlderDrivers.newerOrOlder(
                () -> {
                    delegate.abort(executor);
                    return null;
                },
                () -> {
                    executor.execute(this::closeAborted);
                    return null;
                });
    }

    /** With an older Altibase driver (no {@code abort}), what aborting does: the Altibase connection is closed. */
    private void closeAborted() {
        try {
            delegate.close();
        } catch (SQLException alreadyBroken) {
            // an aborted connection is given up whatever closing it reports
        }
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        OlderDrivers.newerOrUnsupported(
                () -> {
                    delegate.setNetworkTimeout(executor, milliseconds);
                    return null;
                },
                "Connection.setNetworkTimeout");
    }

    /** The Altibase driver's answer; with an older one, 0 (no timeout: it cannot set one). */
    @Override
    public int getNetworkTimeout() throws SQLException {
        return OlderDrivers.newerOrOlder(delegate::getNetworkTimeout, () -> 0);
    }

    @Override
    public String toString() {
        return "PortableConnection[" + delegate + "]";
    }
}
