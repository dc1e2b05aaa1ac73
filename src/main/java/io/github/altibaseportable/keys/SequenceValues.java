package io.github.altibaseportable.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.github.altibaseportable.rewrite.QualifiedName;

/**
 * Sequence values on one Altibase connection: {@code count} new values in one round trip
 * ({@code SELECT s.NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?}, docs/altibase.md, "Sequences, defaults and keys"; prepared once per sequence and
 * kept for the connection), and the session's current value of sequences ({@code CURRVAL}, per session,
 * so other connections' inserts do not change it).
 */
final class SequenceValues {
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
                query = altibase.prepareStatement("SELECT " + sequence.quoted() + ".NEXTVAL FROM DUAL CONNECT BY LEVEL <= ?");
                draws.put(sequence, query);
            }
            query.setInt(1, count);
            try (ResultSet rows = query.executeQuery()) {
                int drawn = 0;
                while (drawn < count && rows.next()) {
                    values[drawn++] = rows.getLong(1);
                }
                if (drawn < count) {
                    throw new SQLException("drew " + drawn + " values of " + sequence + " instead of " + count, "HY000");
                }
            }
        } finally {
            lock.unlock();
        }
        return values;
    }

    /** The session's current value of each of {@code sequences}, in one query. */
    long[] current(List<QualifiedName> sequences) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < sequences.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(sequences.get(i).quoted()).append(".CURRVAL");
        }
        sql.append(" FROM DUAL");
        long[] values = new long[sequences.size()];
        try (Statement query = altibase.createStatement(); ResultSet rows = query.executeQuery(sql.toString())) {
            if (!rows.next()) {
                throw new SQLException("no row from " + sql, "HY000");
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.getLong(i + 1);
            }
        }
        return values;
    }
}
