package io.github.altibaseportable.catalog;

import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A catalog query about one table: {@code ofUser} binds the table name (a table of the connected user),
 * {@code ofSchema} the table name then the schema.
 */
record TableQuery(String ofUser, String ofSchema) {

    /** One row of the result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs the query for {@code table} on {@code connection}, handing each row to {@code reader}. */
    void forEachRow(Connection connection, QualifiedName table, RowReader reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(table.schema() == null ? ofUser : ofSchema)) {
            query.setString(1, table.name());
            if (table.schema() != null) {
                query.setString(2, table.schema());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
