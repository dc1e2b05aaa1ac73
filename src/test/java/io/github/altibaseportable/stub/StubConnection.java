package io.github.altibaseportable.stub;

import java.sql.CallableStatement;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * A connection of the {@link StubDriver}. It records, in one ordered, thread-safe event log,
 * everything it and its statements are asked ({@link #events()}), and answers what the test scripted:
 * {@link #onQuery rows}, {@link #onUpdate update counts}, {@link #onGeneratedKeys generated keys} and
 * {@link #failOn failures}, each for the SQL a regular expression finds a match in (or a predicate
 * accepts); the latest matching registration wins. Unscripted SQL that starts with SELECT, WITH or
 * VALUES returns no rows (and no columns); other SQL updates 0 rows.
 *
 * <p>Event formats: {@code "createStatement"}, {@code "prepare: <sql>"}, {@code "prepareCall: <sql>"},
 * {@code "execute: <sql>"}, {@code "executeQuery: <sql>"}, {@code "executeUpdate: <sql>"},
 * {@code "executeLargeUpdate: <sql>"}, {@code "addBatch: <sql>"}, {@code "executeBatch"},
 * {@code "clearBatch"}, {@code "setInt(2, 11)"} (text values in double quotes, extra arguments after
 * the value: {@code "setObject(1, \"21\", 4)"}), {@code "registerOutParameter(1, 4)"},
 * {@code "clearParameters"}, {@code "close statement"}, {@code "setAutoCommit(false)"},
 * {@code "commit"}, {@code "rollback"}, {@code "setTransactionIsolation(2)"}, {@code "close connection"}.
 * Prepared statements log their executions with their SQL too. Statement events also go to the
 * statement's own log ({@link StubStatement#events()}).
 */
public final class StubConnection implements UnsupportedConnection {
    private final String url;
    private final Properties properties;
    private final StubScript script = new StubScript();
    private final StubServerRules rules;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private final List<StubStatement> statements = new CopyOnWriteArrayList<>();
    private final Properties clientInfo = new Properties();
    private volatile boolean quiet;
    private volatile boolean jdbc3;
    private volatile int networkTimeout;
    private volatile boolean staleCursors;
    private volatile boolean closed;
    private volatile boolean autoCommit = true;
    private volatile boolean readOnly;
    private volatile int isolation = TRANSACTION_READ_COMMITTED;
    private volatile int holdability = ResultSet.CLOSE_CURSORS_AT_COMMIT;
    private volatile String schema;
    private volatile StubDatabaseMetaData metaData;

    /** A connection to {@code url} opened with {@code properties} (copied); usable without the driver. */
    public StubConnection(String url, Properties properties) {
        this.url = url;
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.schema = properties.getProperty("user", "SYS").toUpperCase(java.util.Locale.ROOT);
        this.rules = new StubServerRules(property(url, properties, StubServerRules.DATE_FORMAT_PROPERTY));
    }

    /** A connection property as the Altibase driver reads it: from {@code properties}, else from the URL's query. */
    private static String property(String url, Properties properties, String key) {
        String value = properties.getProperty(key);
        int query = url == null ? -1 : url.indexOf('?');
        if (value != null || query < 0) {
            return value;
        }
        for (String pair : url.substring(query + 1).split("&", -1)) {
            if (pair.startsWith(key + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(key.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    // ---- scripting -------------------------------------------------------------------------------

    /** SQL in which {@code regex} finds a match returns {@code rows} (from executeQuery, or execute + getResultSet). */
    public StubConnection onQuery(String regex, StubRows rows) {
        return onQuery(StubScript.containing(regex), rows);
    }

    public StubConnection onQuery(Predicate<String> sql, StubRows rows) {
        script.query(sql, rows);
        return this;
    }

    /** SQL in which {@code regex} finds a match returns the rows {@code answer} computes from the bound values. */
    public StubConnection onQuery(String regex, StubScript.Answer answer) {
        script.query(StubScript.containing(regex), answer);
        return this;
    }

    /** Running an update in which {@code regex} finds a match also does {@code effect} (given the bound values). */
    public StubConnection onExecute(String regex, StubScript.Effect effect) {
        script.effect(StubScript.containing(regex), effect);
        return this;
    }

    /** SQL in which {@code regex} finds a match updates {@code count} rows. */
    public StubConnection onUpdate(String regex, long count) {
        return onUpdate(StubScript.containing(regex), count);
    }

    public StubConnection onUpdate(Predicate<String> sql, long count) {
        script.update(sql, count);
        return this;
    }

    /**
     * The catalog query of a table's columns ({@code SYSTEM_.SYS_COLUMNS_}, bound the table name first)
     * answers {@code rows} for {@code table} (columns USER_NAME, COLUMN_NAME, DATA_TYPE, PRECISION, SCALE,
     * DEFAULT_VAL) and no rows for any other table.
     */
    public StubConnection onCatalogColumns(String table, Object[]... rows) {
        return onQuery("SYSTEM_\\.SYS_COLUMNS_", binds -> {
            StubRows columns =
                    StubRows.columns("USER_NAME", "COLUMN_NAME", "DATA_TYPE", "PRECISION", "SCALE", "DEFAULT_VAL");
            for (int i = 0; i < rows.length && table.equals(binds.get(1)); i++) {
                columns = columns.row(rows[i]);
            }
            return columns;
        });
    }

    /** After SQL in which {@code regex} finds a match, {@code getGeneratedKeys} returns {@code rows}. */
    public StubConnection onGeneratedKeys(String regex, StubRows rows) {
        script.generatedKeys(StubScript.containing(regex), rows);
        return this;
    }

    /** Executing SQL in which {@code regex} finds a match throws {@code failure} itself (logged first). */
    public StubConnection failOn(String regex, SQLException failure) {
        return failOn(StubScript.containing(regex), failure);
    }

    public StubConnection failOn(Predicate<String> sql, SQLException failure) {
        script.failure(sql, failure);
        return this;
    }

    StubScript script() {
        return script;
    }

    /**
     * What this connection checks when a statement is prepared, as the server does, and what it knows of
     * the server's sequences and tables: {@code rules().given("CREATE SEQUENCE S")} for an object the test
     * assumes exists, {@code rules().permit(Rule.X)} to switch one rule off for this connection.
     */
    public StubServerRules rules() {
        return rules;
    }

    /** Throws what the server answers when it prepares {@code sql}, if it rejects it (nothing in quiet mode). */
    void checkAtPrepare(String sql) throws SQLException {
        if (!quiet) {
            rules.check(sql);
        }
    }

    /** Lets the server learn what {@code sql}, which has just run, created or dropped (nothing in quiet mode). */
    void ran(String sql) {
        if (!quiet) {
            rules.ran(sql);
        }
    }

    /**
     * Reproduces the upstream driver's fault with a reused statement: after an execution failed on one
     * of this connection's plain statements, each later execution on that statement runs, then fails with
     * 266392 (see {@link StubStatement}).
     */
    public StubConnection staleCursorAfterFailure() {
        staleCursors = true;
        return this;
    }

    boolean keepsStaleCursors() {
        return staleCursors;
    }

    /**
     * Quiet mode, for benchmarks: from now on nothing is recorded (no events, no executed SQL, no bind
     * events), new statements are not kept (so closing the connection does not close them) and the
     * server's prepare-time {@link #rules()} are not checked, so that time and memory measured belong to
     * the driver above, not to this stub. The connection still answers as scripted, and its statements
     * still check and keep their bound values.
     */
    public StubConnection quiet() {
        quiet = true;
        return this;
    }

    boolean isQuiet() {
        return quiet;
    }

    /**
     * From now on this connection and its statements behave like an older Altibase driver, written to
     * the JDBC 3 API: the JDBC 4 methods of the connection ({@code isValid}, {@code getSchema},
     * {@code setSchema}, {@code getNetworkTimeout}, {@code setNetworkTimeout}, {@code abort},
     * {@code getClientInfo}) throw {@link AbstractMethodError}, and the JDBC 4.2 {@code Large} methods of
     * its statements throw {@link UnsupportedOperationException}, as the JDBC default methods do. (Its
     * {@code getColumns} returns what the test scripts; script the JDBC 3 columns.)
     */
    public StubConnection jdbc3() {
        jdbc3 = true;
        return this;
    }

    /** What an older driver does for a JDBC 4 method its classes do not have. */
    private void requireJdbc4(String method) {
        if (jdbc3) {
            throw new AbstractMethodError("StubConnection." + method + " (a JDBC 3 driver)");
        }
    }

    /** What the JDBC default method of a {@code Large} method does on an older driver. */
    void requireLarge(String method) {
        if (jdbc3) {
            throw new UnsupportedOperationException(method + " not implemented");
        }
    }

    // ---- what happened ---------------------------------------------------------------------------

    /** The URL this connection was opened with. */
    public String url() {
        return url;
    }

    /** A copy of the properties this connection was opened with. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** Every event so far, oldest first. */
    public List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The events that start with {@code prefix}, oldest first. */
    public List<String> events(String prefix) {
        List<String> matching = new ArrayList<>();
        for (String event : events()) {
            if (event.startsWith(prefix)) {
                matching.add(event);
            }
        }
        return matching;
    }

    /** The SQL of every statement executed, in order: direct and prepared, each batch entry on its own. */
    public List<String> executed() {
        synchronized (executed) {
            return List.copyOf(executed);
        }
    }

    /** The SQL of every statement prepared ({@code prepareStatement} and {@code prepareCall}), in order. */
    public List<String> prepared() {
        List<String> sql = new ArrayList<>();
        for (StubStatement statement : statements) {
            if (statement instanceof StubPreparedStatement stubPreparedStatement) {
                sql.add(stubPreparedStatement.sql());
            }
        }
        return sql;
    }

    /** Forgets the events and executed SQL recorded so far (not the script). */
    public void clearEvents() {
        events.clear();
        executed.clear();
    }

    /** Every statement created on this connection, oldest first, open or closed. */
    public List<StubStatement> statements() {
        return List.copyOf(statements);
    }

    /** The statements not yet closed. */
    public List<StubStatement> openStatements() {
        List<StubStatement> open = new ArrayList<>();
        for (StubStatement statement : statements) {
            if (!statement.isClosed()) {
                open.add(statement);
            }
        }
        return open;
    }

    /** The statement most recently created, prepared or not. */
    public StubStatement lastStatement() {
        if (statements.isEmpty()) {
            throw new AssertionError("no statement was created on " + this);
        }
        return statements.get(statements.size() - 1);
    }

    /** The statement most recently prepared. */
    public StubPreparedStatement lastPrepared() {
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i) instanceof StubPreparedStatement) {
                return (StubPreparedStatement) statements.get(i);
            }
        }
        throw new AssertionError("nothing was prepared on " + this);
    }

    void record(String event) {
        if (!quiet) {
            events.add(event);
        }
    }

    void recordExecuted(String sql) {
        if (!quiet) {
            executed.add(sql);
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("connection is closed", "08003");
        }
    }

    /**
     * Logs {@code call} followed by {@code sql}, checks {@code sql} as the server prepares it, and keeps
     * {@code statement}, unless quiet.
     */
    private <S extends StubStatement> S open(S statement, String call, String sql) throws SQLException {
        checkOpen();
        if (!quiet) {
            record(call + sql);
            checkAtPrepare(sql);
            statements.add(statement);
        }
        return statement;
    }

    // ---- java.sql.Connection ---------------------------------------------------------------------

    @Override
    public Statement createStatement() throws SQLException {
        return open(new StubStatement(this), "createStatement", "");
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return open(new StubPreparedStatement(this, sql), "prepare: ", sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return open(new StubCallableStatement(this, sql), "prepareCall: ", sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return prepareCall(sql);
    }

    /** The SQL unchanged: the stub, like Altibase, has no escape syntax to translate. */
    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        record("setAutoCommit(" + autoCommit + ")");
        this.autoCommit = autoCommit;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        record("commit");
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        record("rollback");
    }

    /** Logs {@code close connection} (once), then closes the statements still open without logging. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        record("close connection");
        for (StubStatement statement : statements) {
            statement.closeSilently();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        requireJdbc4("isValid");
        if (timeout < 0) {
            throw new SQLException("timeout " + timeout + " is negative", "HY000");
        }
        return !closed;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        StubDatabaseMetaData current = metaData;
        if (current == null) {
            current = new StubDatabaseMetaData(this);
            metaData = current;
        }
        return current;
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        requireJdbc4("setSchema");
        checkOpen();
        this.schema = schema;
    }

    @Override
    public String getSchema() throws SQLException {
        requireJdbc4("getSchema");
        checkOpen();
        return schema;
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        record("setTransactionIsolation(" + level + ")");
        this.isolation = level;
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return isolation;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        this.holdability = holdability;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
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
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new HashMap<>();
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfo.clear();
        clientInfo.putAll(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        requireJdbc4("getClientInfo");
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        requireJdbc4("getClientInfo");
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        requireJdbc4("getNetworkTimeout");
        checkOpen();
        return networkTimeout;
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        requireJdbc4("setNetworkTimeout");
        checkOpen();
        networkTimeout = milliseconds;
    }

    @Override
    public void abort(Executor executor) {
        requireJdbc4("abort");
        close();
    }

    @Override
    public String toString() {
        return "StubConnection[" + url + "]";
    }
}
