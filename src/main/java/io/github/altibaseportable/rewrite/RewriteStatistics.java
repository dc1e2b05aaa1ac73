package io.github.altibaseportable.rewrite;

/**
 * A snapshot of the rewrite cache: reached from a connection with
 * {@code connection.unwrap(PortableConnection.class).rewriteStatistics()}.
 *
 * @param hits          lookups answered from the cache
 * @param misses        lookups that had to plan the statement
 * @param evictions     plans dropped to keep the cache within its size and its bytes
 * @param size          plans held now (approximate)
 * @param maximumSize   the configured bound ({@code 0}: caching off)
 * @param bytes         what the plans held now weigh against the byte budget
 * @param maximumBytes  the configured byte budget
 */
public record RewriteStatistics(
        long hits, long misses, long evictions, long size, long maximumSize, long bytes, long maximumBytes) {

    /** {@return hits divided by lookups; 0 when there were none} */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
