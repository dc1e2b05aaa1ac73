package io.github.altibaseportable.rewrite;

/** The JDBC entry point a statement came through; part of the rewrite cache key. */
public enum StatementKind {
    /** {@code Connection.prepareStatement}. */
    PREPARED,
    /** {@code Connection.prepareCall}. */
    CALL,
    /** {@code Statement.execute*}, {@code Statement.addBatch} and {@code Connection.nativeSQL}. */
    DIRECT
}
