/**
 * Altibase support for Flyway, registered through Flyway's plugin service
 * ({@code META-INF/services/org.flywaydb.core.extensibility.Plugin}): Flyway recognises
 * {@code jdbc:altibase-portable:} URLs and connections whose product name is Altibase, keeps its
 * schema history in an Altibase table, and runs migrations through this driver. Flyway is an optional
 * dependency: nothing here is loaded unless Flyway is on the class path.
 */
package io.github.altibaseportable.flyway;
