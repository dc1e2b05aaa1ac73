package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Parameter metadata of a statement not yet prepared on Altibase (see {@link PortablePreparedStatement}):
 * the number of parameters from the plan, each an IN parameter of unknown nullability; what only Altibase
 * can tell (types, precision) is {@link SQLFeatureNotSupportedException} until the statement has run.
 */
final class PlannedParameterMetaData implements ParameterMetaData {
    private final int count;

    PlannedParameterMetaData(int count) {
        this.count = count;
    }

    private void check(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception(
                    "parameter index " + param + " is out of range 1.." + count);
        }
    }

    private SQLException unknown(int param) throws SQLException {
        check(param);
        return SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception("the type of parameter " + param
                + " is known once the statement has run: it is prepared on Altibase when it first runs");
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        check(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public int getScale(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        throw unknown(param);
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
        return parameterModeIn;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, null, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return Wrappers.isWrapperFor(this, null, iface);
    }
}
