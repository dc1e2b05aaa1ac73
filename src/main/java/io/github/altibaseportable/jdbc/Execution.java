package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What one execution of a statement leaves: its outcome as the caller expects it ({@link Expect}), the result
 * the driver answers itself, the generated keys it found, the wrapper of the result set being read, and the
 * Altibase statement the results are read from when it is not the statement's own (another form of a
 * prepared statement). A statement replaces its execution at one place, {@link PortableStatement#execute},
 * which first closes what the previous one left.
 */
final class Execution {
    /** What the caller of an execute method expects back. */
    enum Expect {
        /** {@code executeQuery}: a result set; a statement whose main step is skipped is an error. */
        ROWS,
        /** {@code execute}: whether the first result is a result set. */
        EITHER,
        /** {@code executeUpdate}, {@code executeLargeUpdate}, a batch: update counts. */
        COUNT
    }

    private final Expect expect;
    /** The result the driver answers itself; {@code null}: ask the Altibase statement. */
    OwnResult own;
    /** The keys the driver found; {@code null}: ask the Altibase statement. */
    PortableResultSet keys;
    /** The Altibase statement the results are read from, when it is not the statement's own; else {@code null}. */
    PreparedStatement form;
    /** The wrapper of the Altibase result set last wrapped: the same wrapper for the same result set. */
    PortableResultSet wrapped;

    private ResultSet resultSet;
    private boolean hasResultSet;
    private long count;
    private long[] counts;

    Execution(Expect expect) {
        this.expect = expect;
    }

    boolean expects(Expect what) {
        return expect == what;
    }

    /** The main step gave {@code rows} (wrapped). */
    void rows(ResultSet rows) {
        resultSet = rows;
        hasResultSet = true;
    }

    /** The main step's {@code execute} said whether its first result is a result set. */
    void either(boolean isResultSet) {
        hasResultSet = isResultSet;
    }

    /** The main step changed {@code rows} rows. */
    void count(long rows) {
        count = rows;
    }

    /** A batch ran with these update counts. */
    void counts(long[] each) {
        counts = each;
    }

    /** The driver answers the result itself: {@code rows} changed, by a statement it ran in another form. */
    void answerCount(long rows) {
        own = OwnResult.count(rows);
        count = rows;
    }

    /** The driver answers the result itself with {@code rows}: the keys of a RETURNING statement. */
    void answerRows(PortableResultSet rows) {
        own = OwnResult.rows(rows);
        rows(rows);
    }

    /**
     * The main step was skipped (a catalog condition) or carried out by the connection: 0 rows and no result
     * set, which a caller that expects one gets as an error.
     */
    void skipped() throws SQLException {
        if (expect == Expect.ROWS) {
            throw SqlState.GENERAL_ERROR.exception("the statement returns no result set: its main step is skipped by"
                    + " a catalog condition or carried out by the connection");
        }
        own = OwnResult.count(0);
        count = 0;
        hasResultSet = false;
    }

    ResultSet resultSet() {
        return resultSet;
    }

    boolean hasResultSet() {
        return hasResultSet;
    }

    long count() {
        return count;
    }

    long[] counts() {
        return counts;
    }

    /**
     * Closes what this execution left that the driver holds itself: the keys it found (also the rows of a
     * RETURNING statement). The Altibase statement closes its own result sets when it runs again or closes.
     */
    void close() throws SQLException {
        if (keys != null) {
            keys.close();
        }
    }
}
