package io.github.altibaseportable.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The result of an execution that the driver answers itself rather than the Altibase statement, which
 * did not run it: a statement skipped by its guard or carried out by the connection (0 rows), an INSERT
 * run on another statement (its count), or the rows of a RETURNING statement. It follows the JDBC result
 * loop: one result, then {@code getMoreResults} false, no result set and an update count of -1.
 */
final class OwnResult {
    private ResultSet rows;
    private long count;

    private OwnResult(ResultSet rows, long count) {
        this.rows = rows;
        this.count = count;
    }

    /** An update count as the result. */
    static OwnResult count(long count) {
        return new OwnResult(null, count);
    }

    /** A result set as the result. */
    static OwnResult rows(ResultSet rows) {
        return new OwnResult(rows, -1);
    }

    /** The current result set, or {@code null}. */
    ResultSet resultSet() {
        return rows;
    }

    /** The current update count: -1 while a result set is current or after the last result. */
    long updateCount() {
        return count;
    }

    /** Moves past the one result, closing its rows unless {@code current} keeps them; there are no more. */
    boolean next(int current) throws SQLException {
        ResultSet previous = rows;
        rows = null;
        count = -1;
        if (previous != null && current != Statement.KEEP_CURRENT_RESULT) {
            previous.close();
        }
        return false;
    }
}
