package io.github.altibaseportable.jdbc;

import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.Statement;

/**
 * A prepared statement whose plan runs other steps before its main step, or checks a catalog condition
 * first, or is carried out by the connection: an identity {@code CREATE TABLE} (its {@code CREATE SEQUENCE}
 * first), {@code DROP TABLE IF EXISTS}, {@code SET TRANSACTION}. Altibase checks a statement when it is
 * prepared, and the main step may name what only the steps before it create (docs/altibase.md,
 * "Prepare-time validation"): it is prepared when its first execution reaches it, then kept. Binds made
 * before are recorded and made on it then.
 */
final class DeferredPreparedStatement extends RecordingPreparedStatement {
    DeferredPreparedStatement(PortableConnection connection, Statement standIn, StatementPlan plan, Preparer preparer) {
        super(connection, null, standIn, plan, preparer);
    }
}
