package io.github.altibaseportable.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.StatementPlan;

/**
 * A prepared statement of this driver, prepared on Altibase with the rewritten SQL of its
 * {@link StatementPlan}. Bind calls use the application's parameter numbers: when the rewrite moved
 * or shifted parameters (a 0-based {@code OFFSET ?} becoming a 1-based {@code LIMIT ?, ?}), each
 * value goes to its new position with its shift added; otherwise it goes straight through.
 *
 * <p>Altibase checks a statement when it is prepared (docs/altibase.md, "Prepare-time validation"), so
 * some statements are prepared there only when they are about to run ({@link #main()}): one whose main
 * step runs after other steps (a {@code CREATE SEQUENCE} its {@code CREATE TABLE} names, a catalog
 * condition), see {@link DeferredPreparedStatement}, and a multi-row INSERT that may be sent in another
 * form, see {@link KeyedPreparedStatement}. Until then an Altibase statement that is not prepared holds
 * the settings, binds are recorded, and metadata is answered from the plan.
 */
public class PortablePreparedStatement extends PortableStatement implements PreparedStatement {
    /** The main step prepared on Altibase; {@code null} until it is (only in recording subclasses). */
    private PreparedStatement prepared;
    /** Prepares the main step as the application asked for this statement; {@code null} when it is prepared already. */
    private final Preparer preparer;
    /** The statement's plan: its SQL, companions and parameter mapping. */
    final StatementPlan plan;
    /** Where the application's parameters go; {@code null} when they go where they are. */
    final ParameterMapping mapping;

    /**
     * Prepares SQL on the Altibase connection with the arguments of the application's
     * {@code prepareStatement} call ({@code Connection::prepareStatement} for the common one, which
     * captures nothing).
     */
    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(Connection altibase, String sql) throws SQLException;
    }

    PortablePreparedStatement(PortableConnection connection, PreparedStatement prepared, StatementPlan plan) {
        this(connection, prepared, null, plan, null);
    }

    /**
     * A statement prepared as {@code prepared}, or, when that is {@code null}, one whose main step
     * {@code preparer} prepares when it is about to run, {@code standIn} holding its settings until then.
     */
    PortablePreparedStatement(PortableConnection connection, PreparedStatement prepared, Statement standIn,
                              StatementPlan plan, Preparer preparer) {
        super(connection, prepared != null ? prepared : standIn, null);
        this.prepared = prepared;
        this.preparer = preparer;
        this.plan = plan;
        this.mapping = plan.parameters();
    }

    /** The main step's Altibase statement, prepared now if it was not yet, with the binds recorded so far. */
    PreparedStatement main() throws SQLException {
        PreparedStatement main = prepared;
        if (main == null) {
            main = preparer.prepare(connection.delegate(), plan.sql());
            replaceDelegate(main);
            prepared = main;
            preparedLate(main);
        }
        return main;
    }

    /** After {@link #main()} prepared the main step late: the recording subclasses bind what they recorded. */
    void preparedLate(PreparedStatement main) throws SQLException {
        throw new IllegalStateException("only a recording statement is prepared late");
    }

    /** The number of parameters as the plan knows it before anything is prepared; -1 when it does not. */
    int plannedParameterCount() {
        return mapping == null ? -1 : mapping.originalCount();
    }

    /**
     * Whether binds go to the Altibase statement: not before the main step is prepared, when they are
     * only recorded, parameter {@code index} checked against the count the plan knows (SQLState 07009).
     */
    private boolean sendsBinds(int index) throws SQLException {
        if (prepared != null) {
            return true;
        }
        int count = plannedParameterCount();
        if (count >= 0 && (index < 1 || index > count)) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("parameter index " + index + " is out of range 1.." + count);
        }
        return false;
    }

    /** A bind call on the Altibase statement. */
    @FunctionalInterface
    interface Binder<V> {
        void bind(PreparedStatement statement, int index, V value) throws SQLException;
    }

    /** A bind call with one more argument (a length, a calendar, a type). */
    @FunctionalInterface
    interface Binder2<V, W> {
        void bind(PreparedStatement statement, int index, V value, W extra) throws SQLException;
    }

    /** The positions the application's parameter {@code index} went to; SQLState 07009 when there is none such. */
    static int[] targets(ParameterMapping parameters, int index) throws SQLException {
        if (index < 1 || index > parameters.originalCount()) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("parameter index " + index + " is out of range 1.." + parameters.originalCount());
        }
        return parameters.targets(index);
    }

    /**
     * The first position the application's parameter {@code index} went to (for OUT parameters and
     * parameter metadata); SQLState 07009 when the rewrite sends it nowhere.
     */
    static int firstTarget(ParameterMapping parameters, int index) throws SQLException {
        int[] targets = targets(parameters, index);
        if (targets.length == 0) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("parameter " + index + " is not sent to the server after rewriting");
        }
        return targets[0];
    }

    /** Binds {@code value} at every position parameter {@code index} went to. */
    <V> void bind(int index, V value, Binder<V> binder) throws SQLException {
        if (!sendsBinds(index)) {
            return;
        }
        ParameterMapping parameters = mapping;
        if (parameters == null) {
            binder.bind(prepared, index, value);
            return;
        }
        for (int target : targets(parameters, index)) {
            binder.bind(prepared, target, value);
        }
    }

    <V, W> void bind(int index, V value, W extra, Binder2<V, W> binder) throws SQLException {
        if (!sendsBinds(index)) {
            return;
        }
        ParameterMapping parameters = mapping;
        if (parameters == null) {
            binder.bind(prepared, index, value, extra);
            return;
        }
        for (int target : targets(parameters, index)) {
            binder.bind(prepared, target, value, extra);
        }
    }

    /**
     * Like {@link #bind(int, Object, Binder)}, adding each position's shift to a numeric value; an array
     * of this driver goes element by element ({@link #bindElements}).
     */
    @SuppressWarnings("unchecked")
    <V> void bindNumber(int index, V value, Binder<V> binder) throws SQLException {
        if (value instanceof PortableArray array) {
            bindElements(index, array);
            return;
        }
        if (!sendsBinds(index)) {
            return;
        }
        ParameterMapping parameters = mapping;
        if (parameters == null) {
            binder.bind(prepared, index, value);
            return;
        }
        int[] targets = targets(parameters, index);
        for (int use = 0; use < targets.length; use++) {
            binder.bind(prepared, targets[use], (V) Shifts.add(value, parameters.shift(index, use)));
        }
    }

    /**
     * Binds the elements of {@code array} at the positions parameter {@code index} went to: one per
     * element where the array-parameters rule made {@code = ANY (?)} an {@code IN} list. Anywhere else
     * Altibase has no use for an array: SQLState HYC00, nothing bound.
     */
    private void bindElements(int index, PortableArray array) throws SQLException {
        int[] typed = plan.typedParameters();
        if (typed == null || Arrays.binarySearch(typed, index) < 0) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("an array can only be bound to = ANY (?) or"
                    + " <> ALL (?), not to parameter " + index + " of " + plan.original());
        }
        if (sendsBinds(index)) {
            array.bindTo(prepared, mapping == null ? new int[] {index} : targets(mapping, index));
        }
    }

    /** Runs the main step, alone or with the plan's other steps; the main step is prepared when it is reached. */
    <T> T runPlan(PlanRunner.Main<T> main, T whenSkipped) throws SQLException {
        startExecution();
        return runSteps(plan, main, whenSkipped);
    }

    /** A prepared statement's batch holds its own plan's rows. */
    @Override
    void batchRan(List<StatementPlan> plans) throws SQLException {
        connection.ran(plan);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return runPlan(() -> wrap(main().executeQuery()), null);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return runPlan(() -> main().executeUpdate(), 0);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        bind(parameterIndex, ValueConversions.toAltibase(sqlType), PreparedStatement::setNull);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        if (mapping == null && prepared != null) {
            prepared.setBoolean(parameterIndex, x);
        } else {
            bind(parameterIndex, x, PreparedStatement::setBoolean);
        }
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        if (mapping != null && mapping.isShifted(parameterIndex)) {
            setInt(parameterIndex, x);
        } else {
            bind(parameterIndex, x, PreparedStatement::setByte);
        }
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        if (mapping != null && mapping.isShifted(parameterIndex)) {
            setInt(parameterIndex, x);
        } else {
            bind(parameterIndex, x, PreparedStatement::setShort);
        }
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        if (!sendsBinds(parameterIndex)) {
            return;
        }
        ParameterMapping parameters = mapping;
        if (parameters == null) {
            prepared.setInt(parameterIndex, x);
            return;
        }
        int[] targets = targets(parameters, parameterIndex);
        for (int use = 0; use < targets.length; use++) {
            long value = x + parameters.shift(parameterIndex, use);
            if (value == (int) value) {
                prepared.setInt(targets[use], (int) value);
            } else {
                prepared.setLong(targets[use], value);
            }
        }
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        if (!sendsBinds(parameterIndex)) {
            return;
        }
        ParameterMapping parameters = mapping;
        if (parameters == null) {
            prepared.setLong(parameterIndex, x);
            return;
        }
        int[] targets = targets(parameters, parameterIndex);
        for (int use = 0; use < targets.length; use++) {
            prepared.setLong(targets[use], Shifts.add(x, parameters.shift(parameterIndex, use)));
        }
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        if (mapping == null && prepared != null) {
            prepared.setFloat(parameterIndex, x);
        } else {
            bindNumber(parameterIndex, x, PreparedStatement::setFloat);
        }
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        if (mapping == null && prepared != null) {
            prepared.setDouble(parameterIndex, x);
        } else {
            bindNumber(parameterIndex, x, PreparedStatement::setDouble);
        }
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        bindNumber(parameterIndex, x, PreparedStatement::setBigDecimal);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        bindNumber(parameterIndex, x, PreparedStatement::setString);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setBytes);
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setDate);
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setTime);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setTimestamp);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x, length, PreparedStatement::setAsciiStream);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x, length, PreparedStatement::setUnicodeStream);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x, length, PreparedStatement::setBinaryStream);
    }

    @Override
    public void clearParameters() throws SQLException {
        if (prepared != null) {
            prepared.clearParameters();
        }
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        int type = ValueConversions.toAltibase(targetSqlType);
        bindNumber(parameterIndex, ValueConversions.toAltibase(x),
                (statement, index, value) -> statement.setObject(index, value, type));
    }

    /** {@code java.time} values go to Altibase as {@code java.sql} ones ({@link ValueConversions}). */
    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        bindNumber(parameterIndex, ValueConversions.toAltibase(x), PreparedStatement::setObject);
    }

    @Override
    public boolean execute() throws SQLException {
        return runPlan(() -> main().execute(), false);
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (!plan.isSingleStatement()) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("a statement that runs as several statements cannot be batched: "
                    + plan.original());
        }
        main().addBatch();
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        bind(parameterIndex, reader, length, PreparedStatement::setCharacterStream);
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setRef);
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setBlob);
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setClob);
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        if (x instanceof PortableArray) {
            bindNumber(parameterIndex, x, PreparedStatement::setArray);
        } else {
            bind(parameterIndex, x, PreparedStatement::setArray);
        }
    }

    /** {@code null} before the main step is prepared (a statement prepared late returns no rows). */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return prepared == null ? null : prepared.getMetaData();
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        bind(parameterIndex, x, cal, PreparedStatement::setDate);
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        bind(parameterIndex, x, cal, PreparedStatement::setTime);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        bind(parameterIndex, x, cal, PreparedStatement::setTimestamp);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        bind(parameterIndex, ValueConversions.toAltibase(sqlType), typeName, PreparedStatement::setNull);
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setURL);
    }

    /** Parameter metadata in the application's numbering, also when the rewrite reordered parameters. */
    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        if (prepared == null) {
            return new PlannedParameterMetaData(Math.max(0, plannedParameterCount()));
        }
        ParameterMetaData metaData = prepared.getParameterMetaData();
        return mapping == null ? metaData : new PortableParameterMetaData(metaData, mapping);
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setRowId);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        bindNumber(parameterIndex, value, PreparedStatement::setNString);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        bind(parameterIndex, value, length, PreparedStatement::setNCharacterStream);
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        bind(parameterIndex, value, PreparedStatement::setNClob);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader, length, PreparedStatement::setClob);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        bind(parameterIndex, inputStream, length, PreparedStatement::setBlob);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader, length, PreparedStatement::setNClob);
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        bind(parameterIndex, xmlObject, PreparedStatement::setSQLXML);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        int type = ValueConversions.toAltibase(targetSqlType);
        bindNumber(parameterIndex, ValueConversions.toAltibase(x),
                (statement, index, value) -> statement.setObject(index, value, type, scaleOrLength));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(parameterIndex, x, length, PreparedStatement::setAsciiStream);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(parameterIndex, x, length, PreparedStatement::setBinaryStream);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader, length, PreparedStatement::setCharacterStream);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setAsciiStream);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        bind(parameterIndex, x, PreparedStatement::setBinaryStream);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader, PreparedStatement::setCharacterStream);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        bind(parameterIndex, value, PreparedStatement::setNCharacterStream);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader, PreparedStatement::setClob);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        bind(parameterIndex, inputStream, PreparedStatement::setBlob);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader, PreparedStatement::setNClob);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        bindNumber(parameterIndex, ValueConversions.toAltibase(x),
                (statement, index, value) -> statement.setObject(index, value, type, scaleOrLength));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        bindNumber(parameterIndex, ValueConversions.toAltibase(x),
                (statement, index, value) -> statement.setObject(index, value, type));
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return runPlan(() -> {
            PreparedStatement main = main();
            return OlderDrivers.newerOrOlder(main::executeLargeUpdate, () -> (long) main.executeUpdate());
        }, 0L);
    }
}
