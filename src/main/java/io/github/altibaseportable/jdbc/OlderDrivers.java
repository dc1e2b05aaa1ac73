package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;

/**
 * Calls of JDBC 4 methods on the Altibase driver, which an older Altibase driver (written to the JDBC 3
 * API) lacks: the JDBC default method throws {@link UnsupportedOperationException} (the {@code Large}
 * methods), the driver throws {@link SQLFeatureNotSupportedException}, or the JVM throws
 * {@link AbstractMethodError} (a method the driver's classes were compiled without, such as
 * {@code isValid}). Each such call falls back to what JDBC 3 offers, or fails cleanly with an
 * {@link SQLFeatureNotSupportedException}; no {@link Error} reaches the application (docs/altibase.md,
 * "Altibase JDBC drivers").
 */
final class OlderDrivers {
    /** A call on the Altibase driver. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws SQLException;
    }

    private OlderDrivers() {}

    /** The result of {@code newer}, or of {@code older} when the Altibase driver does not implement {@code newer}. */
    static <T> T newerOrOlder(Call<T> newer, Call<T> older) throws SQLException {
        try {
            return newer.call();
        } catch (UnsupportedOperationException | AbstractMethodError | SQLFeatureNotSupportedException missing) {
            return older.call();
        }
    }

    /**
     * The result of {@code newer}, or an {@link SQLFeatureNotSupportedException} naming {@code method} when
     * the Altibase driver does not implement it.
     */
    static <T> T newerOrUnsupported(Call<T> newer, String method) throws SQLException {
        return newerOrOlder(newer, () -> {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                    "the Altibase JDBC driver on the class path does not implement " + method);
        });
    }

    /** JDBC 3 batch counts as JDBC 4.2 {@code long} counts. */
    static long[] widen(int[] counts) {
        return Arrays.stream(counts).asLongStream().toArray();
    }
}
