package io.github.altibaseportable.keys;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.ParameterMapping;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of a keyed {@code INSERT ... VALUES}, decided once the table's sequence columns are known:
 * <ul>
 *   <li>one row, or several into a table without sequence defaults: the statement as planned; keys the
 *       statement gives are returned as given, the others read afterwards with {@code CURRVAL} on the same
 *       session (one query);</li>
 *   <li>several rows into a table with sequence defaults (Altibase rejects the multi-row {@code VALUES}):
 *       {@code INSERT ... SELECT ... FROM DUAL UNION ALL ...}, bare {@code ?} cast to their column types;
 *       the sequence values the rows need (keys asked for, {@code DEFAULT}, {@code seq.NEXTVAL}) are drawn
 *       beforehand, one query per sequence, and written into the rows, so the keys returned are the keys
 *       stored, in row order, whatever other sessions insert meanwhile.</li>
 * </ul>
 * A key the driver cannot know (an expression, a column without sequence default the statement leaves
 * out) is an {@link SQLFeatureNotSupportedException} before anything is sent. Keys the statement wrote
 * explicitly into identity columns move their sequences once it ran, when asked for ({@link ExplicitKeys}).
 */
public final class KeyedExecution {
    private final Connection altibase;
    private final SequenceValues sequences;
    private final ResolvedInsert sources;
    private final String sql;
    private final ParameterMapping variantParameters;
    private final boolean variant;
    private final Object[][] values;
    /** For row 0: the sequence whose CURRVAL each key column takes after the run, or {@code null}. */
    private final QualifiedName[] afterwards;
    /** The keys written explicitly, whose sequences move once the statement ran; {@code null}: they do not. */
    private ExplicitKeys explicitKeys;

    private KeyedExecution(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            String sql,
            StatementPlan.Variant variant,
            Object[][] values,
            QualifiedName[] afterwards) {
        this.altibase = altibase;
        this.sequences = sequences;
        this.sources = sources;
        this.sql = sql;
        this.variant = variant != null;
        this.variantParameters = variant == null ? null : variant.parameters();
        this.values = values;
        this.afterwards = afterwards;
    }

    /**
     * Decides how to run {@code insert} ({@code binds}: the application's values; {@code null} for a plain
     * statement), and notes which keys it writes explicitly ({@code explicitKeys}, {@code null}: none are
     * followed).
     */
    static KeyedExecution start(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            StatementPlan plan,
            KeyedInsert insert,
            BoundRow binds,
            ExplicitKeys explicitKeys)
            throws SQLException {
        KeyedExecution execution = start(altibase, sequences, sources, plan, insert, binds);
        execution.explicitKeys = explicitKeys;
        return execution;
    }

    /** Decides how to run {@code insert} ({@code binds}: the application's values; {@code null} for a plain statement). */
    static KeyedExecution start(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            StatementPlan plan,
            KeyedInsert insert,
            BoundRow binds)
            throws SQLException {
        if (sendsRowsAsSelect(sources.table(), insert)) {
            return asSelect(altibase, sequences, sources, plan, insert, binds);
        }
        List<String> wanted = sources.wanted();
        Object[][] values = new Object[insert.rows().size()][wanted.size()];
        QualifiedName[] afterwards = new QualifiedName[wanted.size()];
        for (int row = 0; row < values.length; row++) {
            for (int k = 0; k < wanted.size(); k++) {
                KeyedInsert.Value value = sources.valueOf(row, wanted.get(k));
                Object given = KeyValues.explicit(value, binds);
                if (given != KeyValues.NOT_GIVEN) {
                    values[row][k] = given;
                    continue;
                }
                QualifiedName sequence = KeyValues.sequence(sources.table(), wanted.get(k), value);
                if (sequence == null) {
                    throw sources.cannotKnow(wanted.get(k), KeyValues.whyUnknown(value));
                }
                afterwards[k] = sequence;
            }
        }
        return new KeyedExecution(altibase, sequences, sources, plan.sql(), null, values, afterwards);
    }

    /** Whether {@code insert} has several rows that must go as INSERT ... SELECT (sequence defaults or values). */
    static boolean sendsRowsAsSelect(KnownTable table, KeyedInsert insert) {
        return insert.rows().size() > 1 && (!table.sequences().isEmpty() || hasNextValues(insert));
    }

    private static boolean hasNextValues(KeyedInsert insert) {
        for (List<KeyedInsert.Value> row : insert.rows()) {
            for (KeyedInsert.Value value : row) {
                if (value instanceof KeyedInsert.Value.NextValue) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Several rows as {@code INSERT ... SELECT}, with the sequence values they need drawn beforehand. */
    private static KeyedExecution asSelect(
            Connection altibase,
            SequenceValues sequences,
            ResolvedInsert sources,
            StatementPlan plan,
            KeyedInsert insert,
            BoundRow binds)
            throws SQLException {
        StatementPlan.Variant template = plan.variant(KeyedInsert.SELECT_ROWS);
        if (template == null) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                    "the rows into " + insert.table() + " cannot be sent as INSERT ... SELECT: " + plan.original());
        }
        KnownTable table = sources.table();
        List<String> wanted = sources.wanted();
        List<String> appended = new ArrayList<>();
        if (insert.columns() != null) {
            for (String column : table.sequences().keySet()) {
                if (!insert.columns().contains(column) && wanted.contains(column)) {
                    appended.add(column);
                }
            }
        }
        int rows = insert.rows().size();
        Draws draws = new Draws();
        for (int row = 0; row < rows; row++) {
            for (String column : appended) {
                draws.need(table.sequences().get(column), "K" + row + " " + column);
            }
            for (int c = 0; c < insert.rows().get(row).size(); c++) {
                KeyedInsert.Value value = insert.rows().get(row).get(c);
                if (value instanceof KeyedInsert.Value.Default || value instanceof KeyedInsert.Value.NextValue) {
                    QualifiedName sequence = KeyValues.sequence(table, sources.statementColumn(c), value);
                    if (sequence == null) {
                        throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                                "DEFAULT for " + sources.statementColumn(c)
                                        + " (no sequence default) in a multi-row INSERT into " + insert.table()
                                        + ", which is sent as INSERT ... SELECT");
                    }
                    draws.need(sequence, "V" + row + " " + c);
                }
            }
        }
        Object[][] values = new Object[rows][wanted.size()];
        String[][] slots = new String[rows][wanted.size()];
        for (int row = 0; row < rows; row++) {
            for (int k = 0; k < wanted.size(); k++) {
                String column = wanted.get(k);
                KeyedInsert.Value value = sources.valueOf(row, column);
                Object given = KeyValues.explicit(value, binds);
                if (given != KeyValues.NOT_GIVEN) {
                    values[row][k] = given;
                } else if (value == null && appended.contains(column)) {
                    slots[row][k] = "K" + row + " " + column;
                } else if (value instanceof KeyedInsert.Value.Default || value instanceof KeyedInsert.Value.NextValue) {
                    slots[row][k] = "V" + row + " " + sources.position(column);
                } else {
                    throw sources.cannotKnow(column, KeyValues.whyUnknown(value));
                }
            }
        }
        try {
            KeyedInsert.fill(template.sql(), hole -> hole.startsWith("TYPE ") ? castType(hole, sources) : "");
        } catch (IllegalStateException noType) {
            throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                    noType.getMessage() + ", in the rows into " + insert.table() + " sent as INSERT ... SELECT");
        }
        Map<String, Long> drawn = draws.draw(sequences);
        String sql = KeyedInsert.fill(template.sql(), hole -> fill(hole, appended, drawn, sources));
        for (int row = 0; row < rows; row++) {
            for (int k = 0; k < wanted.size(); k++) {
                if (slots[row][k] != null) {
                    values[row][k] = drawn.get(slots[row][k]);
                }
            }
        }
        return new KeyedExecution(
                altibase, sequences, sources, sql, template, values, new QualifiedName[wanted.size()]);
    }

    /** The text of one hole of the {@code SELECT_ROWS} variant. */
    private static String fill(String hole, List<String> appended, Map<String, Long> drawn, ResolvedInsert sources) {
        String[] parts = hole.split(" ", -1);
        StringBuilder text = new StringBuilder();
        switch (parts[0]) {
            case KeyedInsert.KEY_COLUMNS:
                for (String column : appended) {
                    text.append(", ").append(QualifiedName.quote(column));
                }
                return text.toString();
            case "KEYS":
                for (String column : appended) {
                    text.append(", ").append(drawn.get("K" + parts[1] + " " + column));
                }
                return text.toString();
            case "TYPE":
                return castType(hole, sources);
            case "VALUE":
                return String.valueOf(drawn.get("V" + parts[1] + " " + parts[2]));
            default:
                throw new IllegalStateException("unknown hole " + hole);
        }
    }

    /** The type hole {@code TYPE c} stands for: the cast type of the statement's column {@code c}. */
    private static String castType(String hole, ResolvedInsert sources) {
        String column = sources.statementColumn(Integer.parseInt(hole.substring("TYPE ".length())));
        String type = sources.table().castType(column);
        if (type == null) {
            throw new IllegalStateException("no type to cast a bind parameter of column " + column + " to");
        }
        return type;
    }

    /** The SQL to run: the planned statement, or the filled {@code INSERT ... SELECT}. */
    public String sql() {
        return sql;
    }

    /** Whether {@link #sql()} is not the prepared statement's own, so a prepared statement runs it with {@link #runPrepared}. */
    public boolean usesVariant() {
        return variant;
    }

    /** Prepares {@link #sql()}, binds the application's values again, and runs it; the update count. */
    public long runPrepared(BoundRow binds) throws SQLException {
        try (PreparedStatement statement = altibase.prepareStatement(sql)) {
            binds.bindTo(
                    statement,
                    parameter ->
                            variantParameters == null ? new int[] {parameter} : variantParameters.targets(parameter));
            return statement.executeUpdate();
        }
    }

    /**
     * Once the statement ran: its keys ({@code null} when no key column was asked for or the table has none),
     * read before the sequences of keys it wrote explicitly move past them.
     */
    public InMemoryRows finish() throws SQLException {
        InMemoryRows keys = keys();
        if (explicitKeys != null && explicitKeys.any()) {
            explicitKeys.moveSequences(altibase, sequences);
        }
        return keys;
    }

    /** The keys, once the statement ran; {@code null} when no key column was asked for or the table has none. */
    InMemoryRows keys() throws SQLException {
        List<String> wanted = sources.wanted();
        if (wanted.isEmpty()) {
            return null;
        }
        List<QualifiedName> read = new ArrayList<>();
        for (QualifiedName sequence : afterwards) {
            if (sequence != null && !read.contains(sequence)) {
                read.add(sequence);
            }
        }
        if (!read.isEmpty()) {
            long[] current = sequences.current(read);
            for (int k = 0; k < afterwards.length; k++) {
                if (afterwards[k] != null) {
                    values[0][k] = current[read.indexOf(afterwards[k])];
                }
            }
        }
        int[] types = new int[wanted.size()];
        for (int k = 0; k < types.length; k++) {
            types[k] = KeyValues.type(sources.table(), wanted.get(k), values.length == 0 ? null : values[0][k]);
        }
        InMemoryRows keys = new InMemoryRows(wanted, types);
        for (Object[] row : values) {
            keys.add(row);
        }
        return keys;
    }

    /** The sequence values a statement needs, by slot, drawn in one query per sequence in slot order. */
    private static final class Draws {
        private final Map<QualifiedName, List<String>> slots = new LinkedHashMap<>();

        void need(QualifiedName sequence, String slot) {
            slots.computeIfAbsent(sequence, s -> new ArrayList<>()).add(slot);
        }

        Map<String, Long> draw(SequenceValues sequences) throws SQLException {
            Map<String, Long> values = new LinkedHashMap<>();
            for (Map.Entry<QualifiedName, List<String>> sequence : slots.entrySet()) {
                long[] drawn =
                        sequences.draw(sequence.getKey(), sequence.getValue().size());
                for (int i = 0; i < drawn.length; i++) {
                    values.put(sequence.getValue().get(i), drawn[i]);
                }
            }
            return values;
        }
    }
}
