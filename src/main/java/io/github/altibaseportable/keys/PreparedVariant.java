package io.github.altibaseportable.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Another form of a prepared statement, prepared on Altibase: the one a keyed statement runs its
 * batches on when its keys are drawn beforehand, or the one a statement typed by its binds runs for the
 * types bound. Prepared once, kept while its SQL stays the same, closed with the statement that owns it.
 */
public final class PreparedVariant implements AutoCloseable {
    private String sql;
    private PreparedStatement statement;

    /** The statement for {@code text} on {@code altibase}: the one kept, or a new one. */
    public PreparedStatement prepare(Connection altibase, String text) throws SQLException {
        if (statement == null || !text.equals(sql)) {
            close();
            statement = altibase.prepareStatement(text);
            sql = text;
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            PreparedStatement closing = statement;
            statement = null;
            sql = null;
            closing.close();
        }
    }
}
