package io.github.altibaseportable.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.github.altibaseportable.SqlState;

/**
 * The generated keys the driver found, held in memory by a {@code CachedRowSet}, which cannot tell
 * whether it was closed: this wrapper keeps track of that itself.
 */
final class GeneratedKeysResultSet extends PortableResultSet {
    private final PortableStatement statement;
    private volatile boolean closed;

    GeneratedKeysResultSet(PortableStatement statement, ResultSet keys) {
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

    @Override
    public Statement getStatement() throws SQLException {
        if (closed) {
            throw SqlState.INVALID_CURSOR_STATE.exception("result set is closed");
        }
        return statement;
    }
}
