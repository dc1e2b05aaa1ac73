package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.StatementPlan;
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
    PortablePreparedStatement(
            PortableConnection connection,
            PreparedStatement prepared,
            Statement standIn,
            StatementPlan plan,
            Preparer preparer) {
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
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
                    "parameter index " + index + " is out of range 1.." + count);
        }
        return false;
    }

    /**
     * A bind call on the Altibase statement: {@code value} as the setter was given it (converted for
     * Altibase), or with the rewrite's shift added ({@link Shifts} keeps its type, but for whole numbers,
     * which may widen to {@code Long}).
     */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement, int position, Object value) throws SQLException;
    }

    /** The positions the application's parameter {@code index} went to; SQLState 07009 when there is none such. */
    static int[] targets(ParameterMapping parameters, int index) throws SQLException {
        if (index < 1 || index > parameters.originalCount()) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
                    "parameter index " + index + " is out of range 1.." + parameters.originalCount());
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
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
                    "parameter " + index + " is not sent to the server after rewriting");
        }
        return targets[0];
    }

    /**
     * The one route of every parameter setter. {@code value} is bound by {@code binder} at each position the
     * application's parameter {@code index} went to, with the rewrite's shift there added
     * ({@link Shifts}: numbers and numeric text); an array of this driver element by element
     * ({@link #bindElements}). When the parameters are where the application put them and the statement is
     * prepared, that is one call (the fast path); before the main step is prepared, only the index is
     * checked. Then {@link #bound} sees the bind. {@code sqlType} is the {@code java.sql.Types} code the
     * application named ({@code setNull}, {@code setObject} with a type), else {@code null}.
     */
    final void bind(int index, Object value, Integer sqlType, Binder binder) throws SQLException {
        PreparedStatement target = prepared;
        ParameterMapping parameters = mapping;
        if (value instanceof PortableArray array) {
            bindElements(index, array);
        } else if (parameters == null && target != null) {
            binder.bind(target, index, value);
        } else if (sendsBinds(index)) {
            if (parameters == null) {
                binder.bind(target, index, value);
            } else {
                int[] targets = targets(parameters, index);
                for (int use = 0; use < targets.length; use++) {
                    binder.bind(target, targets[use], Shifts.add(value, parameters.shift(index, use)));
                }
            }
        }
        bound(index, value, sqlType, binder);
    }

    /** After each bind, whether it went to Altibase or not: the recording subclasses record it. */
    void bound(int index, Object value, Integer sqlType, Binder binder) {
        // only recorded by the statements that may run in another form
    }

    /** Binds a whole number as its type, or as {@code int} or {@code long} once shifted ({@link Shifts}). */
    private static final Binder WHOLE_NUMBER = (statement, position, value) -> {
        if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Short number) {
            statement.setShort(position, number);
        } else {
            statement.setByte(position, (Byte) value);
        }
    };

    /** The code of {@code type} for the record of a bind; {@code null} when it has none. */
    private static Integer code(SQLType type) {
        return type == null ? null : type.getVendorTypeNumber();
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

    /** A call on the Altibase statement of the main step (or of another form of it) that sets the outcome. */
    @FunctionalInterface
    interface MainCall {
        void run(PreparedStatement main, Execution execution) throws SQLException;
    }

    /**
     * Runs an execution ({@link #execute}): the main step with {@code call}, alone or with the plan's other
     * steps, the main step prepared when it is reached; or, when {@link #otherForm} gives one, on another
     * form of the statement.
     */
    final Execution runPlan(Execution.Expect expect, MainCall call) throws SQLException {
        return execute(expect, current -> {
            PreparedStatement other = otherForm(current);
            if (other != null) {
                current.form = other;
                call.run(other, current);
            } else {
                runSteps(plan, () -> call.run(main(), current), current);
            }
        });
    }

    /**
     * The Altibase statement this execution's binds run on instead of the main step, with the binds made
     * there; {@code null} (here: always; see {@link BindTypedPreparedStatement}).
     */
    PreparedStatement otherForm(Execution current) throws SQLException {
        return null;
    }

    /** A prepared statement's batch holds its own plan's rows. */
    @Override
    void batchRan(List<StatementPlan> plans) throws SQLException {
        connection.ran(plan);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return runPlan(Execution.Expect.ROWS, (main, outcome) -> outcome.rows(wrap(main.executeQuery())))
                .resultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return count(runPlan(Execution.Expect.COUNT, (main, outcome) -> outcome.count(main.executeUpdate())));
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        int type = ValueConversions.toAltibase(sqlType);
        bind(parameterIndex, null, type, (statement, position, unused) -> statement.setNull(position, type));
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setBoolean(position, (Boolean) value));
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        bind(parameterIndex, x, null, WHOLE_NUMBER);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        bind(parameterIndex, x, null, WHOLE_NUMBER);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        bind(parameterIndex, x, null, WHOLE_NUMBER);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        bind(parameterIndex, x, null, WHOLE_NUMBER);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setFloat(position, (Float) value));
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setDouble(position, (Double) value));
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setBigDecimal(position, (BigDecimal) value));
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setString(position, (String) value));
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setBytes(position, (byte[]) value));
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setDate(position, (Date) value));
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setTime(position, (Time) value));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setTimestamp(position, (Timestamp) value));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setAsciiStream(position, (InputStream) value, length));
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setUnicodeStream(position, (InputStream) value, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setBinaryStream(position, (InputStream) value, length));
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
        bind(
                parameterIndex,
                ValueConversions.toAltibase(x),
                type,
                (statement, position, value) -> statement.setObject(position, value, type));
    }

    /** {@code java.time} values go to Altibase as {@code java.sql} ones ({@link ValueConversions}). */
    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        bind(parameterIndex, ValueConversions.toAltibase(x), null, PreparedStatement::setObject);
    }

    @Override
    public boolean execute() throws SQLException {
        return runPlan(Execution.Expect.EITHER, (main, outcome) -> outcome.either(main.execute()))
                .hasResultSet();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (!plan.isSingleStatement()) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                    "a statement that runs as several statements cannot be batched: " + plan.original());
        }
        main().addBatch();
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setCharacterStream(position, (Reader) value, length));
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setRef(position, (Ref) value));
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setBlob(position, (Blob) value));
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setClob(position, (Clob) value));
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setArray(position, (Array) value));
    }

    /** {@code null} before the main step is prepared (a statement prepared late returns no rows). */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return prepared == null ? null : prepared.getMetaData();
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setDate(position, (Date) value, cal));
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setTime(position, (Time) value, cal));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setTimestamp(position, (Timestamp) value, cal));
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        int type = ValueConversions.toAltibase(sqlType);
        bind(parameterIndex, null, type, (statement, position, unused) -> statement.setNull(position, type, typeName));
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setURL(position, (URL) value));
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
        bind(parameterIndex, x, null, (statement, position, value) -> statement.setRowId(position, (RowId) value));
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        bind(
                parameterIndex,
                value,
                null,
                (statement, position, given) -> statement.setNString(position, (String) given));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        bind(
                parameterIndex,
                value,
                null,
                (statement, position, given) -> statement.setNCharacterStream(position, (Reader) given, length));
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        bind(parameterIndex, value, null, (statement, position, given) -> statement.setNClob(position, (NClob) given));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setClob(position, (Reader) value, length));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        bind(
                parameterIndex,
                inputStream,
                null,
                (statement, position, value) -> statement.setBlob(position, (InputStream) value, length));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setNClob(position, (Reader) value, length));
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        bind(
                parameterIndex,
                xmlObject,
                null,
                (statement, position, value) -> statement.setSQLXML(position, (SQLXML) value));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        int type = ValueConversions.toAltibase(targetSqlType);
        bind(
                parameterIndex,
                ValueConversions.toAltibase(x),
                type,
                (statement, position, value) -> statement.setObject(position, value, type, scaleOrLength));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setAsciiStream(position, (InputStream) value, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setBinaryStream(position, (InputStream) value, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setCharacterStream(position, (Reader) value, length));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setAsciiStream(position, (InputStream) value));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        bind(
                parameterIndex,
                x,
                null,
                (statement, position, value) -> statement.setBinaryStream(position, (InputStream) value));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setCharacterStream(position, (Reader) value));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        bind(
                parameterIndex,
                value,
                null,
                (statement, position, given) -> statement.setNCharacterStream(position, (Reader) given));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader, null, (statement, position, value) -> statement.setClob(position, (Reader) value));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        bind(
                parameterIndex,
                inputStream,
                null,
                (statement, position, value) -> statement.setBlob(position, (InputStream) value));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        bind(
                parameterIndex,
                reader,
                null,
                (statement, position, value) -> statement.setNClob(position, (Reader) value));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        bind(
                parameterIndex,
                ValueConversions.toAltibase(x),
                code(type),
                (statement, position, value) -> statement.setObject(position, value, type, scaleOrLength));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        bind(
                parameterIndex,
                ValueConversions.toAltibase(x),
                code(type),
                (statement, position, value) -> statement.setObject(position, value, type));
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return runPlan(
                        Execution.Expect.COUNT,
                        (main, outcome) -> outcome.count(
                                OlderDrivers.newerOrOlder(main::executeLargeUpdate, () -> (long) main.executeUpdate())))
                .count();
    }
}
