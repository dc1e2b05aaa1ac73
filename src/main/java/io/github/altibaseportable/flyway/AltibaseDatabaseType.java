package io.github.altibaseportable.flyway;

import io.github.altibaseportable.driver.PortableDriver;
import io.github.altibaseportable.driver.PortableUrl;
import java.sql.Connection;
import java.sql.Types;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.BaseDatabaseType;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;

/**
 * Flyway's entry for Altibase: it handles {@code jdbc:altibase-portable:} URLs (loading this driver)
 * and any connection whose database product name starts with {@code Altibase}.
 */
public final class AltibaseDatabaseType extends BaseDatabaseType {

    @Override
    public String getName() {
        return "Altibase";
    }

    @Override
    public int getNullType() {
        return Types.VARCHAR;
    }

    @Override
    public boolean handlesJDBCUrl(String url) {
        return PortableUrl.accepts(url);
    }

    @Override
    public String getDriverClass(String url, ClassLoader classLoader) {
        return PortableDriver.class.getName();
    }

    @Override
    public boolean handlesDatabaseProductNameAndVersion(
            String databaseProductName, String databaseProductVersion, Connection connection) {
        return databaseProductName != null && databaseProductName.startsWith("Altibase");
    }

    @Override
    public Database<?> createDatabase(
            Configuration configuration,
            JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        return new AltibaseDatabase(configuration, jdbcConnectionFactory, statementInterceptor);
    }

    @Override
    public Parser createParser(
            Configuration configuration, ResourceProvider resourceProvider, ParsingContext parsingContext) {
        return new AltibaseParser(configuration, parsingContext);
    }
}
