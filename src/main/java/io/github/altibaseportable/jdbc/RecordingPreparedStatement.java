package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A prepared statement that also records the application's binds ({@link RecordedRow}), so that the
 * statement can run in another form than the one prepared: with generated keys
 * ({@link KeyedPreparedStatement}) or with casts typed by the values bound
 * ({@link BindTypedPreparedStatement}). Binds still go to the Altibase statement as usual.
 */
abstract class RecordingPreparedStatement extends PortablePreparedStatement {
    /** The binds of the execution being prepared, by the application's parameter number. */
    final RecordedRow current = new RecordedRow();

    RecordingPreparedStatement(
            PortableConnection connection,
            PreparedStatement prepared,
            Statement standIn,
            StatementPlan plan,
            Preparer preparer) {
        super(connection, prepared, standIn, plan, preparer);
    }

    /** The binds recorded while the main step was not prepared, made on it now that it is. */
    @Override
    void preparedLate(PreparedStatement main) throws SQLException {
        current.replay(main, mapping);
    }

    /** Where the application's parameter goes in the statement as planned. */
    int[] positions(int parameter) {
        return mapping == null ? new int[] {parameter} : mapping.targets(parameter);
    }

    /** Every bind, as it went to Altibase (values converted, a type the application named). */
    @Override
    void bound(int index, Object value, Integer sqlType, Binder binder) {
        current.record(index, value, sqlType, (statement, position) -> binder.bind(statement, position, value));
    }

    @Override
    public void clearParameters() throws SQLException {
        super.clearParameters();
        current.clear();
    }
}
