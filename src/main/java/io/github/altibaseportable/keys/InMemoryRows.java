package io.github.altibaseportable.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetFactory;
import javax.sql.rowset.RowSetMetaDataImpl;
import javax.sql.rowset.RowSetProvider;

/**
 * A small result the driver makes itself, held in memory: columns (names, {@link java.sql.Types}) and
 * rows of values, handed to the application as a read-only, forward-only result set. Mostly the generated
 * keys of one execution (the key columns, one row per inserted row, in row order); also the catalog's
 * columns completed with the columns an older Altibase driver leaves out.
 */
public final class InMemoryRows {
    /** The JDK's row set factory, looked up once (a service lookup). */
    private static volatile RowSetFactory factory;

    private final List<String> names;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>();

    /** No rows yet, of columns {@code names} with {@link java.sql.Types} {@code types}. */
    public InMemoryRows(List<String> names, int[] types) {
        this.names = List.copyOf(names);
        this.types = types.clone();
    }

    /** Adds one row, a value per column. */
    public void add(Object[] row) {
        rows.add(row.clone());
    }

    /** Adds the rows of {@code more}, which has the same columns (the next execution of a batch). */
    public void addAll(InMemoryRows more) {
        rows.addAll(more.rows);
    }

    /** The keys as an in-memory result set. */
    public ResultSet toResultSet() throws SQLException {
        RowSetFactory rowSets = factory;
        if (rowSets == null) {
            rowSets = RowSetProvider.newFactory();
            factory = rowSets;
        }
        CachedRowSet result = rowSets.createCachedRowSet();
        RowSetMetaDataImpl metaData = new RowSetMetaDataImpl();
        metaData.setColumnCount(names.size());
        for (int i = 0; i < names.size(); i++) {
            metaData.setColumnName(i + 1, names.get(i));
            metaData.setColumnLabel(i + 1, names.get(i));
            metaData.setColumnType(i + 1, types[i]);
        }
        result.setMetaData(metaData);
        for (Object[] row : rows) {
            result.afterLast();
            result.moveToInsertRow();
            for (int i = 0; i < row.length; i++) {
                result.updateObject(i + 1, row[i]);
            }
            result.insertRow();
            result.moveToCurrentRow();
        }
        result.beforeFirst();
        result.setType(ResultSet.TYPE_FORWARD_ONLY);
        result.setConcurrency(ResultSet.CONCUR_READ_ONLY);
        return result;
    }
}
