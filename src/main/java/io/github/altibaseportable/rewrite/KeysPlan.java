package io.github.altibaseportable.rewrite;

/**
 * What a plan tells the driver's generated-keys support: how to find the keys of an INSERT
 * ({@link KeyedInsert}), or which columns of a table a DDL statement gives implicit sequences
 * ({@link IdentityColumns}).
 */
public sealed interface KeysPlan permits KeyedInsert, IdentityColumns {}
