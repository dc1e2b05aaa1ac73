/**
 * Altibase support for Liquibase, registered through Liquibase's service files
 * ({@code META-INF/services/liquibase.database.Database} and
 * {@code liquibase.datatype.LiquibaseDataType}): Liquibase recognises {@code jdbc:altibase-portable:}
 * URLs and connections whose product name is Altibase, and creates its own tables with types Altibase
 * has. Liquibase is an optional dependency: nothing here is loaded unless Liquibase is on the class path.
 */
package io.github.altibaseportable.liquibase;
