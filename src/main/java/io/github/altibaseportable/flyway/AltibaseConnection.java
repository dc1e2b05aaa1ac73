package io.github.altibaseportable.flyway;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.database.base.Connection;
import org.flywaydb.core.internal.database.base.Schema;

/**
 * A Flyway connection to Altibase. The current schema is the connected user, and it cannot be
 * changed: Altibase has no statement that switches the schema of unqualified names.
 */
final class AltibaseConnection extends Connection<AltibaseDatabase> {

    AltibaseConnection(AltibaseDatabase database, java.sql.Connection connection) {
        super(database, connection);
    }

    @Override
    protected String getCurrentSchemaNameOrSearchPath() throws SQLException {
        return jdbcTemplate.queryForString("SELECT USER_NAME() FROM DUAL");
    }

    @Override
    protected void doChangeCurrentSchemaOrSearchPathTo(String schema) throws SQLException {
        if (!schema.equals(getCurrentSchemaNameOrSearchPath())) {
            throw new FlywayException("Altibase cannot switch the current schema to " + schema
                    + ": connect as that user, or leave Flyway's defaultSchema unset");
        }
    }

    @Override
    public Schema<?, ?> getSchema(String name) {
        return new AltibaseSchema(jdbcTemplate, database, name);
    }
}
