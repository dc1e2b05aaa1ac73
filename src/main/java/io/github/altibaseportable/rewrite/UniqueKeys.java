package io.github.altibaseportable.rewrite;

import java.util.List;

/**
 * The primary key and the other unique keys of a table, as the catalog stores their column names; for
 * a plan that depends on them (MySQL's {@code ON DUPLICATE KEY UPDATE}, which names no key). Part of the
 * cache key of such plans.
 *
 * @param table       the table
 * @param primaryKey  its primary key's columns, in key order; empty when it has none
 * @param uniqueKeys  the columns of each other unique key (constraint or unique index), in key order
 */
public record UniqueKeys(QualifiedName table, List<String> primaryKey, List<List<String>> uniqueKeys) {

    public UniqueKeys {
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    }
}
