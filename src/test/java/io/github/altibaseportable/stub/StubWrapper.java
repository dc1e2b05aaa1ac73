package io.github.altibaseportable.stub;

import java.sql.SQLException;
import java.sql.Wrapper;

/** {@code unwrap} and {@code isWrapperFor} of a stub object: it wraps nothing, so it unwraps only to itself. */
interface StubWrapper extends Wrapper {
    @Override
    default <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException(getClass().getSimpleName() + " does not wrap a " + iface.getName(), "HY000");
    }

    @Override
    default boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
