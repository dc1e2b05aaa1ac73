package io.github.altibaseportable.flyway;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.database.base.Schema;
import org.flywaydb.core.internal.jdbc.JdbcTemplate;

/**
 * An Altibase schema, which is a user: it exists when the user does, and holds the user's tables,
 * views, materialized views, sequences and stored procedures and functions (all read from the
 * {@code SYSTEM_} meta tables). Flyway cannot create or drop it (that is {@code CREATE USER} /
 * {@code DROP USER}, with a password and privileges Flyway does not know); {@code clean} drops every
 * object in it.
 */
final class AltibaseSchema extends Schema<AltibaseDatabase, AltibaseTable> {
    private static final String USER_EXISTS = "SELECT COUNT(*) FROM SYSTEM_.SYS_USERS_ WHERE USER_NAME = ?";
    private static final String OBJECTS_OF_TYPE = "SELECT T.TABLE_NAME FROM SYSTEM_.SYS_TABLES_ T"
            + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID WHERE U.USER_NAME = ? AND T.TABLE_TYPE = ?"
            + " ORDER BY T.TABLE_NAME";
    private static final String OBJECT_COUNT = "SELECT COUNT(*) FROM SYSTEM_.SYS_TABLES_ T"
            + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID WHERE U.USER_NAME = ?"
            + " AND T.TABLE_TYPE IN ('T', 'V', 'M', 'S')";
    private static final String ROUTINES = "SELECT P.PROC_NAME FROM SYSTEM_.SYS_PROCEDURES_ P"
            + " JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = P.USER_ID WHERE U.USER_NAME = ? AND P.OBJECT_TYPE = ?"
            + " ORDER BY P.PROC_NAME";

    AltibaseSchema(JdbcTemplate jdbcTemplate, AltibaseDatabase database, String name) {
        super(jdbcTemplate, database, name);
    }

    @Override
    protected boolean doExists() throws SQLException {
        return jdbcTemplate.queryForInt(USER_EXISTS, name) > 0;
    }

    @Override
    protected boolean doEmpty() throws SQLException {
        return jdbcTemplate.queryForInt(OBJECT_COUNT, name) == 0;
    }

    @Override
    protected void doCreate() {
        throw new FlywayException("Flyway cannot create Altibase schema " + name + ": a schema is a user; create it"
                + " with CREATE USER " + name + " IDENTIFIED BY ... and grant it what the migrations need");
    }

    @Override
    protected void doDrop() {
        throw new FlywayException(
                "Flyway does not drop Altibase schema " + name + " (a user); use DROP USER " + name + " CASCADE");
    }

    @Override
    protected void doClean() throws SQLException {
        drop("VIEW", names(OBJECTS_OF_TYPE, "V"), "");
        drop("MATERIALIZED VIEW", names(OBJECTS_OF_TYPE, "M"), "");
        drop("TABLE", names(OBJECTS_OF_TYPE, "T"), " CASCADE CONSTRAINTS");
        drop("SEQUENCE", names(OBJECTS_OF_TYPE, "S"), "");
        drop("PROCEDURE", names(ROUTINES, "0"), "");
        drop("FUNCTION", names(ROUTINES, "1"), "");
    }

    private List<String> names(String query, String type) throws SQLException {
        return jdbcTemplate.queryForStringList(query, name, type);
    }

    private void drop(String kind, List<String> objects, String suffix) throws SQLException {
        for (String object : objects) {
            jdbcTemplate.execute("DROP " + kind + " " + database.quote(name, object) + suffix);
        }
    }

    @Override
    protected AltibaseTable[] doAllTables() throws SQLException {
        return names(OBJECTS_OF_TYPE, "T").stream().map(this::getTable).toArray(AltibaseTable[]::new);
    }

    @Override
    public AltibaseTable getTable(String tableName) {
        return new AltibaseTable(jdbcTemplate, database, this, tableName);
    }
}
