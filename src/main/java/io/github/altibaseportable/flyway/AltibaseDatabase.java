package io.github.altibaseportable.flyway;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;

/**
 * An Altibase database as Flyway sees it: a schema is a user, DDL commits the open transaction, and
 * booleans are the numbers 1 and 0. The schema history table uses only types every 7.x server has
 * ({@code DATE}, which keeps microseconds, for {@code installed_on}).
 */
final class AltibaseDatabase extends Database<AltibaseConnection> {

    AltibaseDatabase(
            Configuration configuration,
            JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        super(configuration, jdbcConnectionFactory, statementInterceptor);
    }

    @Override
    protected AltibaseConnection doGetConnection(Connection connection) {
        return new AltibaseConnection(this, connection);
    }

    @Override
    public void ensureSupported(Configuration configuration) {
        ensureDatabaseIsRecentEnough("7.1");
    }

    @Override
    public boolean supportsDdlTransactions() {
        return false;
    }

    @Override
    public String getBooleanTrue() {
        return "1";
    }

    @Override
    public String getBooleanFalse() {
        return "0";
    }

    @Override
    public boolean catalogIsSchema() {
        return false;
    }

    @Override
    @SuppressWarnings("rawtypes") // Flyway declares the parameter with the raw type: an override must too
    public String getRawCreateScript(Table table, boolean baseline) {
        String name = table.getName();
        return "CREATE TABLE " + table + " (\n"
                + "    " + quote("installed_rank") + " INTEGER NOT NULL,\n"
                + "    " + quote("version") + " VARCHAR(50),\n"
                + "    " + quote("description") + " VARCHAR(200) NOT NULL,\n"
                + "    " + quote("type") + " VARCHAR(20) NOT NULL,\n"
                + "    " + quote("script") + " VARCHAR(1000) NOT NULL,\n"
                + "    " + quote("checksum") + " INTEGER,\n"
                + "    " + quote("installed_by") + " VARCHAR(100) NOT NULL,\n"
                + "    " + quote("installed_on") + " DATE DEFAULT SYSDATE NOT NULL,\n"
                + "    " + quote("execution_time") + " INTEGER NOT NULL,\n"
                + "    " + quote("success") + " SMALLINT NOT NULL,\n"
                + "    CONSTRAINT " + quote(name + "_pk") + " PRIMARY KEY (" + quote("installed_rank") + ")\n"
                + ");\n"
                + "CREATE INDEX " + quote(table.getSchema().getName(), name + "_s_idx") + " ON " + table
                + " (" + quote("success") + ");\n"
                + (baseline ? getBaselineStatement(table) + ";\n" : "");
    }
}
