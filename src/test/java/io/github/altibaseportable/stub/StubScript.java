package io.github.altibaseportable.stub;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a stub connection answers for the SQL it executes: rows (fixed, or computed from the bound
 * values), update counts, generated keys, failures, and effects (what the server does when an update
 * runs, such as a column default drawing a sequence value), each registered for the SQL matching a
 * predicate. The latest registration that matches wins. Thread-safe.
 */
public final class StubScript {
    /** One registration: an answer for the SQL that {@code sql} accepts. */
    private record Entry<T>(Predicate<String> sql, T answer) {}

    /** Rows computed from the values bound to the query (by 1-based index; empty for a plain statement). */
    @FunctionalInterface
    public interface Answer {
        StubRows rows(Map<Integer, Object> binds) throws SQLException;
    }

    /** What running an update does besides its count, given the values bound to it. */
    @FunctionalInterface
    public interface Effect {
        void run(Map<Integer, Object> binds) throws SQLException;
    }

    private final List<Entry<Answer>> queries = new CopyOnWriteArrayList<>();
    private final List<Entry<Effect>> effects = new CopyOnWriteArrayList<>();
    private final List<Entry<Long>> updates = new CopyOnWriteArrayList<>();
    private final List<Entry<StubRows>> keys = new CopyOnWriteArrayList<>();
    private final List<Entry<SQLException>> failures = new CopyOnWriteArrayList<>();

    /** A predicate for SQL in which {@code regex} finds a match (not necessarily the whole text). */
    static Predicate<String> containing(String regex) {
        return Pattern.compile(regex).asPredicate();
    }

    void query(Predicate<String> sql, StubRows rows) {
        queries.add(new Entry<>(sql, binds -> rows));
    }

    void query(Predicate<String> sql, Answer answer) {
        queries.add(new Entry<>(sql, answer));
    }

    void effect(Predicate<String> sql, Effect effect) {
        effects.add(new Entry<>(sql, effect));
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
    StubRows rowsFor(String sql) throws SQLException {
        return rowsFor(sql, Map.of());
    }

    /** The rows {@code sql} returns with {@code binds} bound, or {@code null} when it is not a query. */
    StubRows rowsFor(String sql, Map<Integer, Object> binds) throws SQLException {
        Answer answer = latest(queries, sql);
        StubRows rows = answer == null ? null : answer.rows(binds);
        return rows != null || !Stubs.looksLikeQuery(sql) ? rows : StubRows.columns();
    }

    /** Runs the effect scripted for the update {@code sql}, if any. */
    void runEffect(String sql, Map<Integer, Object> binds) throws SQLException {
        Effect effect = latest(effects, sql);
        if (effect != null) {
            effect.run(binds);
        }
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
