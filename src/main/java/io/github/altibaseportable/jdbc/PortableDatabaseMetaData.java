package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.DriverVersion;
import io.github.altibaseportable.keys.InMemoryRows;
import io.github.altibaseportable.rewrite.IsolationLevel;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Database metadata of this driver: the Altibase driver's answers ({@link ForwardingDatabaseMetaData}), with
 * {@link #getConnection()} returning the connection wrapper and result sets wrapped, except where this driver
 * knows better:
 * DDL commits the transaction (so DDL and DML transactions are not supported), generated keys and
 * savepoints are supported, the isolation levels are those of {@link IsolationLevel}, the driver
 * name and version are this driver's (with the Altibase driver's in the text), and
 * {@code getColumns} reports a column whose default is a sequence's {@code NEXTVAL} as
 * {@code IS_AUTOINCREMENT = YES}.
 */
public class PortableDatabaseMetaData extends ForwardingDatabaseMetaData {
    /** A column default that draws from a sequence: {@code [schema.]sequence.NEXTVAL}, names plain or quoted. */
    private static final Pattern SEQUENCE_DEFAULT = Pattern.compile(
            "\\s*(?:(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$#]*)\\s*\\.\\s*){1,2}NEXTVAL\\s*", Pattern.CASE_INSENSITIVE);

    /** The columns JDBC 4.1 adds to {@code getColumns}: name, {@link Types} type, value when the driver has none. */
    private static final Object[][] JDBC41_COLUMNS = {
        {"SCOPE_CATALOG", Types.VARCHAR, null},
        {"SCOPE_SCHEMA", Types.VARCHAR, null},
        {"SCOPE_TABLE", Types.VARCHAR, null},
        {"SOURCE_DATA_TYPE", Types.SMALLINT, null},
        {"IS_AUTOINCREMENT", Types.VARCHAR, "NO"},
        {"IS_GENERATEDCOLUMN", Types.VARCHAR, ""},
    };

    private final PortableConnection connection;
    private final DatabaseMetaData delegate;

    PortableDatabaseMetaData(PortableConnection connection, DatabaseMetaData delegate) {
        this.connection = connection;
        this.delegate = delegate;
    }

    @Override
    DatabaseMetaData delegate() {
        return delegate;
    }

    /** A metadata result set, wrapped without a statement. */
    @Override
    ResultSet wrap(ResultSet results) {
        return results == null ? null : new PortableResultSet(null, results);
    }

    @Override
    public String getDriverName() throws SQLException {
        return DriverVersion.NAME + " (over " + delegate.getDriverName() + ")";
    }

    @Override
    public String getDriverVersion() throws SQLException {
        return DriverVersion.VERSION + " (" + delegate.getDriverName() + " " + delegate.getDriverVersion() + ")";
    }

    @Override
    public int getDriverMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getDriverMinorVersion() {
        return DriverVersion.MINOR;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "\"";
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    /** READ COMMITTED, REPEATABLE READ and SERIALIZABLE. */
    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return IsolationLevel.isSupported(level);
    }

    /** False: Altibase commits the open transaction before every DDL statement (the 7.3 driver wrongly says true). */
    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return true;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return true;
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
            throws SQLException {
        ResultSet columns = delegate.getColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern);
        return columns == null
                ? null
                : DerivedColumnResultSet.wrap(
                        withJdbc41Columns(columns),
                        "IS_AUTOINCREMENT",
                        row -> isSequenceDefault(row.getString("COLUMN_DEF")) ? "YES" : null);
    }

    /**
     * {@code columns} as it is when it has the columns JDBC 4.1 adds to {@code getColumns}; otherwise (an
     * older Altibase driver, docs/altibase.md "Altibase JDBC drivers") its rows read into memory with the
     * missing ones added after its own: SCOPE_* and SOURCE_DATA_TYPE {@code NULL}, IS_AUTOINCREMENT
     * {@code NO} (then {@code YES} for a sequence default), IS_GENERATEDCOLUMN empty (unknown).
     */
    private static ResultSet withJdbc41Columns(ResultSet columns) throws SQLException {
        ResultSetMetaData own = columns.getMetaData();
        Set<String> present = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        for (int i = 1; i <= own.getColumnCount(); i++) {
            present.add(own.getColumnLabel(i).toUpperCase(Locale.ROOT));
            names.add(own.getColumnLabel(i));
            types.add(own.getColumnType(i));
        }
        List<Object> added = new ArrayList<>();
        for (Object[] column : JDBC41_COLUMNS) {
            if (!present.contains((String) column[0])) {
                names.add((String) column[0]);
                types.add((Integer) column[1]);
                added.add(column[2]);
            }
        }
        if (added.isEmpty()) {
            return columns;
        }
        InMemoryRows rows = new InMemoryRows(
                names, types.stream().mapToInt(Integer::intValue).toArray());
        try (columns) {
            while (columns.next()) {
                Object[] row = new Object[names.size()];
                for (int i = 0; i < own.getColumnCount(); i++) {
                    row[i] = columns.getObject(i + 1);
                }
                for (int i = 0; i < added.size(); i++) {
                    row[own.getColumnCount() + i] = added.get(i);
                }
                rows.add(row);
            }
        }
        return new InMemoryResultSet(null, rows.toResultSet());
    }

    /** Whether a column default ({@code COLUMN_DEF}) draws the column's values from a sequence. */
    static boolean isSequenceDefault(String columnDefault) {
        return columnDefault != null && SEQUENCE_DEFAULT.matcher(columnDefault).matches();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection;
    }

    @Override
    public boolean supportsSavepoints() {
        return true;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return true;
    }
}
