package io.github.altibaseportable.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;

import io.github.altibaseportable.rewrite.ParameterMapping;

/** Parameter metadata in the application's parameter numbering, for a rewrite that moved parameters. */
final class PortableParameterMetaData implements ParameterMetaData {
    private final ParameterMetaData delegate;
    private final ParameterMapping mapping;

    PortableParameterMetaData(ParameterMetaData delegate, ParameterMapping mapping) {
        this.delegate = delegate;
        this.mapping = mapping;
    }

    /** The rewritten statement's position of the application's parameter {@code param}. */
    private int at(int param) throws SQLException {
        return PortablePreparedStatement.firstTarget(mapping, param);
    }

    @Override
    public int getParameterCount() throws SQLException {
        return mapping.originalCount();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        return delegate.isNullable(at(param));
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        return delegate.isSigned(at(param));
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        return delegate.getPrecision(at(param));
    }

    @Override
    public int getScale(int param) throws SQLException {
        return delegate.getScale(at(param));
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return delegate.getParameterType(at(param));
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        return delegate.getParameterTypeName(at(param));
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return delegate.getParameterClassName(at(param));
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        return delegate.getParameterMode(at(param));
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, delegate, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return Wrappers.isWrapperFor(this, delegate, iface);
    }
}
