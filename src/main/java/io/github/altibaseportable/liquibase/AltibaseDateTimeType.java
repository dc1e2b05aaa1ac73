package io.github.altibaseportable.liquibase;

import liquibase.database.Database;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.DateTimeType;

/**
 * Date-times on Altibase: {@code DATE}, which keeps microseconds. (Altibase's {@code TIMESTAMP} column
 * type is a change stamp, not a date-time.)
 */
@DataTypeInfo(
        name = "datetime",
        aliases = {"java.sql.Types.DATETIME", "java.util.Date", "smalldatetime", "datetime2"},
        minParameters = 0,
        maxParameters = 1,
        priority = LiquibaseDataType.PRIORITY_DATABASE)
public class AltibaseDateTimeType extends DateTimeType {

    @Override
    public boolean supports(Database database) {
        return database instanceof AltibaseDatabase;
    }

    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        return new DatabaseDataType("DATE");
    }
}
