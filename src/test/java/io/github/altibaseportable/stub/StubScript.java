package io.github.altibaseportable.stub;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a stub connection answers for the SQL it executes: rows, update counts, generated keys and
 * failures, each registered for the SQL matching a predicate. The latest registration that matches
 * wins. Thread-safe.
 */
final class StubScript {
    /** One registration: an answer for the SQL that {@code sql} accepts. */
    private record Entry<T>(Predicate<String> sql, T answer) {
    }

    private final List<Entry<StubRows>> queries = new CopyOnWriteArrayList<>();
    private final List<Entry<Long>> updates = new CopyOnWriteArrayList<>();
    private final List<Entry<StubRows>> keys = new CopyOnWriteArrayList<>();
    private final List<Entry<SQLException>> failures = new CopyOnWriteArrayList<>();

    /** A predicate for SQL in which {@code regex} finds a match (not necessarily the whole text). */
    static Predicate<String> containing(String regex) {
        return Pattern.compile(regex).asPredicate();
    }

    void query(Predicate<String> sql, StubRows rows) {
        queries.add(new Entry<>(sql, rows));
    }

    void update(Predicate<String> sql, long count) {
        updates.add(new Entry<>(sql, count));
    }

    void generatedKeys(Predicate<String> sql, StubRows rows) {
        keys.add(new Entry<>(sql, rows));
    }

    void failure(Predicate<String> sql, SQLException failure) {
        failures.add(new Entry<>(sql, failure));
    }

    /** The rows {@code sql} returns, or {@code null} when it is not a query. */
    StubRows rowsFor(String sql) {
        StubRows rows = latest(queries, sql);
        return rows != null || !Stubs.looksLikeQuery(sql) ? rows : StubRows.columns();
    }

    /** The update count of {@code sql}: scripted, or 0. */
    long updateCountFor(String sql) {
        Long count = latest(updates, sql);
        return count == null ? 0 : count;
    }

    /** The generated keys of {@code sql}: scripted, or none (a result with no columns). */
    StubRows keysFor(String sql) {
        StubRows rows = latest(keys, sql);
        return rows == null ? StubRows.columns() : rows;
    }

    /** Throws the failure scripted for {@code sql}, if any: the very exception registered. */
    void failIfScripted(String sql) throws SQLException {
        SQLException failure = latest(failures, sql);
        if (failure != null) {
            throw failure;
        }
    }

    private static <T> T latest(List<Entry<T>> entries, String sql) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry<T> entry = entries.get(i);
            if (entry.sql().test(sql)) {
                return entry.answer();
            }
        }
        return null;
    }
}
