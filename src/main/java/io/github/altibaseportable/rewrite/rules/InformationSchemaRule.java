package io.github.altibaseportable.rewrite.rules;

import io.github.altibaseportable.rewrite.Edit;
import io.github.altibaseportable.rewrite.ParsedStatement;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.RewriteContext;
import io.github.altibaseportable.rewrite.RewriteRule;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * The standard {@code INFORMATION_SCHEMA} views that ORMs and tools read (Hibernate's PostgreSQL and H2
 * dialects read {@code INFORMATION_SCHEMA.SEQUENCES} at start-up): Altibase has none, and reads
 * {@code INFORMATION_SCHEMA} as a user name. A FROM item naming {@code SEQUENCES}, {@code TABLES},
 * {@code COLUMNS} or {@code SCHEMATA} of it becomes a subquery over Altibase's catalog (docs/altibase.md,
 * "Catalog tables") with the standard column names (upper case, as Altibase stores unquoted names), called
 * by the item's alias, else by the view's name as written. Sequences, tables and columns are those of the
 * connected user (each user is its own schema); schemata are every user but {@code PUBLIC} and
 * {@code SYSTEM_}. Quoted names ({@code "information_schema"."tables"}) are not recognised. Unsupported: the
 * other views; a column qualified with {@code INFORMATION_SCHEMA.view}.
 */
public final class InformationSchemaRule implements RewriteRule {
    private static final String SCHEMA = "INFORMATION_SCHEMA";
    private static final String OWNED =
            " FROM SYSTEM_.SYS_TABLES_ T JOIN SYSTEM_.SYS_USERS_ U ON U.USER_ID = T.USER_ID";
    private static final String NO_CATALOG = "CAST(NULL AS VARCHAR(128))";

    /** Each view's query (stored view name to SQL). */
    private static final Map<String, String> VIEWS = Map.of(
            "SEQUENCES",
                    "SELECT " + NO_CATALOG + " AS SEQUENCE_CATALOG, U.USER_NAME AS SEQUENCE_SCHEMA,"
                            + " T.TABLE_NAME AS SEQUENCE_NAME, CAST('BIGINT' AS VARCHAR(128)) AS DATA_TYPE,"
                            + " 64 AS NUMERIC_PRECISION, 2 AS NUMERIC_PRECISION_RADIX, 0 AS NUMERIC_SCALE,"
                            + " S.START_SEQ AS START_VALUE, S.MIN_SEQ AS MINIMUM_VALUE, S.MAX_SEQ AS MAXIMUM_VALUE,"
                            + " S.INCREMENT_SEQ AS INCREMENT, CAST(DECODE(S.IS_CYCLE, 'YES', 'YES', 'NO') AS VARCHAR(3))"
                            + " AS CYCLE_OPTION" + OWNED + " JOIN V$SEQ S ON S.SEQ_OID = T.TABLE_OID"
                            + " WHERE T.TABLE_TYPE = 'S' AND T.USER_ID = USER_ID()",
            "TABLES",
                    "SELECT " + NO_CATALOG
                            + " AS TABLE_CATALOG, U.USER_NAME AS TABLE_SCHEMA, T.TABLE_NAME AS TABLE_NAME,"
                            + " CAST(DECODE(T.TABLE_TYPE, 'V', 'VIEW', 'BASE TABLE') AS VARCHAR(10)) AS TABLE_TYPE"
                            + OWNED
                            + " WHERE T.TABLE_TYPE IN ('T', 'V') AND T.USER_ID = USER_ID()",
            "COLUMNS",
                    "SELECT " + NO_CATALOG
                            + " AS TABLE_CATALOG, U.USER_NAME AS TABLE_SCHEMA, T.TABLE_NAME AS TABLE_NAME,"
                            + " C.COLUMN_NAME AS COLUMN_NAME, C.COLUMN_ORDER + 1 AS ORDINAL_POSITION,"
                            + " C.DEFAULT_VAL AS COLUMN_DEFAULT,"
                            + " CAST(DECODE(C.IS_NULLABLE, 'F', 'NO', 'YES') AS VARCHAR(3)) AS IS_NULLABLE,"
                            + " CAST(DECODE(C.DATA_TYPE, 1, 'CHAR', 12, 'VARCHAR', -8, 'NCHAR', -9, 'NVARCHAR', 2, 'NUMERIC',"
                            + " 6, 'FLOAT', 8, 'DOUBLE', 7, 'REAL', -5, 'BIGINT', 4, 'INTEGER', 5, 'SMALLINT', 9, 'DATE',"
                            + " 20001, 'BYTE', 20002, 'NIBBLE', 20003, 'VARBYTE', -7, 'BIT', -100, 'VARBIT', 30, 'BLOB',"
                            + " 40, 'CLOB', 10003, 'GEOMETRY', 'UNKNOWN') AS VARCHAR(16)) AS DATA_TYPE,"
                            + " DECODE(C.DATA_TYPE, 1, C.PRECISION, 12, C.PRECISION, -8, C.PRECISION, -9, C.PRECISION)"
                            + " AS CHARACTER_MAXIMUM_LENGTH,"
                            + " DECODE(C.DATA_TYPE, 2, C.PRECISION, 6, C.PRECISION) AS NUMERIC_PRECISION,"
                            + " DECODE(C.DATA_TYPE, 2, C.SCALE) AS NUMERIC_SCALE" + OWNED
                            + " JOIN SYSTEM_.SYS_COLUMNS_ C ON C.TABLE_ID = T.TABLE_ID"
                            + " WHERE T.TABLE_TYPE IN ('T', 'V') AND C.IS_HIDDEN = 'F' AND T.USER_ID = USER_ID()",
            "SCHEMATA",
                    "SELECT " + NO_CATALOG + " AS CATALOG_NAME, U.USER_NAME AS SCHEMA_NAME, U.USER_NAME AS SCHEMA_OWNER"
                            + " FROM SYSTEM_.SYS_USERS_ U WHERE U.USER_NAME NOT IN ('PUBLIC', 'SYSTEM_')");

    @Override
    public String name() {
        return "informationschema";
    }

    @Override
    public String description() {
        return "FROM INFORMATION_SCHEMA.SEQUENCES / TABLES / COLUMNS / SCHEMATA -> a subquery over SYSTEM_ catalog tables "
                + "with the standard columns";
    }

    @Override
    public Set<String> triggerWords() {
        return Set.of(SCHEMA);
    }

    @Override
    public void rewrite(ParsedStatement statement, RewriteContext context) {
        for (Column column : statement.find(Column.class)) {
            if (column.getTable() != null && isSchema(column.getTable().getSchemaName())) {
                context.unsupported("a column qualified with "
                        + column.getTable().getFullyQualifiedName() + ": qualify it with the view's name or an alias");
                return;
            }
        }
        for (Table table : statement.find(Table.class)) {
            if (table.getName() == null || !isSchema(table.getSchemaName()) || !statement.hasPosition(table)) {
                continue;
            }
            String view = VIEWS.get(Identifiers.upper(QualifiedName.stored(table.getName())));
            if (view == null) {
                context.unsupported(table.getFullyQualifiedName() + " has no Altibase form (the driver answers "
                        + String.join(", ", VIEWS.keySet().stream().sorted().toList()) + ")");
                return;
            }
            int name = statement.firstToken(table) + 1;
            while (name < statement.lastToken(table)
                    && !(statement.tokenText(name).equals(table.getName())
                            && statement.tokenText(name - 1).equals("."))) {
                name++;
            }
            String alias = table.getAlias() == null ? " " + table.getName() : "";
            context.edit(Edit.replace(statement.begin(table), statement.tokenEnd(name), "(" + view + ")" + alias));
        }
    }

    private static boolean isSchema(String written) {
        return written != null
                && Identifiers.upper(QualifiedName.stored(written)).equals(SCHEMA);
    }
}
