package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A result the driver holds in memory: the generated keys it found, or another result it completed (such as
 * the catalog's columns for an older Altibase driver). A {@code CachedRowSet} holds the rows and cannot tell
 * whether it was closed: this wrapper keeps track of that itself.
 */
final class InMemoryResultSet extends PortableResultSet {
    private final PortableStatement statement;
    private volatile boolean closed;

    InMemoryResultSet(PortableStatement statement, ResultSet keys) {
        super(statement, keys);
        this.statement = statement;
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        super.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Moving to a row of a closed result set (closed itself or with its statement) is an error, as for any result set. */
    @Override
    public boolean next() throws SQLException {
        checkOpen();
        return super.next();
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlState.INVALID_CURSOR_STATE.exception("result set is closed");
        }
    }
}
