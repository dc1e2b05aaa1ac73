package io.github.altibaseportable.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.altibaseportable.rewrite.ConflictTargets;
import io.github.altibaseportable.rewrite.QualifiedName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables known to every connection of one server and user: each one's {@link KnownTable} (for
 * generated keys) and {@link ConflictTargets} (for upserts). Table names without a schema mean that
 * user's tables. Bounded, and emptied when a connection of that scope runs DDL. The plan cache is shared
 * by connections to different servers; this cache is not.
 */
final class KnownTables {
    private static final int MAXIMUM_TABLES = 1_000;
    private static final Map<String, KnownTables> SCOPES = new ConcurrentHashMap<>();

    private final Cache<QualifiedName, KnownTable> tables = Caffeine.newBuilder()
            .maximumSize(MAXIMUM_TABLES)
            .executor(Runnable::run)
            .build();
    private final Cache<QualifiedName, ConflictTargets> conflictTargets = Caffeine.newBuilder()
            .maximumSize(MAXIMUM_TABLES)
            .executor(Runnable::run)
            .build();

    private KnownTables() {}

    /** The cache of the server at {@code altibaseUrl} as {@code user}. */
    static KnownTables of(String altibaseUrl, String user) {
        return SCOPES.computeIfAbsent(altibaseUrl + "\u0000" + user, scope -> new KnownTables());
    }

    KnownTable get(QualifiedName table) {
        return tables.getIfPresent(table);
    }

    void put(QualifiedName table, KnownTable known) {
        tables.put(table, known);
    }

    ConflictTargets conflictTargets(QualifiedName table) {
        return conflictTargets.getIfPresent(table);
    }

    void putConflictTargets(ConflictTargets targets) {
        conflictTargets.put(targets.table(), targets);
    }

    void clear() {
        tables.invalidateAll();
        conflictTargets.invalidateAll();
    }
}
