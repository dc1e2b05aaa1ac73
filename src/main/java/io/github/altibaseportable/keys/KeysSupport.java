package io.github.altibaseportable.keys;

import io.github.altibaseportable.catalog.TableColumns;
import io.github.altibaseportable.catalog.TableUniqueKeys;
import io.github.altibaseportable.rewrite.ConflictTargets;
import io.github.altibaseportable.rewrite.IdentityColumns;
import io.github.altibaseportable.rewrite.KeyedInsert;
import io.github.altibaseportable.rewrite.KeysRequest;
import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.StatementPlan;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The generated-keys support of one connection, and the connection's way into this package (see
 * {@code package-info.java} for the whole story): learns which columns of a table take a sequence's next
 * value (from a {@code CREATE TABLE} this driver ran, else from the catalog, then cached for every
 * connection to the same server as the same user), forgets it on DDL, and starts keyed executions and
 * batches. Catalog queries run only for statements that need keys, once per table. It knows the conflict
 * targets of tables the same way, for the upserts that need them. When identities move past explicit
 * keys, an INSERT that wrote keys into identity columns moves their sequences past them once it ran
 * ({@link ExplicitKeys}).
 */
public final class KeysSupport {
    private final Connection altibase;
    private final SequenceValues sequences;
    private final boolean pastExplicitKeys;
    private volatile KnownTables cache;

    /**
     * The support of {@code altibase}, an Altibase connection; {@code pastExplicitKeys}: whether identities
     * move past the keys INSERTs write explicitly.
     */
    public KeysSupport(Connection altibase, boolean pastExplicitKeys) {
        this.altibase = altibase;
        this.sequences = new SequenceValues(altibase);
        this.pastExplicitKeys = pastExplicitKeys;
    }

    private KnownTables cache() throws SQLException {
        KnownTables current = cache;
        if (current == null) {
            DatabaseMetaData metaData = altibase.getMetaData();
            current = KnownTables.of(metaData.getURL(), metaData.getUserName());
            cache = current;
        }
        return current;
    }

    /** What is known of {@code table}; read from the catalog unless cached (with every column when {@code needColumns}). */
    KnownTable table(QualifiedName table, boolean needColumns) throws SQLException {
        KnownTable known = cache().get(table);
        if (known != null && (known.knowsColumns() || !needColumns)) {
            return known;
        }
        List<TableColumns.Column> columns = TableColumns.read(altibase, table);
        KnownTable read = KnownTable.fromCatalog(columns);
        if (!columns.isEmpty()) {
            cache().put(table, read);
        }
        return read;
    }

    /**
     * The primary and unique keys and the columns of {@code table}, which the MERGE forms of MySQL's ON
     * DUPLICATE KEY UPDATE and INSERT IGNORE (and of an upsert without a column list) depend on; read from
     * the catalog unless cached (even when there are none: DDL through this driver forgets them).
     */
    public ConflictTargets conflictTargets(QualifiedName table) throws SQLException {
        ConflictTargets known = cache().conflictTargets(table);
        if (known == null) {
            known = TableUniqueKeys.read(altibase, table);
            cache().putConflictTargets(known);
        }
        return known;
    }

    /** A single execution of {@code insert} ({@code binds}: the application's values, {@code null} for a plain statement). */
    public KeyedExecution execution(StatementPlan plan, KeyedInsert insert, KeysRequest request, BoundRow binds)
            throws SQLException {
        ResolvedInsert sources = sources(insert, request);
        return KeyedExecution.start(altibase, sequences, sources, plan, insert, binds, explicitKeys(sources, binds));
    }

    /**
     * Whether {@code insert} runs as planned and returns no keys, so that nothing has to be done around it
     * (a batch of it can be one Altibase batch). Draws nothing.
     */
    public boolean runsAsPlanned(KeyedInsert insert, KeysRequest request) throws SQLException {
        ResolvedInsert sources = sources(insert, request);
        return sources.wanted().isEmpty() && !KeyedExecution.sendsRowsAsSelect(sources.table(), insert);
    }

    /**
     * Whether the rows of {@code insert} go as {@code INSERT ... SELECT}, so that its multi-row
     * {@code VALUES} form must never be prepared: several rows into a table with a sequence default
     * (Altibase rejects that form when it prepares it, docs/altibase.md, "Prepare-time validation"), or
     * rows that draw sequence values. Reads the table from the catalog (once, as for any keyed INSERT)
     * only for several rows.
     */
    public boolean sendsRowsAsSelect(KeyedInsert insert) throws SQLException {
        return insert.rows().size() > 1 && KeyedExecution.sendsRowsAsSelect(table(insert.table(), true), insert);
    }

    /** A batch of a one-row {@code insert}. */
    public KeyedBatch batch(StatementPlan plan, KeyedInsert insert, KeysRequest request) throws SQLException {
        ResolvedInsert sources = sources(insert, request);
        return KeyedBatch.start(
                altibase, sequences, sources, plan, insert, pastExplicitKeys ? new ExplicitKeys() : null);
    }

    /**
     * After {@code plans} ran as one Altibase batch ({@code Statement.addBatch(String)}): the sequences of the
     * keys their INSERTs wrote explicitly move past them, once for the batch.
     */
    public void batchRan(List<StatementPlan> plans) throws SQLException {
        if (!pastExplicitKeys) {
            return;
        }
        ExplicitKeys keys = new ExplicitKeys();
        for (StatementPlan plan : plans) {
            if (plan.keys() instanceof KeyedInsert insert) {
                keys.add(sources(insert, KeysRequest.NONE), null);
            }
        }
        if (keys.any()) {
            keys.moveSequences(altibase, sequences);
        }
    }

    /** The explicit keys of one execution, or {@code null} when identities do not move past them. */
    private ExplicitKeys explicitKeys(ResolvedInsert sources, BoundRow binds) {
        if (!pastExplicitKeys) {
            return null;
        }
        ExplicitKeys keys = new ExplicitKeys();
        keys.add(sources, binds);
        return keys;
    }

    private ResolvedInsert sources(KeyedInsert insert, KeysRequest request) throws SQLException {
        boolean needColumns = insert.columns() == null
                || request.columnIndexes() != null
                || insert.rows().size() > 1;
        return new ResolvedInsert(insert, request, table(insert.table(), needColumns));
    }

    /**
     * After {@code plan}, a DDL statement, ran: forgets what is known of every table of this server and
     * user, and keeps what its {@code CREATE TABLE} defined.
     */
    public void ran(StatementPlan plan) throws SQLException {
        cache().clear();
        if (plan.keys() instanceof IdentityColumns identity) {
            cache().put(identity.table(), KnownTable.fromDdl(identity));
        }
    }
}
