package io.github.altibaseportable.keys;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link KeyedInsert} resolved against what is known of its table ({@link KnownTable}) and what the
 * application asked for ({@link KeysRequest}): the key columns it wants back, in order, and what each row
 * gives each column of the table (the table's column order when the statement names no columns).
 */
final class ResolvedInsert {
    private final KeyedInsert insert;
    private final KnownTable table;
    private final List<String> statementColumns;
    private final List<String> wanted;

    ResolvedInsert(KeyedInsert insert, KeysRequest request, KnownTable table) throws SQLException {
        this.insert = insert;
        this.table = table;
        this.statementColumns = insert.columns() != null ? insert.columns() : table.columnNames();
        this.wanted = wanted(request);
    }

    /**
     * The key columns: RETURNING's, the ones named or numbered, or the table's sequence columns; none when
     * the table is not in the catalog (a view or a synonym: Altibase's own generated keys then answer).
     */
    private List<String> wanted(KeysRequest request) throws SQLException {
        if (insert.returning() != null) {
            return insert.returning();
        }
        if (!request.isRequested() || !table.found()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        if (request.columnNames() != null) {
            for (String name : request.columnNames()) {
                columns.add(storedName(name));
            }
        } else if (request.columnIndexes() != null) {
            List<String> names = table.columnNames();
            for (int index : request.columnIndexes()) {
                if (index < 1 || index > names.size()) {
                    throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("generated key column " + index
                            + " is out of range 1.." + names.size() + " of " + insert.table());
                }
                columns.add(names.get(index - 1));
            }
        } else {
            columns.addAll(table.sequences().keySet());
        }
        return columns;
    }

    /** A column name as an application passes it to JDBC: as stored when a column has exactly that name, folded otherwise. */
    private String storedName(String name) {
        if (QualifiedName.isQuoted(name)
                || statementColumns.contains(name)
                || table.sequences().containsKey(name)) {
            return QualifiedName.isQuoted(name) ? QualifiedName.stored(name) : name;
        }
        return QualifiedName.stored(name);
    }

    /** The key columns the application wants, in the order it asked for them; empty when it wants none. */
    List<String> wanted() {
        return wanted;
    }

    /** The value row {@code row} gives {@code column}, or {@code null} when the statement does not name the column. */
    KeyedInsert.Value valueOf(int row, String column) {
        int position = position(column);
        return position < 0 ? null : insert.rows().get(row).get(position);
    }

    /** Where the statement gives {@code column} its value (0-based), or -1. */
    int position(String column) {
        return statementColumns.indexOf(column);
    }

    /** The stored name of the statement's {@code position}-th column (0-based). */
    String statementColumn(int position) {
        return statementColumns.get(position);
    }

    KnownTable table() {
        return table;
    }

    KeyedInsert insert() {
        return insert;
    }

    /** The error for a key the driver cannot know; raised before anything is sent. */
    SQLException cannotKnow(String column, String why) {
        return SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                "cannot return generated key " + column + " of " + insert.table() + ": " + why);
    }
}
