package io.github.altibaseportable.stub;

import java.sql.JDBCType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/** The parameters of a {@link StubPreparedStatement}: one per {@code ?}, typed as the test declared them. */
public final class StubParameterMetaData implements ParameterMetaData, StubWrapper {
    private final StubPreparedStatement statement;

    StubParameterMetaData(StubPreparedStatement statement) {
        this.statement = statement;
    }

    private int type(int param) throws SQLException {
        statement.checkIndex(param);
        return statement.declaredType(param);
    }

    @Override
    public int getParameterCount() {
        return statement.parameterCount();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        int type = type(param);
        return type == java.sql.Types.INTEGER
                || type == java.sql.Types.BIGINT
                || type == java.sql.Types.SMALLINT
                || type == java.sql.Types.NUMERIC
                || type == java.sql.Types.DECIMAL
                || type == java.sql.Types.DOUBLE;
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        type(param);
        return 0;
    }

    @Override
    public int getScale(int param) throws SQLException {
        type(param);
        return statement.declaredScale(param);
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return type(param);
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        return JDBCType.valueOf(type(param)).getName();
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        type(param);
        return Object.class.getName();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
    }
}
