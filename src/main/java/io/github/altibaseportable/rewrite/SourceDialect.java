package io.github.altibaseportable.rewrite;

/**
 * Which database's meaning to give to SQL text that two databases spell the same way.
 *
 * <p>{@code LIMIT m, n}: in MySQL {@code m} counts from 0, in Altibase from 1. {@link #PORTABLE} (the
 * default) reads it as native Altibase and leaves it alone, as Hibernate's own Altibase dialect emits
 * it; {@link #MYSQL} reads it as MySQL and shifts it. And where literals and comments end (see
 * {@link SqlLexer}).
 */
public enum SourceDialect {
    /** Portable SQL; Altibase-only forms such as {@code LIMIT m, n} are taken as native Altibase. */
    PORTABLE,
    /** MySQL: {@code LIMIT m, n} counts {@code m} from 0; backslash escapes and {@code #} comments. */
    MYSQL,
    /**
     * PostgreSQL: dollar-quoted strings ({@code $$...$$}, {@code $tag$...$tag$}) and nested block comments;
     * {@code LIMIT m, n}, which PostgreSQL does not have, is taken as native Altibase as in {@link #PORTABLE}.
     */
    POSTGRESQL;

    /** Parses an option value, case-insensitively; {@code null} when it names no dialect. */
    public static SourceDialect fromOption(String value) {
        for (SourceDialect dialect : values()) {
            if (dialect.name().equalsIgnoreCase(value.trim())) {
                return dialect;
            }
        }
        return null;
    }
}
