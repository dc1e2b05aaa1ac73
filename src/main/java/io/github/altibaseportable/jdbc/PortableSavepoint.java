package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A savepoint of a {@link PortableConnection}: its JDBC identity (a number for an unnamed one, the
 * application's name for a named one) and the quoted name the {@code SAVEPOINT} statement used.
 */
final class PortableSavepoint implements Savepoint {
    private final Savepoints owner;
    private final int id;
    private final String name;

    PortableSavepoint(Savepoints owner, int id, String name) {
        this.owner = owner;
        this.id = id;
        this.name = name;
    }

    Savepoints owner() {
        return owner;
    }

    /** The name as the SQL statements spell it: quoted, so that its case is kept. */
    String sqlName() {
        return "\"" + (name == null ? "PORTABLE_SP_" + id : name) + "\"";
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("a named savepoint has no id");
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("an unnamed savepoint has no name");
        }
        return name;
    }

    @Override
    public String toString() {
        return "PortableSavepoint[" + sqlName() + "]";
    }
}
