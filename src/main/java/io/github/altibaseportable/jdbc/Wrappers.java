package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * {@code unwrap} and {@code isWrapperFor} for every wrapper: the wrapper itself, then the Altibase object
 * ({@code null} when there is none). A {@code null} interface is no interface: {@code unwrap} refuses it
 * (SQLState HY009), {@code isWrapperFor} answers {@code false}.
 */
final class Wrappers {
    private Wrappers() {}

    /** {@code wrapper} or {@code delegate} as {@code iface}, or else what the delegate unwraps to. */
    static <T> T unwrap(Object wrapper, Wrapper delegate, Class<T> iface) throws SQLException {
        if (iface == null) {
            throw SqlState.INVALID_USE_OF_NULL_POINTER.exception("unwrap needs an interface, not null");
        }
        if (iface.isInstance(wrapper)) {
            return iface.cast(wrapper);
        }
        if (delegate == null) {
            throw SqlState.GENERAL_ERROR.exception("not a wrapper for " + iface.getName());
        }
        if (iface.isInstance(delegate)) {
            return iface.cast(delegate);
        }
        return delegate.unwrap(iface);
    }

    /** Whether {@link #unwrap} gives an object for {@code iface}. */
    static boolean isWrapperFor(Object wrapper, Wrapper delegate, Class<?> iface) throws SQLException {
        return iface != null
                && (iface.isInstance(wrapper)
                        || (delegate != null && (iface.isInstance(delegate) || delegate.isWrapperFor(iface))));
    }
}
