package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.rewrite.StatementPlan;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * A callable statement of this driver ({@link ForwardingCallableStatement}). Parameters by position follow
 * the plan's mapping, for OUT parameters as for IN parameters; parameters by name go straight to the
 * Altibase statement.
 * {@code NUMERIC}/{@code DECIMAL} OUT values by position come back with their scale: the one given to
 * {@code registerOutParameter}, else the parameter's declared one ({@link DecimalScales}); values are
 * converted as {@link ValueConversions} says, in and out.
 */
public class PortableCallableStatement extends ForwardingCallableStatement {
    private final CallableStatement callable;
    /** Scales given to {@code registerOutParameter}, by Altibase position; {@code null} until one is. */
    private Map<Integer, Integer> registeredScales;
    /** The declared scales of the parameters, by Altibase position; {@code null} until needed. */
    private DecimalScales declaredScales;

    PortableCallableStatement(PortableConnection connection, CallableStatement callable, StatementPlan plan) {
        super(connection, callable, plan);
        this.callable = callable;
    }

    @Override
    CallableStatement callable() {
        return callable;
    }

    /** The Altibase position of the application's parameter {@code parameterIndex}. */
    @Override
    int position(int parameterIndex) throws SQLException {
        return mapping == null ? parameterIndex : firstTarget(mapping, parameterIndex);
    }

    @Override
    public void registerOutParameter(int parameterIndex, int sqlType, int scale) throws SQLException {
        callable.registerOutParameter(position(parameterIndex), sqlType, scale);
        registerScale(position(parameterIndex), sqlType, scale);
    }

    private void registerScale(int position, int sqlType, int scale) {
        if (sqlType == Types.NUMERIC || sqlType == Types.DECIMAL) {
            if (registeredScales == null) {
                registeredScales = new HashMap<>();
            }
            registeredScales.put(position, scale);
        }
    }

    /**
     * {@code value} of the OUT parameter at Altibase position {@code position} with its scale. When the
     * driver cannot describe the parameters, values are returned as it gives them.
     */
    private BigDecimal scaled(int position, BigDecimal value) throws SQLException {
        if (value == null) {
            return null;
        }
        Integer registered = registeredScales == null ? null : registeredScales.get(position);
        if (registered != null) {
            return value.scale() < registered ? value.setScale(registered) : value;
        }
        if (declaredScales == null) {
            try {
                declaredScales = DecimalScales.of(callable.getParameterMetaData());
            } catch (SQLException cannotDescribe) {
                declaredScales = DecimalScales.EMPTY;
            }
        }
        return declaredScales.restore(position, value);
    }

    @Override
    public Object getObject(int parameterIndex) throws SQLException {
        int position = position(parameterIndex);
        Object value = callable.getObject(position);
        return value instanceof BigDecimal decimal ? scaled(position, decimal) : value;
    }

    @Override
    public BigDecimal getBigDecimal(int parameterIndex) throws SQLException {
        int position = position(parameterIndex);
        return scaled(position, callable.getBigDecimal(position));
    }

    @Override
    public void setObject(String parameterName, Object x, int targetSqlType, int scale) throws SQLException {
        callable.setObject(
                parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType), scale);
    }

    @Override
    public void setObject(String parameterName, Object x, int targetSqlType) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType));
    }

    @Override
    public void setObject(String parameterName, Object x) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x));
    }

    @Override
    public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
        if (type == String.class) {
            return type.cast(getString(parameterIndex));
        }
        return ValueConversions.covers(type)
                ? ValueConversions.read(getObject(parameterIndex), type, parameterIndex)
                : callable.getObject(position(parameterIndex), type);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType targetSqlType, int scaleOrLength)
            throws SQLException {
        callable.setObject(
                parameterName,
                ValueConversions.toAltibase(x),
                ValueConversions.toAltibase(targetSqlType),
                scaleOrLength);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType targetSqlType) throws SQLException {
        callable.setObject(parameterName, ValueConversions.toAltibase(x), ValueConversions.toAltibase(targetSqlType));
    }

    @Override
    public void registerOutParameter(int parameterIndex, SQLType sqlType, int scale) throws SQLException {
        callable.registerOutParameter(position(parameterIndex), sqlType, scale);
        if (sqlType != null && sqlType.getVendorTypeNumber() != null) {
            registerScale(position(parameterIndex), sqlType.getVendorTypeNumber(), scale);
        }
    }
}
