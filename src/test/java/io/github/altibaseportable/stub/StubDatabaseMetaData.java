package io.github.altibaseportable.stub;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Database metadata of a {@link StubConnection}: it names itself Altibase 7.3, reports Altibase's
 * transaction behaviour (DDL commits), and answers catalog queries with empty result sets carrying
 * the JDBC column names; those result sets have no statement. {@link #onGetColumns} scripts the rows
 * of {@code getColumns}, which is logged as {@code "getColumns(<catalog>, <schema>, <table>, <column>)"}.
 */
public final class StubDatabaseMetaData implements UnsupportedDatabaseMetaData {
    /** The columns of {@code getColumns}, as JDBC names them (and the Altibase driver returns them). */
    public static final List<String> COLUMNS_COLUMNS = List.of(
            "TABLE_CAT",
            "TABLE_SCHEM",
            "TABLE_NAME",
            "COLUMN_NAME",
            "DATA_TYPE",
            "TYPE_NAME",
            "COLUMN_SIZE",
            "BUFFER_LENGTH",
            "DECIMAL_DIGITS",
            "NUM_PREC_RADIX",
            "NULLABLE",
            "REMARKS",
            "COLUMN_DEF",
            "SQL_DATA_TYPE",
            "SQL_DATETIME_SUB",
            "CHAR_OCTET_LENGTH",
            "ORDINAL_POSITION",
            "IS_NULLABLE",
            "SCOPE_CATALOG",
            "SCOPE_SCHEMA",
            "SCOPE_TABLE",
            "SOURCE_DATA_TYPE",
            "IS_AUTOINCREMENT",
            "IS_GENERATEDCOLUMN");

    private final StubConnection connection;
    private volatile StubRows columns = StubRows.columns(COLUMNS_COLUMNS.toArray(new String[0]));

    StubDatabaseMetaData(StubConnection connection) {
        this.connection = connection;
    }

    private void checkOpen() throws SQLException {
        if (connection.isClosed()) {
            throw new SQLException("connection is closed", "08003");
        }
    }

    private ResultSet empty(String... columns) throws SQLException {
        checkOpen();
        return new StubResultSet(null, StubRows.columns(columns));
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    @Override
    public String getUserName() {
        return connection.properties().getProperty("user");
    }

    @Override
    public String getDatabaseProductName() {
        return "Altibase";
    }

    @Override
    public String getDatabaseProductVersion() {
        return "7.3.0.0.0 (stub)";
    }

    @Override
    public int getDatabaseMajorVersion() {
        return 7;
    }

    @Override
    public int getDatabaseMinorVersion() {
        return 3;
    }

    @Override
    public String getDriverName() {
        return "StubDriver";
    }

    @Override
    public String getDriverVersion() {
        return "7.3";
    }

    @Override
    public int getDriverMajorVersion() {
        return 7;
    }

    @Override
    public int getDriverMinorVersion() {
        return 3;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 2;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "\"";
    }

    @Override
    public String getSQLKeywords() {
        return "";
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return true;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return true;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        return empty(
                "TABLE_CAT",
                "TABLE_SCHEM",
                "TABLE_NAME",
                "TABLE_TYPE",
                "REMARKS",
                "TYPE_CAT",
                "TYPE_SCHEM",
                "TYPE_NAME",
                "SELF_REFERENCING_COL_NAME",
                "REF_GENERATION");
    }

    /** {@code getColumns} returns {@code rows} from now on, whatever it is asked. */
    public StubDatabaseMetaData onGetColumns(StubRows rows) {
        columns = rows;
        return this;
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
            throws SQLException {
        checkOpen();
        connection.record("getColumns(" + catalog + ", " + schemaPattern + ", " + tableNamePattern + ", "
                + columnNamePattern + ")");
        return new StubResultSet(null, columns);
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return empty("TABLE_SCHEM", "TABLE_CATALOG");
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return getSchemas();
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        return empty("TABLE_CAT");
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        return empty("TABLE_TYPE");
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        return empty(
                "TABLE_CAT",
                "TABLE_SCHEM",
                "TABLE_NAME",
                "NON_UNIQUE",
                "INDEX_QUALIFIER",
                "INDEX_NAME",
                "TYPE",
                "ORDINAL_POSITION",
                "COLUMN_NAME",
                "ASC_OR_DESC",
                "CARDINALITY",
                "PAGES",
                "FILTER_CONDITION");
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        return empty(
                "TYPE_NAME",
                "DATA_TYPE",
                "PRECISION",
                "LITERAL_PREFIX",
                "LITERAL_SUFFIX",
                "CREATE_PARAMS",
                "NULLABLE",
                "CASE_SENSITIVE",
                "SEARCHABLE",
                "UNSIGNED_ATTRIBUTE",
                "FIXED_PREC_SCALE",
                "AUTO_INCREMENT",
                "LOCAL_TYPE_NAME",
                "MINIMUM_SCALE",
                "MAXIMUM_SCALE",
                "SQL_DATA_TYPE",
                "SQL_DATETIME_SUB",
                "NUM_PREC_RADIX");
    }
}
