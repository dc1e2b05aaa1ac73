package io.github.altibaseportable.keys;

import io.github.altibaseportable.SqlState;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sequence values on one Altibase connection: {@code count} new values in one round trip
 * ({@code SELECT s.NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?}; prepared once per sequence and kept for the
 * connection), a sequence moved past a value by drawing up to it (Altibase's {@code ALTER SEQUENCE} has no
 * {@code RESTART}), and the session's current value of sequences ({@code CURRVAL}, per session, so other
 * connections' inserts do not change it). docs/altibase.md, "Sequences, defaults and keys".
 */
final class SequenceValues {
    /** The most values drawn to move a sequence past an explicit key; a key further ahead is left (and logged). */
    static final long MAX_MOVE = 100_000;
    /** The most values drawn in one round trip while moving a sequence. */
    private static final int MOVE_CHUNK = 10_000;

    private static final System.Logger LOG = System.getLogger("io.github.altibaseportable.keys");

    private final Connection altibase;
    private final Map<QualifiedName, PreparedStatement> draws = new HashMap<>();
    /** Guards {@link #draws}: a kept statement is bound and run by one thread at a time. */
    private final ReentrantLock lock = new ReentrantLock();

    SequenceValues(Connection altibase) {
        this.altibase = altibase;
    }

    /** {@code count} new values of {@code sequence}, in the order drawn. */
    long[] draw(QualifiedName sequence, int count) throws SQLException {
        long[] values = new long[count];
        lock.lock();
        try {
            PreparedStatement query = draws.get(sequence);
            if (query == null || query.isClosed()) {
                query = altibase.prepareStatement(
                        "SELECT " + sequence.quoted() + ".NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?");
                draws.put(sequence, query);
            }
            query.setInt(1, count);
            try (ResultSet rows = query.executeQuery()) {
                int drawn = 0;
                while (drawn < count && rows.next()) {
                    values[drawn++] = rows.getLong(1);
                }
                if (drawn < count) {
                    throw SqlState.GENERAL_ERROR.exception(
                            "drew " + drawn + " values of " + sequence + " instead of " + count);
                }
            }
        } finally {
            lock.unlock();
        }
        return values;
    }

    /**
     * Draws values of the ascending {@code sequence} until the last one drawn is {@code key} or more, so
     * that its next value is past {@code key}: one value, and as many more as the gap needs (in round trips
     * of up to {@value #MOVE_CHUNK}). A descending sequence, or a key more than {@value #MAX_MOVE} values
     * ahead, is left where it is (the latter logged).
     */
    void movePast(QualifiedName sequence, long key) throws SQLException {
        long last = draw(sequence, 1)[0];
        if (last >= key) {
            return;
        }
        long next = draw(sequence, 1)[0];
        if (next < last) {
            return;
        }
        long increment = Math.max(1, next - last);
        long gap;
        try {
            gap = Math.subtractExact(key, next);
        } catch (ArithmeticException far) {
            gap = Long.MAX_VALUE;
        }
        if (gap <= 0) {
            return;
        }
        long draws = (gap - 1) / increment + 1;
        if (draws > MAX_MOVE) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "sequence " + sequence + " left at " + next + ": the explicit key " + key + " is more than "
                            + MAX_MOVE + " values ahead");
            return;
        }
        while (draws > 0) {
            int count = (int) Math.min(MOVE_CHUNK, draws);
            draw(sequence, count);
            draws -= count;
        }
    }

    /** The session's current value of each of {@code sequences}, in one query. */
    long[] current(List<QualifiedName> sequences) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < sequences.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(sequences.get(i).quoted()).append(".CURRVAL");
        }
        sql.append(" FROM DUAL");
        long[] values = new long[sequences.size()];
        try (Statement query = altibase.createStatement();
                ResultSet rows = query.executeQuery(sql.toString())) {
            if (!rows.next()) {
                throw SqlState.GENERAL_ERROR.exception("no row from " + sql);
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.getLong(i + 1);
            }
        }
        return values;
    }
}
