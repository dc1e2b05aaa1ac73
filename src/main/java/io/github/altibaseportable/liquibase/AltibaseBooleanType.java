package io.github.altibaseportable.liquibase;

import liquibase.database.Database;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.BooleanType;

/** Booleans on Altibase, which has no BOOLEAN column type: {@code SMALLINT} holding 1 and 0. */
@DataTypeInfo(
        name = "boolean",
        aliases = {"java.sql.Types.BOOLEAN", "java.lang.Boolean", "bit", "bool"},
        minParameters = 0,
        maxParameters = 0,
        priority = LiquibaseDataType.PRIORITY_DATABASE)
public class AltibaseBooleanType extends BooleanType {

    @Override
    public boolean supports(Database database) {
        return database instanceof AltibaseDatabase;
    }

    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        return new DatabaseDataType("SMALLINT");
    }

    @Override
    protected boolean isNumericBoolean(Database database) {
        return true;
    }
}
