package io.github.altibaseportable.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.Statement;

import io.github.altibaseportable.rewrite.StatementPlan;

/**
 * A prepared statement that also records the application's binds ({@link RecordedRow}), so that the
 * statement can run in another form than the one prepared: with generated keys
 * ({@link KeyedPreparedStatement}) or with casts typed by the values bound
 * ({@link BindTypedPreparedStatement}). Binds still go to the Altibase statement as usual.
 */
abstract class RecordingPreparedStatement extends PortablePreparedStatement {
    /** The binds of the execution being prepared, by the application's parameter number. */
    final RecordedRow current = new RecordedRow();

    RecordingPreparedStatement(PortableConnection connection, PreparedStatement prepared, Statement standIn,
                               StatementPlan plan, Preparer preparer) {
        super(connection, prepared, standIn, plan, preparer);
    }

    /** The binds recorded while the main step was not prepared, made on it now that it is. */
    @Override
    void preparedLate(PreparedStatement main) throws SQLException {
        current.replay(main, mapping);
    }

    /** Where the application's parameter goes in the statement as planned. */
    int[] positions(int parameter) {
        return mapping == null ? new int[] {parameter} : mapping.targets(parameter);
    }

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
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        super.setNull(parameterIndex, sqlType);
        int type = ValueConversions.toAltibase(sqlType);
        current.record(parameterIndex, null, type, (statement, position) -> statement.setNull(position, type));
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        super.setNull(parameterIndex, sqlType, typeName);
        int type = ValueConversions.toAltibase(sqlType);
        current.record(parameterIndex, null, type, (statement, position) -> statement.setNull(position, type, typeName));
    }

    // The setObject calls are recorded as they went to Altibase: with java.time values converted.

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        super.setObject(parameterIndex, x, targetSqlType);
        Object value = ValueConversions.toAltibase(x);
        int type = ValueConversions.toAltibase(targetSqlType);
        current.record(parameterIndex, value, type, (statement, position) -> statement.setObject(position, value, type));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        super.setObject(parameterIndex, x, targetSqlType, scaleOrLength);
        Object value = ValueConversions.toAltibase(x);
        int type = ValueConversions.toAltibase(targetSqlType);
        current.record(parameterIndex, value, type,
                (statement, position) -> statement.setObject(position, value, type, scaleOrLength));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        super.setObject(parameterIndex, x, targetSqlType);
        Object value = ValueConversions.toAltibase(x);
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        recordTyped(parameterIndex, value, type, (statement, position) -> statement.setObject(position, value, type));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        super.setObject(parameterIndex, x, targetSqlType, scaleOrLength);
        Object value = ValueConversions.toAltibase(x);
        SQLType type = ValueConversions.toAltibase(targetSqlType);
        recordTyped(parameterIndex, value, type,
                (statement, position) -> statement.setObject(position, value, type, scaleOrLength));
    }

    private void recordTyped(int parameterIndex, Object x, SQLType type, RecordedRow.Call call) {
        if (type != null && type.getVendorTypeNumber() != null) {
            current.record(parameterIndex, x, type.getVendorTypeNumber(), call);
        } else {
            current.record(parameterIndex, x, call);
        }
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
}
