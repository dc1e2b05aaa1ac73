package io.github.altibaseportable.keys;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.IntFunction;

/**
 * The values an application bound for one execution of a prepared statement, kept so that they can be
 * read (an explicit key value) and bound again on another form of the statement.
 */
public interface BoundRow {

    /** The value bound to parameter {@code parameter} (1-based, the application's numbering). */
    Object value(int parameter);

    /** Makes every bind call again on {@code statement}, parameter {@code p} at each of {@code positions.apply(p)}. */
    void bindTo(PreparedStatement statement, IntFunction<int[]> positions) throws SQLException;
}
