package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.keys.BoundRow;
import io.github.altibaseportable.rewrite.ParameterMapping;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

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

    /** One parameter's bind: its value, its SQL type when the application named one ({@code null}: from the value). */
    private record Bind(Object value, Integer sqlType, Call call) {}

    private final Map<Integer, Bind> binds;

    RecordedRow() {
        this(new TreeMap<>());
    }

    private RecordedRow(Map<Integer, Bind> binds) {
        this.binds = binds;
    }

    /** Records a bind; {@code sqlType}: the type the application named ({@code setNull}, {@code setObject}), or {@code null}. */
    void record(int parameter, Object value, Integer sqlType, Call call) {
        binds.put(parameter, new Bind(value, sqlType, call));
    }

    /**
     * The {@code java.sql.Types} code of what is bound to {@code parameter}: the type the application
     * named, else the one its value's class stands for; {@code null} when nothing is bound.
     */
    Integer sqlType(int parameter) {
        Bind bind = binds.get(parameter);
        if (bind == null) {
            return null;
        }
        return bind.sqlType() != null ? bind.sqlType() : SqlTypes.of(bind.value());
    }

    /** The number of elements of the array bound to {@code parameter}; -1 when no array of this driver is. */
    int arrayLength(int parameter) throws SQLException {
        Bind bind = binds.get(parameter);
        return bind != null && bind.value() instanceof PortableArray array ? array.length() : -1;
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

    /**
     * Makes the binds again on another form of the statement that has the same parameters as the one
     * planned: at the positions {@code mapping} gives, with its shifts added ({@code setObject} then
     * carries the shifted value); an array of this driver one element per position.
     */
    void replay(PreparedStatement statement, ParameterMapping mapping) throws SQLException {
        for (Map.Entry<Integer, Bind> entry : binds.entrySet()) {
            int parameter = entry.getKey();
            Bind bind = entry.getValue();
            int[] targets = mapping == null ? new int[] {parameter} : mapping.targets(parameter);
            if (bind.value() instanceof PortableArray array) {
                array.bindTo(statement, targets);
                continue;
            }
            for (int use = 0; use < targets.length; use++) {
                long shift = mapping == null ? 0 : mapping.shift(parameter, use);
                if (shift != 0 && bind.value() != null) {
                    statement.setObject(targets[use], Shifts.add(bind.value(), shift));
                } else {
                    bind.call().bind(statement, targets[use]);
                }
            }
        }
    }

    @Override
    public void bindTo(PreparedStatement statement, IntFunction<int[]> positions) throws SQLException {
        for (Map.Entry<Integer, Bind> bind : binds.entrySet()) {
            int[] targets = positions.apply(bind.getKey());
            if (bind.getValue().value() instanceof PortableArray array) {
                array.bindTo(statement, targets);
                continue;
            }
            for (int position : targets) {
                bind.getValue().call().bind(statement, position);
            }
        }
    }
}
