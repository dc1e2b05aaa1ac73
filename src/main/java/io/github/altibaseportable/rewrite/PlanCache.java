package io.github.altibaseportable.rewrite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * The bounded cache of plans, shared by every connection of an engine. Keyed by the SQL string
 * itself in the common case (no generated keys, default profile) so that a hit allocates
 * nothing, and by a {@link Key} otherwise. Cache maintenance runs on the calling thread.
 */
final class PlanCache {
    private final Cache<Object, StatementPlan> cache;
    private final long maximumSize;

    PlanCache(long maximumSize) {
        this.maximumSize = maximumSize;
        this.cache = maximumSize <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** The cache key for a statement. */
    @SuppressWarnings("ReferenceEquality") // the shared constants themselves (RewriteProfile.of returns DEFAULT)
    static Object key(String sql, KeysRequest keys, RewriteProfile profile, BoundTypes types,
                      UniqueKeys uniqueKeys) {
        if (keys == KeysRequest.NONE && profile == RewriteProfile.DEFAULT
                && types == null && uniqueKeys == null) {
            return sql;
        }
        return new Key(sql, keys, profile, types, uniqueKeys);
    }

    StatementPlan get(Object key) {
        return cache == null ? null : cache.getIfPresent(key);
    }

    void put(Object key, StatementPlan plan) {
        if (cache != null) {
            cache.put(key, plan);
        }
    }

    RewriteStatistics statistics() {
        if (cache == null) {
            return new RewriteStatistics(0, 0, 0, 0, 0);
        }
        CacheStats stats = cache.stats();
        return new RewriteStatistics(stats.hitCount(), stats.missCount(), stats.evictionCount(),
                cache.estimatedSize(), maximumSize);
    }

    /**
     * The key of every statement that asks for generated keys or is planned under another profile, and of a
     * statement planned for the types of the values bound to it or a table's unique keys.
     */
    record Key(String sql, KeysRequest keys, RewriteProfile profile, BoundTypes types,
               UniqueKeys uniqueKeys) {
    }
}
