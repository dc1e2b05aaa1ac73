package io.github.altibaseportable.stub;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * The {@link DatabaseMetaData} methods the stub does not implement: each throws
 * {@link java.sql.SQLFeatureNotSupportedException}. The stub classes override what they support.
 */
interface UnsupportedDatabaseMetaData extends StubWrapper, DatabaseMetaData {
    @Override
    default boolean allProceduresAreCallable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.allProceduresAreCallable()");
    }

    @Override
    default boolean allTablesAreSelectable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.allTablesAreSelectable()");
    }

    @Override
    default boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.autoCommitFailureClosesAllResultSets()");
    }

    @Override
    default boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.dataDefinitionCausesTransactionCommit()");
    }

    @Override
    default boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.dataDefinitionIgnoredInTransactions()");
    }

    @Override
    default boolean deletesAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.deletesAreDetected(int)");
    }

    @Override
    default boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.doesMaxRowSizeIncludeBlobs()");
    }

    @Override
    default boolean generatedKeyAlwaysReturned() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.generatedKeyAlwaysReturned()");
    }

    @Override
    default ResultSet getAttributes(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getAttributes(String, String, String, String)");
    }

    @Override
    default ResultSet getBestRowIdentifier(String a, String b, String c, int d, boolean e) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getBestRowIdentifier(String, String, String, int, boolean)");
    }

    @Override
    default String getCatalogSeparator() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogSeparator()");
    }

    @Override
    default String getCatalogTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogTerm()");
    }

    @Override
    default ResultSet getCatalogs() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogs()");
    }

    @Override
    default ResultSet getClientInfoProperties() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getClientInfoProperties()");
    }

    @Override
    default ResultSet getColumnPrivileges(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getColumnPrivileges(String, String, String, String)");
    }

    @Override
    default ResultSet getColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getColumns(String, String, String, String)");
    }

    @Override
    default Connection getConnection() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getConnection()");
    }

    @Override
    default ResultSet getCrossReference(String a, String b, String c, String d, String e, String f)
            throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCrossReference(String, String, String, String, String, String)");
    }

    @Override
    default int getDatabaseMajorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseMajorVersion()");
    }

    @Override
    default int getDatabaseMinorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseMinorVersion()");
    }

    @Override
    default String getDatabaseProductName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseProductName()");
    }

    @Override
    default String getDatabaseProductVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseProductVersion()");
    }

    @Override
    default int getDefaultTransactionIsolation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDefaultTransactionIsolation()");
    }

    @Override
    default String getDriverName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDriverName()");
    }

    @Override
    default String getDriverVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDriverVersion()");
    }

    @Override
    default ResultSet getExportedKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getExportedKeys(String, String, String)");
    }

    @Override
    default String getExtraNameCharacters() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getExtraNameCharacters()");
    }

    @Override
    default ResultSet getFunctionColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getFunctionColumns(String, String, String, String)");
    }

    @Override
    default ResultSet getFunctions(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getFunctions(String, String, String)");
    }

    @Override
    default String getIdentifierQuoteString() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getIdentifierQuoteString()");
    }

    @Override
    default ResultSet getImportedKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getImportedKeys(String, String, String)");
    }

    @Override
    default ResultSet getIndexInfo(String a, String b, String c, boolean d, boolean e) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getIndexInfo(String, String, String, boolean, boolean)");
    }

    @Override
    default int getJDBCMajorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getJDBCMajorVersion()");
    }

    @Override
    default int getJDBCMinorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getJDBCMinorVersion()");
    }

    @Override
    default int getMaxBinaryLiteralLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxBinaryLiteralLength()");
    }

    @Override
    default int getMaxCatalogNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCatalogNameLength()");
    }

    @Override
    default int getMaxCharLiteralLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCharLiteralLength()");
    }

    @Override
    default int getMaxColumnNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnNameLength()");
    }

    @Override
    default int getMaxColumnsInGroupBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInGroupBy()");
    }

    @Override
    default int getMaxColumnsInIndex() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInIndex()");
    }

    @Override
    default int getMaxColumnsInOrderBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInOrderBy()");
    }

    @Override
    default int getMaxColumnsInSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInSelect()");
    }

    @Override
    default int getMaxColumnsInTable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInTable()");
    }

    @Override
    default int getMaxConnections() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxConnections()");
    }

    @Override
    default int getMaxCursorNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCursorNameLength()");
    }

    @Override
    default int getMaxIndexLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxIndexLength()");
    }

    @Override
    default int getMaxProcedureNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxProcedureNameLength()");
    }

    @Override
    default int getMaxRowSize() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxRowSize()");
    }

    @Override
    default int getMaxSchemaNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxSchemaNameLength()");
    }

    @Override
    default int getMaxStatementLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxStatementLength()");
    }

    @Override
    default int getMaxStatements() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxStatements()");
    }

    @Override
    default int getMaxTableNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxTableNameLength()");
    }

    @Override
    default int getMaxTablesInSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxTablesInSelect()");
    }

    @Override
    default int getMaxUserNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxUserNameLength()");
    }

    @Override
    default String getNumericFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getNumericFunctions()");
    }

    @Override
    default ResultSet getPrimaryKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getPrimaryKeys(String, String, String)");
    }

    @Override
    default ResultSet getProcedureColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedureColumns(String, String, String, String)");
    }

    @Override
    default String getProcedureTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedureTerm()");
    }

    @Override
    default ResultSet getProcedures(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedures(String, String, String)");
    }

    @Override
    default ResultSet getPseudoColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getPseudoColumns(String, String, String, String)");
    }

    @Override
    default int getResultSetHoldability() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getResultSetHoldability()");
    }

    @Override
    default RowIdLifetime getRowIdLifetime() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getRowIdLifetime()");
    }

    @Override
    default String getSQLKeywords() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSQLKeywords()");
    }

    @Override
    default int getSQLStateType() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSQLStateType()");
    }

    @Override
    default String getSchemaTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemaTerm()");
    }

    @Override
    default ResultSet getSchemas() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemas()");
    }

    @Override
    default ResultSet getSchemas(String a, String b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemas(String, String)");
    }

    @Override
    default String getSearchStringEscape() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSearchStringEscape()");
    }

    @Override
    default String getStringFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getStringFunctions()");
    }

    @Override
    default ResultSet getSuperTables(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSuperTables(String, String, String)");
    }

    @Override
    default ResultSet getSuperTypes(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSuperTypes(String, String, String)");
    }

    @Override
    default String getSystemFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSystemFunctions()");
    }

    @Override
    default ResultSet getTablePrivileges(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTablePrivileges(String, String, String)");
    }

    @Override
    default ResultSet getTableTypes() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTableTypes()");
    }

    @Override
    default ResultSet getTables(String a, String b, String c, String[] d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTables(String, String, String, String[])");
    }

    @Override
    default String getTimeDateFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTimeDateFunctions()");
    }

    @Override
    default ResultSet getTypeInfo() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTypeInfo()");
    }

    @Override
    default ResultSet getUDTs(String a, String b, String c, int[] d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getUDTs(String, String, String, int[])");
    }

    @Override
    default String getURL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getURL()");
    }

    @Override
    default String getUserName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getUserName()");
    }

    @Override
    default ResultSet getVersionColumns(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getVersionColumns(String, String, String)");
    }

    @Override
    default boolean insertsAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.insertsAreDetected(int)");
    }

    @Override
    default boolean isCatalogAtStart() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.isCatalogAtStart()");
    }

    @Override
    default boolean isReadOnly() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.isReadOnly()");
    }

    @Override
    default boolean locatorsUpdateCopy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.locatorsUpdateCopy()");
    }

    @Override
    default boolean nullPlusNonNullIsNull() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullPlusNonNullIsNull()");
    }

    @Override
    default boolean nullsAreSortedAtEnd() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedAtEnd()");
    }

    @Override
    default boolean nullsAreSortedAtStart() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedAtStart()");
    }

    @Override
    default boolean nullsAreSortedHigh() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedHigh()");
    }

    @Override
    default boolean nullsAreSortedLow() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedLow()");
    }

    @Override
    default boolean othersDeletesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersDeletesAreVisible(int)");
    }

    @Override
    default boolean othersInsertsAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersInsertsAreVisible(int)");
    }

    @Override
    default boolean othersUpdatesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersUpdatesAreVisible(int)");
    }

    @Override
    default boolean ownDeletesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownDeletesAreVisible(int)");
    }

    @Override
    default boolean ownInsertsAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownInsertsAreVisible(int)");
    }

    @Override
    default boolean ownUpdatesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownUpdatesAreVisible(int)");
    }

    @Override
    default boolean storesLowerCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesLowerCaseIdentifiers()");
    }

    @Override
    default boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesLowerCaseQuotedIdentifiers()");
    }

    @Override
    default boolean storesMixedCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesMixedCaseIdentifiers()");
    }

    @Override
    default boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesMixedCaseQuotedIdentifiers()");
    }

    @Override
    default boolean storesUpperCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesUpperCaseIdentifiers()");
    }

    @Override
    default boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesUpperCaseQuotedIdentifiers()");
    }

    @Override
    default boolean supportsANSI92EntryLevelSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92EntryLevelSQL()");
    }

    @Override
    default boolean supportsANSI92FullSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92FullSQL()");
    }

    @Override
    default boolean supportsANSI92IntermediateSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92IntermediateSQL()");
    }

    @Override
    default boolean supportsAlterTableWithAddColumn() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsAlterTableWithAddColumn()");
    }

    @Override
    default boolean supportsAlterTableWithDropColumn() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsAlterTableWithDropColumn()");
    }

    @Override
    default boolean supportsBatchUpdates() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsBatchUpdates()");
    }

    @Override
    default boolean supportsCatalogsInDataManipulation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInDataManipulation()");
    }

    @Override
    default boolean supportsCatalogsInIndexDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInIndexDefinitions()");
    }

    @Override
    default boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInPrivilegeDefinitions()");
    }

    @Override
    default boolean supportsCatalogsInProcedureCalls() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInProcedureCalls()");
    }

    @Override
    default boolean supportsCatalogsInTableDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInTableDefinitions()");
    }

    @Override
    default boolean supportsColumnAliasing() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsColumnAliasing()");
    }

    @Override
    default boolean supportsConvert() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsConvert()");
    }

    @Override
    default boolean supportsConvert(int a, int b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsConvert(int, int)");
    }

    @Override
    default boolean supportsCoreSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCoreSQLGrammar()");
    }

    @Override
    default boolean supportsCorrelatedSubqueries() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCorrelatedSubqueries()");
    }

    @Override
    default boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDataDefinitionAndDataManipulationTransactions()");
    }

    @Override
    default boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDataManipulationTransactionsOnly()");
    }

    @Override
    default boolean supportsDifferentTableCorrelationNames() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDifferentTableCorrelationNames()");
    }

    @Override
    default boolean supportsExpressionsInOrderBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsExpressionsInOrderBy()");
    }

    @Override
    default boolean supportsExtendedSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsExtendedSQLGrammar()");
    }

    @Override
    default boolean supportsFullOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsFullOuterJoins()");
    }

    @Override
    default boolean supportsGetGeneratedKeys() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGetGeneratedKeys()");
    }

    @Override
    default boolean supportsGroupBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupBy()");
    }

    @Override
    default boolean supportsGroupByBeyondSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupByBeyondSelect()");
    }

    @Override
    default boolean supportsGroupByUnrelated() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupByUnrelated()");
    }

    @Override
    default boolean supportsIntegrityEnhancementFacility() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsIntegrityEnhancementFacility()");
    }

    @Override
    default boolean supportsLikeEscapeClause() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsLikeEscapeClause()");
    }

    @Override
    default boolean supportsLimitedOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsLimitedOuterJoins()");
    }

    @Override
    default boolean supportsMinimumSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMinimumSQLGrammar()");
    }

    @Override
    default boolean supportsMixedCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMixedCaseIdentifiers()");
    }

    @Override
    default boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMixedCaseQuotedIdentifiers()");
    }

    @Override
    default boolean supportsMultipleOpenResults() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleOpenResults()");
    }

    @Override
    default boolean supportsMultipleResultSets() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleResultSets()");
    }

    @Override
    default boolean supportsMultipleTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleTransactions()");
    }

    @Override
    default boolean supportsNamedParameters() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsNamedParameters()");
    }

    @Override
    default boolean supportsNonNullableColumns() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsNonNullableColumns()");
    }

    @Override
    default boolean supportsOpenCursorsAcrossCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenCursorsAcrossCommit()");
    }

    @Override
    default boolean supportsOpenCursorsAcrossRollback() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenCursorsAcrossRollback()");
    }

    @Override
    default boolean supportsOpenStatementsAcrossCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenStatementsAcrossCommit()");
    }

    @Override
    default boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenStatementsAcrossRollback()");
    }

    @Override
    default boolean supportsOrderByUnrelated() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOrderByUnrelated()");
    }

    @Override
    default boolean supportsOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOuterJoins()");
    }

    @Override
    default boolean supportsPositionedDelete() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsPositionedDelete()");
    }

    @Override
    default boolean supportsPositionedUpdate() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsPositionedUpdate()");
    }

    @Override
    default boolean supportsResultSetConcurrency(int a, int b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetConcurrency(int, int)");
    }

    @Override
    default boolean supportsResultSetHoldability(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetHoldability(int)");
    }

    @Override
    default boolean supportsResultSetType(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetType(int)");
    }

    @Override
    default boolean supportsSavepoints() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSavepoints()");
    }

    @Override
    default boolean supportsSchemasInDataManipulation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInDataManipulation()");
    }

    @Override
    default boolean supportsSchemasInIndexDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInIndexDefinitions()");
    }

    @Override
    default boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInPrivilegeDefinitions()");
    }

    @Override
    default boolean supportsSchemasInProcedureCalls() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInProcedureCalls()");
    }

    @Override
    default boolean supportsSchemasInTableDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInTableDefinitions()");
    }

    @Override
    default boolean supportsSelectForUpdate() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSelectForUpdate()");
    }

    @Override
    default boolean supportsStatementPooling() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStatementPooling()");
    }

    @Override
    default boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStoredFunctionsUsingCallSyntax()");
    }

    @Override
    default boolean supportsStoredProcedures() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStoredProcedures()");
    }

    @Override
    default boolean supportsSubqueriesInComparisons() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInComparisons()");
    }

    @Override
    default boolean supportsSubqueriesInExists() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInExists()");
    }

    @Override
    default boolean supportsSubqueriesInIns() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInIns()");
    }

    @Override
    default boolean supportsSubqueriesInQuantifieds() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInQuantifieds()");
    }

    @Override
    default boolean supportsTableCorrelationNames() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTableCorrelationNames()");
    }

    @Override
    default boolean supportsTransactionIsolationLevel(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTransactionIsolationLevel(int)");
    }

    @Override
    default boolean supportsTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTransactions()");
    }

    @Override
    default boolean supportsUnion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsUnion()");
    }

    @Override
    default boolean supportsUnionAll() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsUnionAll()");
    }

    @Override
    default boolean updatesAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.updatesAreDetected(int)");
    }

    @Override
    default boolean usesLocalFilePerTable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.usesLocalFilePerTable()");
    }

    @Override
    default boolean usesLocalFiles() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.usesLocalFiles()");
    }
}
