package io.github.altibaseportable.keys;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A batch ({@code addBatch}/{@code executeBatch}) of a keyed one-row {@code INSERT}, with every key of
 * every row, in row order, equal to the key stored:
 * <ul>
 *   <li>keys the rows give are returned as given, and the batch runs as one Altibase batch;</li>
 *   <li>keys the table's sequences give are drawn beforehand for all rows in one query per sequence
 *       ({@code CONNECT BY LEVEL <= n}) and bound into the statement with the key columns added, which runs
 *       as one Altibase batch: two round trips per batch (three the first time, to prepare it);</li>
 *   <li>rows that say {@code DEFAULT} or {@code seq.NEXTVAL} for a key run one at a time, each followed by
 *       its {@code CURRVAL}: two round trips per row.</li>
 * </ul>
 * When identities move past explicit keys, the sequences of the keys the rows wrote explicitly move past
 * them once, after the whole batch ran ({@link ExplicitKeys}).
 */
public final class KeyedBatch {
    private final Connection altibase;
    private final SequenceValues sequences;
    private final ResolvedInsert sources;
    private final StatementPlan plan;
    private final KeyedInsert insert;
    /** The key columns whose values are drawn and added to the statement. */
    private final List<String> drawn = new ArrayList<>();
    /** Whether some key is a {@code DEFAULT} or {@code NEXTVAL} of the row itself. */
    private final boolean rowByRow;
    /** Collects the keys the rows write explicitly; {@code null} when identities do not move past them. */
    private final ExplicitKeys explicitKeys;

    private InMemoryRows keys;

    private KeyedBatch(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            StatementPlan plan,
            KeyedInsert insert,
            ExplicitKeys explicitKeys)
            throws SQLException {
        this.altibase = altibase;
        this.explicitKeys = explicitKeys;
        this.sequences = sequences;
        this.sources = sources;
        this.plan = plan;
        this.insert = insert;
        boolean oneByOne = false;
        for (String column : sources.wanted()) {
            KeyedInsert.Value value = sources.valueOf(0, column);
            if (KeyValues.isGiven(value)) {
                continue;
            }
            QualifiedName sequence = KeyValues.sequence(sources.table(), column, value);
            if (sequence == null) {
                throw sources.cannotKnow(column, KeyValues.whyUnknown(value));
            }
            if (value == null) {
                drawn.add(column);
            } else {
                oneByOne = true;
            }
        }
        this.rowByRow = oneByOne;
    }

    static KeyedBatch start(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            StatementPlan plan,
            KeyedInsert insert,
            ExplicitKeys explicitKeys)
            throws SQLException {
        return new KeyedBatch(altibase, sequences, sources, plan, insert, explicitKeys);
    }

    /**
     * Runs {@code rows}: on {@code main} (the prepared statement of the plan), or on the statement with the
     * key columns added, kept in {@code variant}; the update counts.
     */
    public long[] run(List<? extends BoundRow> rows, PreparedStatement main, PreparedVariant variant)
            throws SQLException {
        long[] counts = runRows(rows, main, variant);
        if (explicitKeys != null) {
            for (BoundRow row : rows) {
                explicitKeys.add(sources, row);
            }
            if (explicitKeys.any()) {
                explicitKeys.moveSequences(altibase, sequences);
            }
        }
        return counts;
    }

    private long[] runRows(List<? extends BoundRow> rows, PreparedStatement main, PreparedVariant variant)
            throws SQLException {
        keys = newKeys();
        if (rowByRow) {
            return oneByOne(rows, main);
        }
        if (drawn.isEmpty()) {
            for (BoundRow row : rows) {
                addKeys(row, null, 0);
            }
            return asOneBatch(rows, main, this::mainPositions);
        }
        StatementPlan.Variant template = plan.variant(KeyedInsert.APPEND_KEYS);
        if (template == null) {
            throw sources.cannotKnow(drawn.get(0), "the statement cannot take the key columns");
        }
        long[][] values = new long[drawn.size()][];
        for (int d = 0; d < drawn.size(); d++) {
            values[d] = sequences.draw(sources.table().sequences().get(drawn.get(d)), rows.size());
        }
        String sql = KeyedInsert.fill(
                template.sql(), hole -> hole.equals(KeyedInsert.KEY_COLUMNS) ? columnList() : parameters());
        PreparedStatement statement = variant.prepare(altibase, sql);
        ParameterMapping mapping = template.parameters();
        int firstKey = (mapping == null ? insert.parameterCount() : mapping.delegateCount()) + 1;
        for (int r = 0; r < rows.size(); r++) {
            BoundRow row = rows.get(r);
            row.bindTo(statement, parameter -> mapping == null ? new int[] {parameter} : mapping.targets(parameter));
            for (int d = 0; d < drawn.size(); d++) {
                statement.setLong(firstKey + d, values[d][r]);
            }
            statement.addBatch();
            addKeys(row, values, r);
        }
        return widen(statement.executeBatch());
    }

    /** Each row on its own, with its keys read by {@code CURRVAL} after it. */
    private long[] oneByOne(List<? extends BoundRow> rows, PreparedStatement main) throws SQLException {
        long[] counts = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            try {
                rows.get(r).bindTo(main, this::mainPositions);
                counts[r] = main.executeUpdate();
                InMemoryRows rowKeys = KeyedExecution.start(altibase, sequences, sources, plan, insert, rows.get(r))
                        .keys();
                keys.addAll(rowKeys);
            } catch (SQLException failure) {
                throw SqlState.batchFailure(failure, counts, r);
            }
        }
        return counts;
    }

    private int[] mainPositions(int parameter) {
        ParameterMapping mapping = plan.parameters();
        return mapping == null ? new int[] {parameter} : mapping.targets(parameter);
    }

    private String columnList() {
        StringBuilder text = new StringBuilder();
        for (String column : drawn) {
            text.append(", ").append(QualifiedName.quote(column));
        }
        return text.toString();
    }

    private String parameters() {
        return ", ?".repeat(drawn.size());
    }

    private InMemoryRows newKeys() {
        List<String> wanted = sources.wanted();
        int[] types = new int[wanted.size()];
        for (int k = 0; k < types.length; k++) {
            types[k] = KeyValues.type(sources.table(), wanted.get(k), null);
        }
        return new InMemoryRows(wanted, types);
    }

    /** The keys of one row: given by the row, or drawn ({@code values[d][r]}). */
    private void addKeys(BoundRow row, long[][] values, int r) {
        List<String> wanted = sources.wanted();
        Object[] rowKeys = new Object[wanted.size()];
        for (int k = 0; k < rowKeys.length; k++) {
            int d = drawn.indexOf(wanted.get(k));
            rowKeys[k] = d >= 0 ? (Object) values[d][r] : KeyValues.explicit(sources.valueOf(0, wanted.get(k)), row);
        }
        keys.add(rowKeys);
    }

    /**
     * Runs {@code rows} as one Altibase batch of {@code statement}, parameter {@code p} bound at
     * {@code positions.apply(p)}; the update counts.
     */
    public static long[] asOneBatch(
            List<? extends BoundRow> rows, PreparedStatement statement, IntFunction<int[]> positions)
            throws SQLException {
        for (BoundRow row : rows) {
            row.bindTo(statement, positions);
            statement.addBatch();
        }
        return widen(statement.executeBatch());
    }

    private static long[] widen(int[] counts) {
        long[] wide = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            wide[i] = counts[i];
        }
        return wide;
    }

    /** The keys of the last {@link #run}, one row per batched row; {@code null} when none were asked for. */
    public InMemoryRows keys() {
        return sources.wanted().isEmpty() ? null : keys;
    }
}
