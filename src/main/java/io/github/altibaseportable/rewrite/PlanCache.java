package io.github.altibaseportable.rewrite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * The bounded cache of plans, shared by every connection of an engine. Keyed by the SQL string
 * itself in the common case (no generated keys, default profile) so that a hit allocates
 * nothing, and by a {@link Key} otherwise. Cache maintenance runs on the calling thread.
 *
 * <p>Bounded twice: by entries and by the bytes of the texts they hold. Each plan weighs what its key
 * and its own texts and parameter mappings take ({@link #bytes}), and never less than the budget over
 * the most entries, so that weights within the budget also mean entries within the count. A plan that
 * would weigh more than {@link #LARGEST_SHARE} of the budget is not cached at all: one statement does
 * not empty the cache.
 */
final class PlanCache {
    /** The share of the byte budget a single plan may take and still be cached. */
    static final int LARGEST_SHARE = 8;

    private final Cache<Object, StatementPlan> cache;
    private final long maximumSize;
    private final long maximumBytes;
    private final long leastWeight;

    /**
     * @param maximumSize  most plans kept (0: no caching)
     * @param maximumBytes most bytes of text and mappings the plans and their keys hold together
     */
    PlanCache(long maximumSize, long maximumBytes) {
        this.maximumSize = maximumSize;
        this.maximumBytes = maximumBytes;
        this.leastWeight = maximumSize <= 0 ? 0 : Math.max(1, maximumBytes / maximumSize);
        this.cache = maximumSize <= 0 || maximumBytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maximumBytes)
                        .weigher((Object key, StatementPlan plan) -> weight(key, plan))
                        .executor(Runnable::run)
                        .recordStats()
                        .build();
    }

    /** The cache key for a statement. */
    @SuppressWarnings("ReferenceEquality") // the shared constants themselves (RewriteProfile.of returns DEFAULT)
    static Object key(
            String sql, KeysRequest keys, RewriteProfile profile, BoundTypes types, ConflictTargets conflictTargets) {
        if (keys == KeysRequest.NONE && profile == RewriteProfile.DEFAULT && types == null && conflictTargets == null) {
            return sql;
        }
        return new Key(sql, keys, profile, types, conflictTargets);
    }

    StatementPlan get(Object key) {
        return cache == null ? null : cache.getIfPresent(key);
    }

    void put(Object key, StatementPlan plan) {
        if (cache != null && weight(key, plan) <= maximumBytes / LARGEST_SHARE) {
            cache.put(key, plan);
        }
    }

    /** What {@code plan} under {@code key} counts for against the byte budget. */
    int weight(Object key, StatementPlan plan) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(leastWeight, bytes(key, plan)));
    }

    /**
     * About how many bytes {@code plan} under {@code key} keeps reachable: the statement's text (the key's,
     * which the plan shares) and the plan's own texts and mappings ({@link StatementPlan#retainedBytes}),
     * at two bytes a character, plus Caffeine's entry.
     */
    static long bytes(Object key, StatementPlan plan) {
        String sql = key instanceof Key full ? full.sql() : (String) key;
        return 96 + 2L * sql.length() + plan.retainedBytes();
    }

    private long weightedSize() {
        return cache == null
                ? 0
                : cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    RewriteStatistics statistics() {
        if (cache == null) {
            return new RewriteStatistics(0, 0, 0, 0, 0, 0, maximumBytes);
        }
        CacheStats stats = cache.stats();
        return new RewriteStatistics(
                stats.hitCount(),
                stats.missCount(),
                stats.evictionCount(),
                cache.estimatedSize(),
                maximumSize,
                weightedSize(),
                maximumBytes);
    }

    /**
     * The key of every statement that asks for generated keys or is planned under another profile, and of a
     * statement planned for the types of the values bound to it or a table's unique keys.
     */
    record Key(
            String sql, KeysRequest keys, RewriteProfile profile, BoundTypes types, ConflictTargets conflictTargets) {}
}
