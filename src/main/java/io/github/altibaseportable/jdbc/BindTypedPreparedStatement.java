package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.keys.PreparedVariant;
import io.github.altibaseportable.rewrite.BoundTypes;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A prepared statement whose casts or {@code IN} lists depend on the values bound
 * ({@link StatementPlan#typedParameters()}: a {@code ?} in a select list the statement gives no type, an
 * array bound to {@code = ANY (?)}, which becomes one parameter per element).
 * It is prepared on Altibase in the form planned before any bind ({@code CAST(? AS VARCHAR(32000))});
 * each execution plans the statement again for the types bound (a cached plan after the first time),
 * and when that form differs, runs it on a second Altibase statement, prepared once per form, with the
 * binds made again there. A batch runs in the form of its first row's types; rows that bind arrays of
 * other lengths than the first row's are refused (SQLState HYC00) with nothing sent.
 */
final class BindTypedPreparedStatement extends RecordingPreparedStatement {
    private final PreparedStatement prepared;
    private final int[] typed;
    private final PreparedVariant variant = new PreparedVariant();
    private final List<RecordedRow> batch = new ArrayList<>();

    BindTypedPreparedStatement(PortableConnection connection, PreparedStatement prepared, StatementPlan plan) {
        super(connection, prepared, null, plan, null);
        this.prepared = prepared;
        this.typed = plan.typedParameters();
    }

    /** The form planned for the types bound in {@code row}; {@code null} when it is the form prepared. */
    private StatementPlan formFor(RecordedRow row) throws SQLException {
        int[] types = new int[typed.length];
        int[] lengths = new int[typed.length];
        for (int i = 0; i < typed.length; i++) {
            Integer type = row.sqlType(typed[i]);
            types[i] = type == null ? Types.OTHER : type;
            lengths[i] = row.arrayLength(typed[i]);
        }
        StatementPlan form = connection.plan(plan.original(), KeysRequest.NONE, BoundTypes.of(typed, types, lengths));
        return form.sql().equals(plan.sql()) ? null : form;
    }

    /** The second Altibase statement, in {@code form}, with this statement's settings and no binds. */
    private PreparedStatement prepare(StatementPlan form) throws SQLException {
        PreparedStatement statement = variant.prepare(connection.delegate(), form.sql());
        statement.setFetchSize(prepared.getFetchSize());
        statement.setMaxRows(prepared.getMaxRows());
        statement.setQueryTimeout(prepared.getQueryTimeout());
        statement.clearParameters();
        return statement;
    }

    /** The second statement, in the form for the types bound, with the binds made there; {@code null}: the first. */
    @Override
    PreparedStatement otherForm(Execution execution) throws SQLException {
        StatementPlan form = formFor(current);
        if (form == null) {
            return null;
        }
        PreparedStatement statement = prepare(form);
        current.replay(statement, form.parameters());
        return statement;
    }

    /** The columns of the form last run (before any execution: of the form prepared). */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        PreparedStatement last = lastForm();
        return last == null ? super.getMetaData() : last.getMetaData();
    }

    @Override
    public void addBatch() throws SQLException {
        super.addBatch();
        batch.add(current.copy());
    }

    @Override
    public void clearBatch() throws SQLException {
        batch.clear();
        super.clearBatch();
    }

    /**
     * The statement the batch runs on: {@code null} for the one prepared, which has every row already;
     * else the second statement in the form for the first row's types, with every row added there.
     */
    @Override
    PreparedStatement batchForm(Execution execution) throws SQLException {
        List<RecordedRow> rows = new ArrayList<>(batch);
        batch.clear();
        StatementPlan form = rows.isEmpty() ? null : formFor(rows.get(0));
        for (RecordedRow row : rows) {
            if (!sameArrayLengths(rows.get(0), row)) {
                prepared.clearBatch();
                throw SqlState.OPTIONAL_FEATURE_NOT_IMPLEMENTED.exception(
                        "the rows of a batch bind arrays of different lengths: " + plan.original());
            }
        }
        if (form == null) {
            return null;
        }
        PreparedStatement statement = prepare(form);
        prepared.clearBatch();
        for (RecordedRow row : rows) {
            row.replay(statement, form.parameters());
            statement.addBatch();
        }
        return statement;
    }

    private boolean sameArrayLengths(RecordedRow first, RecordedRow row) throws SQLException {
        for (int parameter : typed) {
            if (first.arrayLength(parameter) != row.arrayLength(parameter)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        try {
            variant.close();
        } finally {
            super.close();
        }
    }
}
