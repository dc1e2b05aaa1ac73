package io.github.altibaseportable.flyway;

import io.github.altibaseportable.catalog.Catalog;
import io.github.altibaseportable.rewrite.Guard;
import java.sql.SQLException;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcTemplate;

/** An Altibase table as Flyway sees it; locking takes an exclusive table lock for the transaction. */
final class AltibaseTable extends Table<AltibaseDatabase, AltibaseSchema> {

    AltibaseTable(JdbcTemplate jdbcTemplate, AltibaseDatabase database, AltibaseSchema schema, String name) {
        super(jdbcTemplate, database, schema, name);
    }

    @Override
    protected boolean doExists() throws SQLException {
        return Catalog.exists(jdbcTemplate.getConnection(), Guard.ObjectType.TABLE, schema.getName(), name);
    }

    @Override
    protected void doLock() throws SQLException {
        jdbcTemplate.execute("LOCK TABLE " + this + " IN EXCLUSIVE MODE");
    }

    @Override
    protected void doDrop() throws SQLException {
        jdbcTemplate.execute("DROP TABLE " + this + " CASCADE CONSTRAINTS");
    }
}
