package io.github.altibaseportable.keys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.altibaseportable.rewrite.QualifiedName;
import io.github.altibaseportable.rewrite.UniqueKeys;

/**
 * The {@link TableKeys} and {@link UniqueKeys} known to every connection of one server and user (table names without a schema
 * mean that user's tables), bounded, emptied when a connection of that scope runs DDL. The plan cache
 * is shared by connections to different servers; this cache is not.
 */
final class TableKeysCache {
    private static final int MAXIMUM_TABLES = 1_000;
    private static final Map<String, TableKeysCache> SCOPES = new ConcurrentHashMap<>();

    private final Cache<QualifiedName, TableKeys> tables = Caffeine.newBuilder()
            .maximumSize(MAXIMUM_TABLES)
            .executor(Runnable::run)
            .build();
    private final Cache<QualifiedName, UniqueKeys> uniqueKeys = Caffeine.newBuilder()
            .maximumSize(MAXIMUM_TABLES)
            .executor(Runnable::run)
            .build();

    private TableKeysCache() {
    }

    /** The cache of the server at {@code altibaseUrl} as {@code user}. */
    static TableKeysCache of(String altibaseUrl, String user) {
        return SCOPES.computeIfAbsent(altibaseUrl + "\u0000" + user, scope -> new TableKeysCache());
    }

    TableKeys get(QualifiedName table) {
        return tables.getIfPresent(table);
    }

    void put(QualifiedName table, TableKeys keys) {
        tables.put(table, keys);
    }

    UniqueKeys uniqueKeys(QualifiedName table) {
        return uniqueKeys.getIfPresent(table);
    }

    void putUniqueKeys(UniqueKeys keys) {
        uniqueKeys.put(keys.table(), keys);
    }

    void clear() {
        tables.invalidateAll();
        uniqueKeys.invalidateAll();
    }
}
