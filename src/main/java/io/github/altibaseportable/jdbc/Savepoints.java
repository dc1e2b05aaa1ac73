package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The savepoints of one connection's current transaction. Setting and rolling back send
 * {@code SAVEPOINT "name"} and {@code ROLLBACK TO SAVEPOINT "name"}; releasing sends nothing
 * (Altibase has no {@code RELEASE SAVEPOINT}) but forgets the savepoint and those set after it, as
 * JDBC says. In autocommit mode, where Altibase rejects savepoints, setting or rolling back is an
 * {@link SQLException} with SQLState {@code 25000}; a savepoint that is not valid in the current
 * transaction (released, rolled back past, ended by commit or rollback, or of another connection) is
 * one with SQLState {@code 3B001}. Nothing is sent in either case.
 */
final class Savepoints {
    /** What Altibase's own driver accepts as a savepoint name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Connection delegate;
    private final AtomicInteger nextId = new AtomicInteger(1);
    /** The valid savepoints, oldest first; guarded by itself, never held during I/O. */
    private final List<PortableSavepoint> active = new ArrayList<>();

    Savepoints(Connection delegate) {
        this.delegate = delegate;
    }

    Savepoint set(String name) throws SQLException {
        if (name != null && !NAME.matcher(name).matches()) {
            throw SqlState.INVALID_SAVEPOINT_SPECIFICATION.exception(
                    "savepoint name '" + name + "' must be a letter or _ followed by letters, digits and _");
        }
        requireTransaction("set a savepoint");
        PortableSavepoint savepoint = new PortableSavepoint(this, nextId.getAndIncrement(), name);
        execute("SAVEPOINT " + savepoint.sqlName());
        synchronized (active) {
            active.add(savepoint);
        }
        return savepoint;
    }

    void rollbackTo(Savepoint savepoint) throws SQLException {
        requireTransaction("roll back to a savepoint");
        PortableSavepoint valid = valid(savepoint);
        execute("ROLLBACK TO SAVEPOINT " + valid.sqlName());
        forgetAfter(valid, false);
    }

    void release(Savepoint savepoint) throws SQLException {
        forgetAfter(valid(savepoint), true);
    }

    /** The transaction ended (commit, rollback, autocommit switched on): no savepoint is valid any more. */
    void transactionEnded() {
        synchronized (active) {
            active.clear();
        }
    }

    private void requireTransaction(String what) throws SQLException {
        if (delegate.getAutoCommit()) {
            throw SqlState.INVALID_TRANSACTION_STATE.exception("cannot " + what + " in autocommit mode");
        }
    }

    private PortableSavepoint valid(Savepoint savepoint) throws SQLException {
        if (savepoint instanceof PortableSavepoint portableSavepoint && portableSavepoint.owner() == this) {
            synchronized (active) {
                if (active.contains(savepoint)) {
                    return portableSavepoint;
                }
            }
        }
        throw SqlState.INVALID_SAVEPOINT_SPECIFICATION.exception(
                savepoint + " is not a valid savepoint of this connection's " + "current transaction");
    }

    /** Forgets the savepoints set after {@code savepoint}, and {@code savepoint} itself if {@code inclusive}. */
    private void forgetAfter(PortableSavepoint savepoint, boolean inclusive) {
        synchronized (active) {
            int index = active.indexOf(savepoint);
            if (index >= 0) {
                active.subList(inclusive ? index : index + 1, active.size()).clear();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = delegate.createStatement()) {
            statement.execute(sql);
        }
    }
}
