package io.github.altibaseportable.rewrite;

import java.util.List;

/**
 * The conflict targets an upsert can have: what the catalog holds of a table for a MERGE that stands for
 * an INSERT. MySQL's {@code ON DUPLICATE KEY UPDATE} and {@code INSERT IGNORE} name no key, so the rule
 * needs the table's primary key and other unique keys, and its columns (an INSERT without a column list
 * names none), as the catalog stores their names. Part of the cache key of the plans that depend on them.
 * Used by upserts only; generated keys are another matter (see the {@code keys} package).
 *
 * @param table       the table
 * @param primaryKey  its primary key's columns, in key order; empty when it has none
 * @param uniqueKeys  the columns of each other unique key (constraint or unique index), in key order
 * @param columns     its columns in table order (hidden columns left out); empty when there is no such table
 */
public record ConflictTargets(
        QualifiedName table, List<String> primaryKey, List<List<String>> uniqueKeys, List<String> columns) {

    public ConflictTargets {
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
    }
}
