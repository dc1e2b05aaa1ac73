package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.rewrite.ParameterMapping;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/** Parameter metadata in the application's parameter numbering, for a rewrite that moved parameters. */
final class PortableParameterMetaData extends ForwardingParameterMetaData {
    private final ParameterMetaData delegate;
    private final ParameterMapping mapping;

    PortableParameterMetaData(ParameterMetaData delegate, ParameterMapping mapping) {
        this.delegate = delegate;
        this.mapping = mapping;
    }

    @Override
    ParameterMetaData delegate() {
        return delegate;
    }

    /** The rewritten statement's position of the application's parameter {@code param}. */
    @Override
    int position(int param) throws SQLException {
        return PortablePreparedStatement.firstTarget(mapping, param);
    }

    @Override
    public int getParameterCount() throws SQLException {
        return mapping.originalCount();
    }
}
