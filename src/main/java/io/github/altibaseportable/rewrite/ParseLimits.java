package io.github.altibaseportable.rewrite;

/**
 * Bounds on parsing one statement: longer, deeper or slower statements are not parsed and reach
 * the server as written.
 *
 * @param maxLength     longest statement, in characters, that is parsed at all
 * @param maxNesting    deepest bracket nesting that is parsed (JSqlParser's recursion overflows the
 *                      stack somewhere past 500)
 * @param timeoutMillis longest time one parse may take on the calling thread
 */
public record ParseLimits(int maxLength, int maxNesting, long timeoutMillis) {
    /** 1 MiB of text, 200 levels of brackets, one second. */
    public static final ParseLimits DEFAULT = new ParseLimits(1 << 20, 200, 1000);

    public ParseLimits {
        if (maxLength < 1 || maxNesting < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }

    public ParseLimits withTimeoutMillis(long millis) {
        return new ParseLimits(maxLength, maxNesting, millis);
    }
}
