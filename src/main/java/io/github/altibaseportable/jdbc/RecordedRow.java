package io.github.altibaseportable.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import io.github.altibaseportable.keys.BoundRow;

/**
 * The bind calls an application made for one execution of a keyed prepared statement, by parameter (the
 * application's numbering; a later call for a parameter replaces the earlier one), kept so they can be
 * made again on another form of the statement.
 */
final class RecordedRow implements BoundRow {
    /** One bind call, to be made again at a given position. */
    @FunctionalInterface
    interface Call {
        void bind(PreparedStatement statement, int position) throws SQLException;
    }

    private record Bind(Object value, Call call) {
    }

    private final Map<Integer, Bind> binds;

    RecordedRow() {
        this(new TreeMap<>());
    }

    private RecordedRow(Map<Integer, Bind> binds) {
        this.binds = binds;
    }

    void record(int parameter, Object value, Call call) {
        binds.put(parameter, new Bind(value, call));
    }

    void clear() {
        binds.clear();
    }

    /** A copy that later binds do not change: one row of a batch. */
    RecordedRow copy() {
        return new RecordedRow(new TreeMap<>(binds));
    }

    @Override
    public Object value(int parameter) {
        Bind bind = binds.get(parameter);
        return bind == null ? null : bind.value();
    }

    @Override
    public void bindTo(PreparedStatement statement, IntFunction<int[]> positions) throws SQLException {
        for (Map.Entry<Integer, Bind> bind : binds.entrySet()) {
            for (int position : positions.apply(bind.getKey())) {
                bind.getValue().call().bind(statement, position);
            }
        }
    }
}
