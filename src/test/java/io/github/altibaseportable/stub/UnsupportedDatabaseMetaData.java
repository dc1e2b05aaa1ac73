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
    default boolean allProceduresAreCallable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.allProceduresAreCallable()");
    }

    default boolean allTablesAreSelectable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.allTablesAreSelectable()");
    }

    default boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.autoCommitFailureClosesAllResultSets()");
    }

    default boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.dataDefinitionCausesTransactionCommit()");
    }

    default boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.dataDefinitionIgnoredInTransactions()");
    }

    default boolean deletesAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.deletesAreDetected(int)");
    }

    default boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.doesMaxRowSizeIncludeBlobs()");
    }

    default boolean generatedKeyAlwaysReturned() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.generatedKeyAlwaysReturned()");
    }

    default ResultSet getAttributes(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getAttributes(String, String, String, String)");
    }

    default ResultSet getBestRowIdentifier(String a, String b, String c, int d, boolean e) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getBestRowIdentifier(String, String, String, int, boolean)");
    }

    default String getCatalogSeparator() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogSeparator()");
    }

    default String getCatalogTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogTerm()");
    }

    default ResultSet getCatalogs() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCatalogs()");
    }

    default ResultSet getClientInfoProperties() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getClientInfoProperties()");
    }

    default ResultSet getColumnPrivileges(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getColumnPrivileges(String, String, String, String)");
    }

    default ResultSet getColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getColumns(String, String, String, String)");
    }

    default Connection getConnection() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getConnection()");
    }

    default ResultSet getCrossReference(String a, String b, String c, String d, String e, String f) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getCrossReference(String, String, String, String, String, String)");
    }

    default int getDatabaseMajorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseMajorVersion()");
    }

    default int getDatabaseMinorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseMinorVersion()");
    }

    default String getDatabaseProductName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseProductName()");
    }

    default String getDatabaseProductVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDatabaseProductVersion()");
    }

    default int getDefaultTransactionIsolation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDefaultTransactionIsolation()");
    }

    default String getDriverName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDriverName()");
    }

    default String getDriverVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getDriverVersion()");
    }

    default ResultSet getExportedKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getExportedKeys(String, String, String)");
    }

    default String getExtraNameCharacters() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getExtraNameCharacters()");
    }

    default ResultSet getFunctionColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getFunctionColumns(String, String, String, String)");
    }

    default ResultSet getFunctions(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getFunctions(String, String, String)");
    }

    default String getIdentifierQuoteString() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getIdentifierQuoteString()");
    }

    default ResultSet getImportedKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getImportedKeys(String, String, String)");
    }

    default ResultSet getIndexInfo(String a, String b, String c, boolean d, boolean e) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getIndexInfo(String, String, String, boolean, boolean)");
    }

    default int getJDBCMajorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getJDBCMajorVersion()");
    }

    default int getJDBCMinorVersion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getJDBCMinorVersion()");
    }

    default int getMaxBinaryLiteralLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxBinaryLiteralLength()");
    }

    default int getMaxCatalogNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCatalogNameLength()");
    }

    default int getMaxCharLiteralLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCharLiteralLength()");
    }

    default int getMaxColumnNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnNameLength()");
    }

    default int getMaxColumnsInGroupBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInGroupBy()");
    }

    default int getMaxColumnsInIndex() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInIndex()");
    }

    default int getMaxColumnsInOrderBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInOrderBy()");
    }

    default int getMaxColumnsInSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInSelect()");
    }

    default int getMaxColumnsInTable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxColumnsInTable()");
    }

    default int getMaxConnections() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxConnections()");
    }

    default int getMaxCursorNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxCursorNameLength()");
    }

    default int getMaxIndexLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxIndexLength()");
    }

    default int getMaxProcedureNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxProcedureNameLength()");
    }

    default int getMaxRowSize() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxRowSize()");
    }

    default int getMaxSchemaNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxSchemaNameLength()");
    }

    default int getMaxStatementLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxStatementLength()");
    }

    default int getMaxStatements() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxStatements()");
    }

    default int getMaxTableNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxTableNameLength()");
    }

    default int getMaxTablesInSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxTablesInSelect()");
    }

    default int getMaxUserNameLength() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getMaxUserNameLength()");
    }

    default String getNumericFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getNumericFunctions()");
    }

    default ResultSet getPrimaryKeys(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getPrimaryKeys(String, String, String)");
    }

    default ResultSet getProcedureColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedureColumns(String, String, String, String)");
    }

    default String getProcedureTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedureTerm()");
    }

    default ResultSet getProcedures(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getProcedures(String, String, String)");
    }

    default ResultSet getPseudoColumns(String a, String b, String c, String d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getPseudoColumns(String, String, String, String)");
    }

    default int getResultSetHoldability() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getResultSetHoldability()");
    }

    default RowIdLifetime getRowIdLifetime() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getRowIdLifetime()");
    }

    default String getSQLKeywords() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSQLKeywords()");
    }

    default int getSQLStateType() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSQLStateType()");
    }

    default String getSchemaTerm() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemaTerm()");
    }

    default ResultSet getSchemas() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemas()");
    }

    default ResultSet getSchemas(String a, String b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSchemas(String, String)");
    }

    default String getSearchStringEscape() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSearchStringEscape()");
    }

    default String getStringFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getStringFunctions()");
    }

    default ResultSet getSuperTables(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSuperTables(String, String, String)");
    }

    default ResultSet getSuperTypes(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSuperTypes(String, String, String)");
    }

    default String getSystemFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getSystemFunctions()");
    }

    default ResultSet getTablePrivileges(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTablePrivileges(String, String, String)");
    }

    default ResultSet getTableTypes() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTableTypes()");
    }

    default ResultSet getTables(String a, String b, String c, String[] d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTables(String, String, String, String[])");
    }

    default String getTimeDateFunctions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTimeDateFunctions()");
    }

    default ResultSet getTypeInfo() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getTypeInfo()");
    }

    default ResultSet getUDTs(String a, String b, String c, int[] d) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getUDTs(String, String, String, int[])");
    }

    default String getURL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getURL()");
    }

    default String getUserName() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getUserName()");
    }

    default ResultSet getVersionColumns(String a, String b, String c) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.getVersionColumns(String, String, String)");
    }

    default boolean insertsAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.insertsAreDetected(int)");
    }

    default boolean isCatalogAtStart() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.isCatalogAtStart()");
    }

    default boolean isReadOnly() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.isReadOnly()");
    }

    default boolean locatorsUpdateCopy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.locatorsUpdateCopy()");
    }

    default boolean nullPlusNonNullIsNull() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullPlusNonNullIsNull()");
    }

    default boolean nullsAreSortedAtEnd() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedAtEnd()");
    }

    default boolean nullsAreSortedAtStart() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedAtStart()");
    }

    default boolean nullsAreSortedHigh() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedHigh()");
    }

    default boolean nullsAreSortedLow() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.nullsAreSortedLow()");
    }

    default boolean othersDeletesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersDeletesAreVisible(int)");
    }

    default boolean othersInsertsAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersInsertsAreVisible(int)");
    }

    default boolean othersUpdatesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.othersUpdatesAreVisible(int)");
    }

    default boolean ownDeletesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownDeletesAreVisible(int)");
    }

    default boolean ownInsertsAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownInsertsAreVisible(int)");
    }

    default boolean ownUpdatesAreVisible(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.ownUpdatesAreVisible(int)");
    }

    default boolean storesLowerCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesLowerCaseIdentifiers()");
    }

    default boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesLowerCaseQuotedIdentifiers()");
    }

    default boolean storesMixedCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesMixedCaseIdentifiers()");
    }

    default boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesMixedCaseQuotedIdentifiers()");
    }

    default boolean storesUpperCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesUpperCaseIdentifiers()");
    }

    default boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.storesUpperCaseQuotedIdentifiers()");
    }

    default boolean supportsANSI92EntryLevelSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92EntryLevelSQL()");
    }

    default boolean supportsANSI92FullSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92FullSQL()");
    }

    default boolean supportsANSI92IntermediateSQL() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsANSI92IntermediateSQL()");
    }

    default boolean supportsAlterTableWithAddColumn() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsAlterTableWithAddColumn()");
    }

    default boolean supportsAlterTableWithDropColumn() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsAlterTableWithDropColumn()");
    }

    default boolean supportsBatchUpdates() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsBatchUpdates()");
    }

    default boolean supportsCatalogsInDataManipulation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInDataManipulation()");
    }

    default boolean supportsCatalogsInIndexDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInIndexDefinitions()");
    }

    default boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInPrivilegeDefinitions()");
    }

    default boolean supportsCatalogsInProcedureCalls() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInProcedureCalls()");
    }

    default boolean supportsCatalogsInTableDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCatalogsInTableDefinitions()");
    }

    default boolean supportsColumnAliasing() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsColumnAliasing()");
    }

    default boolean supportsConvert() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsConvert()");
    }

    default boolean supportsConvert(int a, int b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsConvert(int, int)");
    }

    default boolean supportsCoreSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCoreSQLGrammar()");
    }

    default boolean supportsCorrelatedSubqueries() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsCorrelatedSubqueries()");
    }

    default boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDataDefinitionAndDataManipulationTransactions()");
    }

    default boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDataManipulationTransactionsOnly()");
    }

    default boolean supportsDifferentTableCorrelationNames() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsDifferentTableCorrelationNames()");
    }

    default boolean supportsExpressionsInOrderBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsExpressionsInOrderBy()");
    }

    default boolean supportsExtendedSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsExtendedSQLGrammar()");
    }

    default boolean supportsFullOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsFullOuterJoins()");
    }

    default boolean supportsGetGeneratedKeys() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGetGeneratedKeys()");
    }

    default boolean supportsGroupBy() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupBy()");
    }

    default boolean supportsGroupByBeyondSelect() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupByBeyondSelect()");
    }

    default boolean supportsGroupByUnrelated() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsGroupByUnrelated()");
    }

    default boolean supportsIntegrityEnhancementFacility() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsIntegrityEnhancementFacility()");
    }

    default boolean supportsLikeEscapeClause() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsLikeEscapeClause()");
    }

    default boolean supportsLimitedOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsLimitedOuterJoins()");
    }

    default boolean supportsMinimumSQLGrammar() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMinimumSQLGrammar()");
    }

    default boolean supportsMixedCaseIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMixedCaseIdentifiers()");
    }

    default boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMixedCaseQuotedIdentifiers()");
    }

    default boolean supportsMultipleOpenResults() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleOpenResults()");
    }

    default boolean supportsMultipleResultSets() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleResultSets()");
    }

    default boolean supportsMultipleTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsMultipleTransactions()");
    }

    default boolean supportsNamedParameters() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsNamedParameters()");
    }

    default boolean supportsNonNullableColumns() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsNonNullableColumns()");
    }

    default boolean supportsOpenCursorsAcrossCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenCursorsAcrossCommit()");
    }

    default boolean supportsOpenCursorsAcrossRollback() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenCursorsAcrossRollback()");
    }

    default boolean supportsOpenStatementsAcrossCommit() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenStatementsAcrossCommit()");
    }

    default boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOpenStatementsAcrossRollback()");
    }

    default boolean supportsOrderByUnrelated() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOrderByUnrelated()");
    }

    default boolean supportsOuterJoins() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsOuterJoins()");
    }

    default boolean supportsPositionedDelete() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsPositionedDelete()");
    }

    default boolean supportsPositionedUpdate() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsPositionedUpdate()");
    }

    default boolean supportsResultSetConcurrency(int a, int b) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetConcurrency(int, int)");
    }

    default boolean supportsResultSetHoldability(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetHoldability(int)");
    }

    default boolean supportsResultSetType(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsResultSetType(int)");
    }

    default boolean supportsSavepoints() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSavepoints()");
    }

    default boolean supportsSchemasInDataManipulation() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInDataManipulation()");
    }

    default boolean supportsSchemasInIndexDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInIndexDefinitions()");
    }

    default boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInPrivilegeDefinitions()");
    }

    default boolean supportsSchemasInProcedureCalls() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInProcedureCalls()");
    }

    default boolean supportsSchemasInTableDefinitions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSchemasInTableDefinitions()");
    }

    default boolean supportsSelectForUpdate() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSelectForUpdate()");
    }

    default boolean supportsStatementPooling() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStatementPooling()");
    }

    default boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStoredFunctionsUsingCallSyntax()");
    }

    default boolean supportsStoredProcedures() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsStoredProcedures()");
    }

    default boolean supportsSubqueriesInComparisons() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInComparisons()");
    }

    default boolean supportsSubqueriesInExists() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInExists()");
    }

    default boolean supportsSubqueriesInIns() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInIns()");
    }

    default boolean supportsSubqueriesInQuantifieds() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsSubqueriesInQuantifieds()");
    }

    default boolean supportsTableCorrelationNames() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTableCorrelationNames()");
    }

    default boolean supportsTransactionIsolationLevel(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTransactionIsolationLevel(int)");
    }

    default boolean supportsTransactions() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsTransactions()");
    }

    default boolean supportsUnion() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsUnion()");
    }

    default boolean supportsUnionAll() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.supportsUnionAll()");
    }

    default boolean updatesAreDetected(int a) throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.updatesAreDetected(int)");
    }

    default boolean usesLocalFilePerTable() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.usesLocalFilePerTable()");
    }

    default boolean usesLocalFiles() throws SQLException {
        throw Stubs.unsupported("DatabaseMetaData.usesLocalFiles()");
    }
}
